package dev.huzhu.evaluation.policy;

import com.google.common.collect.ImmutableList;
import dev.huzhu.core.Dataset;
import dev.huzhu.core.internal.ValueChecks;
import dev.huzhu.core.validation.Problem;
import dev.huzhu.evaluation.form.CheckContext;
import dev.huzhu.evaluation.form.Kind;
import dev.huzhu.evaluation.measure.LogMeasure;
import dev.huzhu.evaluation.measure.Measure;
import dev.huzhu.evaluation.scoring.Scoring;
import dev.huzhu.evaluation.subject.SubjectKind;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a whole {@link Policy} and returns every problem at once, each with a
 * {@link PolicyProblemCode}, a path into the policy ({@code sections[1].metrics[0].scoring.target})
 * and a message naming the values. It never throws for a problem in the policy. The rules of one
 * kind of measure or scoring (a linear target is positive, tiers descend) are that kind's own
 * checks ({@link Kind#check}), made here at the value's path. What a policy names in a dataset
 * (the communities of {@code subjects.within}) is checked against the dataset it is applied to,
 * by {@link #validate(Policy, Dataset)}.
 */
public final class PolicyValidator {
  private final Policy policy;
  private final ImmutableList.Builder<Problem> problems = ImmutableList.builder();
  private final Set<SubjectKind> kinds;

  private PolicyValidator(Policy policy) {
    this.policy = policy;
    this.kinds = policy.subjects().kinds();
  }

  /** Every problem of the policy; empty when it is valid. */
  public static ImmutableList<Problem> validate(Policy policy) {
    PolicyValidator v = new PolicyValidator(policy);
    v.check();
    return v.problems.build();
  }

  /**
   * Every problem of the policy against the dataset it is to assess: each community that
   * {@code subjects.within} names and the dataset does not hold ({@code UNKNOWN_COMMUNITY} at
   * {@code subjects.within[i]}, i its place in the list); empty when the policy fits. The
   * policy's own problems are {@link #validate(Policy)}'s.
   */
  public static ImmutableList<Problem> validate(Policy policy, Dataset dataset) {
    ImmutableList.Builder<Problem> problems = ImmutableList.builder();
    int i = 0;
    for (String community : policy.subjects().within()) {
      if (dataset.community(community).isEmpty()) {
        problems.add(Problem.of(PolicyProblemCode.UNKNOWN_COMMUNITY, "subjects.within[" + i + "]",
            "the policy assesses the subjects within community " + community
                + ", which the dataset does not hold"));
      }
      i++;
    }
    return problems.build();
  }

  private void add(PolicyProblemCode code, String path, String message) {
    problems.add(Problem.of(code, path, message));
  }

  private void check() {
    id("id", policy.id());
    if (policy.period().from().isAfter(policy.period().to())) {
      add(PolicyProblemCode.INVERTED_PERIOD, "period", "the period runs from "
          + policy.period().from() + " to " + policy.period().to() + ", which is backwards");
    }
    if (policy.subjects().isEmpty()) {
      add(PolicyProblemCode.NO_SUBJECTS, "subjects", "the policy selects no team kinds, party"
          + " pairings, exchange kinds, school localities, communities or pupil pairing kinds");
    }
    int w = 0;
    for (String community : policy.subjects().within()) {
      id("subjects.within[" + w++ + "]", community);
    }
    if (policy.subjects().partyPairings() && !policy.subjects().within().isEmpty()) {
      add(PolicyProblemCode.WITHIN_NOT_APPLICABLE, "subjects.within", "party pairings belong to"
          + " no community, so within " + policy.subjects().within() + " would assess none of"
          + " them; assess party pairings in a policy without within");
    }
    if (policy.sections().isEmpty()) {
      add(PolicyProblemCode.NO_SECTIONS, "sections", "the policy has no sections");
    }
    Set<String> sectionIds = new HashSet<>();
    Set<String> metricIds = new HashSet<>();
    for (int s = 0; s < policy.sections().size(); s++) {
      section(policy.sections().get(s), "sections[" + s + "]", sectionIds, metricIds);
    }
    Set<String> adjustmentIds = new HashSet<>();
    for (int a = 0; a < policy.adjustments().size(); a++) {
      Adjustment adj = policy.adjustments().get(a);
      String path = "adjustments[" + a + "]";
      unique(adjustmentIds, adj.id(), path + ".id", "adjustment");
      measure(adj.measure(), path + ".measure");
      nonNegative(adj.pointsEach(), path + ".pointsEach");
      adj.cap().ifPresent(c -> nonNegative(c, path + ".cap"));
    }
    Set<String> vetoIds = new HashSet<>();
    for (int v = 0; v < policy.vetoes().size(); v++) {
      Veto veto = policy.vetoes().get(v);
      unique(vetoIds, veto.id(), "vetoes[" + v + "].id", "veto");
      measure(veto.measure(), "vetoes[" + v + "].measure");
      if (veto.atLeast().isPresent() && veto.atMost().isPresent()) {
        add(PolicyProblemCode.INVALID_VETO_BOUND, "vetoes[" + v + "].atMost", "veto " + veto.id()
            + " says both atLeast " + veto.atLeast().get().toPlainString() + " and atMost "
            + veto.atMost().get().toPlainString() + "; a veto says exactly one of them");
      } else if (veto.atLeast().isEmpty() && veto.atMost().isEmpty()) {
        add(PolicyProblemCode.INVALID_VETO_BOUND, "vetoes[" + v + "]", "veto " + veto.id()
            + " says neither atLeast nor atMost; a veto says exactly one of them");
      }
    }
    Set<String> bandIds = new HashSet<>();
    policy.grading().ifPresent(g -> grading(g, bandIds));
    Set<String> awardIds = new HashSet<>();
    for (int a = 0; a < policy.awards().size(); a++) {
      award(policy.awards().get(a), "awards[" + a + "]", bandIds, awardIds);
    }
    policy.bundling().ifPresent(b -> b.coefficients().forEach((role, c) ->
        nonNegative(c, "bundling.coefficients." + role)));
  }

  private void section(Section section, String path, Set<String> sectionIds, Set<String> metricIds) {
    unique(sectionIds, section.id(), path + ".id", "section");
    positive(section.points(), path + ".points");
    BigDecimal sum = BigDecimal.ZERO;
    for (int m = 0; m < section.metrics().size(); m++) {
      Metric metric = section.metrics().get(m);
      String metricPath = path + ".metrics[" + m + "]";
      unique(metricIds, metric.id(), metricPath + ".id", "metric");
      positive(metric.points(), metricPath + ".points");
      measure(metric.measure(), metricPath + ".measure");
      scoring(metric.scoring(), metric.points(), metricPath + ".scoring");
      sum = sum.add(metric.points());
    }
    if (sum.compareTo(section.points()) != 0) {
      // at the section's points: the number the metrics must add up to
      add(PolicyProblemCode.SECTION_POINTS_MISMATCH, path + ".points", "section " + section.id()
          + "'s metrics add up to " + sum.toPlainString() + " points, not its "
          + section.points().toPlainString());
    }
  }

  private void measure(Measure measure, String path) {
    Set<SubjectKind> unfit = EnumSet.noneOf(SubjectKind.class);
    unfit.addAll(kinds);
    unfit.removeAll(measure.appliesTo());
    if (!unfit.isEmpty()) {
      add(PolicyProblemCode.MEASURE_NOT_APPLICABLE, path, "measure " + measure.type()
          + " cannot apply to " + unfit + " subjects, which the policy selects; it applies to "
          + measure.appliesTo());
    }
    check(measure.kind(), measure, CheckContext.of(path, problems::add));
  }

  private void scoring(Scoring scoring, BigDecimal points, String path) {
    check(scoring.kind(), scoring, CheckContext.of(path, problems::add).withMetricPoints(points));
  }

  /** The checks a value's own kind makes of it. */
  private static <T> void check(Kind<T> kind, Object value, CheckContext at) {
    kind.check(kind.type().cast(value), at);
  }

  private void grading(Grading grading, Set<String> bandIds) {
    List<Band> bands = grading.bands();
    if (bands.isEmpty()) {
      add(PolicyProblemCode.NO_BANDS, "grading.bands", "grading needs at least one band");
      return;
    }
    for (int b = 0; b < bands.size(); b++) {
      Band band = bands.get(b);
      String path = "grading.bands[" + b + "]";
      unique(bandIds, band.id(), path + ".grade", "grade");
      if (b > 0 && band.minTotal().compareTo(bands.get(b - 1).minTotal()) >= 0) {
        add(PolicyProblemCode.BANDS_NOT_DESCENDING, path + ".minTotal", "band " + band.id()
            + "'s minTotal " + band.minTotal().toPlainString() + " is not below the previous band's "
            + bands.get(b - 1).minTotal().toPlainString() + "; list bands best first");
      }
      band.quota().filter(q -> q.signum() <= 0 || q.compareTo(BigDecimal.ONE) > 0).ifPresent(q ->
          add(PolicyProblemCode.QUOTA_OUT_OF_RANGE, path + ".quota", "band " + band.id()
              + "'s quota " + q.toPlainString() + " is outside (0, 1]: a fraction of the subjects"));
    }
    Band last = bands.get(bands.size() - 1);
    String lastPath = "grading.bands[" + (bands.size() - 1) + "]";
    if (last.minTotal().signum() != 0) {
      add(PolicyProblemCode.INVALID_LAST_BAND, lastPath + ".minTotal", "the last band "
          + last.id() + " must take every total: its minTotal is "
          + last.minTotal().toPlainString() + ", not 0");
    }
    if (last.quota().isPresent()) {
      add(PolicyProblemCode.INVALID_LAST_BAND, lastPath + ".quota", "the last band " + last.id()
          + " must take every subject left: it cannot have a quota");
    }
  }

  private void award(Award award, String path, Set<String> bandIds, Set<String> awardIds) {
    unique(awardIds, award.id(), path + ".id", "award");
    int g = 0;
    for (String band : award.bands()) {
      if (!bandIds.contains(band)) {
        add(PolicyProblemCode.UNKNOWN_GRADE, path + ".grades[" + g + "]", "award " + award.id()
            + " names grade " + band + ", which no band of the grading has");
      }
      g++;
    }
    award.top().filter(t -> t < 1).ifPresent(t -> add(PolicyProblemCode.INVALID_TOP, path + ".top",
        "award " + award.id() + "'s top is " + t + "; it must be at least 1"));
    award.individual().ifPresent(i -> {
      if (!award.isForPeople()) {
        add(PolicyProblemCode.INVALID_INDIVIDUAL_CRITERION, path + ".individual", "award "
            + award.id() + " has an individual criterion but names no roles: it awards subjects");
      }
      if (!(i.measure() instanceof LogMeasure)) {
        add(PolicyProblemCode.INVALID_INDIVIDUAL_CRITERION, path + ".individual.measure", "award "
            + award.id() + "'s individual measure " + i.measure().type()
            + " does not read the activities a person led");
      } else {
        measure(i.measure(), path + ".individual.measure");
      }
    });
  }

  private void id(String path, String id) {
    if (!ValueChecks.isId(id)) {
      add(PolicyProblemCode.INVALID_ID, path, "'" + id + "' is not an id: an id is non-empty,"
          + " without spaces, control or invisible characters");
    }
  }

  private void unique(Set<String> seen, String id, String path, String what) {
    id(path, id);
    if (!seen.add(id)) {
      add(PolicyProblemCode.DUPLICATE_ID, path, "another " + what + " already has id " + id);
    }
  }

  private void positive(BigDecimal value, String path) {
    if (value.signum() <= 0) {
      add(PolicyProblemCode.NON_POSITIVE_POINTS, path, "points must be positive, not "
          + value.toPlainString());
    }
  }

  private void nonNegative(BigDecimal value, String path) {
    if (value.signum() < 0) {
      add(PolicyProblemCode.NEGATIVE_NUMBER, path, path.substring(path.lastIndexOf('.') + 1)
          + " must not be negative, not " + value.toPlainString());
    }
  }
}
