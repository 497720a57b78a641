package dev.huzhu.testkit.property;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import dev.huzhu.core.Dataset;
import dev.huzhu.core.activity.Activity;
import dev.huzhu.core.activity.Quantity;
import dev.huzhu.evaluation.Assessment;
import dev.huzhu.evaluation.measure.FilteredLogMeasure;
import dev.huzhu.evaluation.measure.PerMemberMeasure;
import dev.huzhu.evaluation.policy.Metric;
import dev.huzhu.evaluation.policy.Policy;
import dev.huzhu.evaluation.policy.Section;
import dev.huzhu.evaluation.report.MetricResult;
import dev.huzhu.evaluation.report.Report;
import dev.huzhu.evaluation.report.SubjectResult;
import dev.huzhu.evaluation.scoring.Tier;
import dev.huzhu.evaluation.scoring.TiersScoring;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Adding an activity that a {@code count}, {@code sum} or {@code perMember} of one of them
 * matches never lowers the subject's raw value or its points.
 *
 * <p>It must hold for every scoring, comparative ones included. The probe is credited to one
 * subject only, so no other subject's x moves, and the subject's own x can only rise (a count by
 * one, a sum by the probe's quantity, a per-member value by either over the same member count;
 * the rounding to 4 places keeps the order). {@code linear} is monotone in x. {@code relative},
 * p × (x − min) / (max − min): if x rises to the maximum or beyond, it earns p; otherwise the
 * maximum stays, and either the subject was the only one at the minimum (it earned 0 before) or
 * the minimum stays and the fraction grows with x. {@code rank}: no other subject's x rises above
 * it, so its rank among the same n does not worsen. {@code ratioToBest}, p × x / M: if it becomes
 * the best it earns p, otherwise M stays and the points grow with x. Only a {@code tiers} scoring
 * whose points are not in the order of its thresholds breaks it — which this property is for.
 *
 * <p>Each subject probed gets one matching activity (of quantity 1 for a sum), and, for a sum
 * scored with tiers, in separate runs, the quantity that brings x exactly to each threshold above
 * it (in whole units, when the quantity counts things, to it or just past it): a count crosses
 * every threshold one activity at a time, but the generated amounts come in hundreds of yuan, so
 * a probe of 1 would never cross a tier between two of them.
 */
final class MatchingActivityNeverLowers implements PolicyProperty {
  @Override
  public String name() {
    return "matching-activity-never-lowers";
  }

  @Override
  public String toString() {
    return name();
  }

  @Override
  public String description() {
    return "adding an activity that a count- or sum-based metric matches, credited to one subject,"
        + " never lowers that subject's value or points for the metric";
  }

  @Override
  public PropertyOutcome check(Policy policy, Dataset dataset) {
    Assessment assessment = Assessment.of(policy);
    Report before = assessment.run(dataset);
    CaseTally cases = new CaseTally();
    boolean any = false;
    for (Section section : policy.sections()) {
      for (Metric metric : section.metrics()) {
        Optional<FilteredLogMeasure> measure = Probes.countOrSum(metric.measure());
        if (measure.isEmpty()) {
          continue;
        }
        any = true;
        Optional<String> impossible = Probes.unsatisfiable(measure.get())
            .or(() -> Probes.lowerIsBetter(metric));
        if (impossible.isPresent()) {
          cases.skipped("metric " + metric.id() + ": " + impossible.get());
          continue;
        }
        for (SubjectResult subject : Sample.spread(before.subjects(),
            s -> s.metric(metric.id()).flatMap(MetricResult::value), Sample.SUBJECTS)) {
          Optional<String> violation = probe(assessment, dataset, metric, measure.get(), subject,
              cases);
          if (violation.isPresent()) {
            return PropertyOutcome.violated(violation.get());
          }
        }
      }
    }
    if (!any) {
      return PropertyOutcome.notApplicable("the policy has no count- or sum-based metric");
    }
    return cases.outcome("no subject the policy assesses has a value for its count- or"
        + " sum-based metrics");
  }

  private static Optional<String> probe(Assessment assessment, Dataset dataset, Metric metric,
      FilteredLogMeasure measure, SubjectResult subject, CaseTally cases) {
    Optional<LocalDate> date = Probes.date(dataset, assessment.policy().period(), subject);
    if (date.isEmpty()) {
      cases.skipped("subject " + subject.id() + " can have no activity in the period");
      return Optional.empty();
    }
    MetricResult was = subject.metric(metric.id()).orElseThrow();
    for (BigDecimal total : increments(metric, measure, subject)) {
      Optional<ImmutableList<Activity>> probes = Probes.quantity(measure).isPresent()
          ? Probes.matchingTotal(dataset, subject, measure, date.get(), total)
          : Optional.of(Probes.matching(dataset, subject, measure, date.get(), BigDecimal.ONE, 1));
      if (probes.isEmpty()) {
        // a threshold out of reach of a bounded number of activities; the others still probe
        continue;
      }
      Report after = assessment.run(Dataset.builder().copyFrom(dataset)
          .addAllActivities(probes.get()).build());
      MetricResult now = after.subject(subject.id()).orElseThrow().metric(metric.id())
          .orElseThrow();
      cases.checked();
      boolean valueFell = was.value().isPresent()
          && now.value().map(v -> v.compareTo(was.value().get()) < 0).orElse(true);
      if (valueFell || now.points().compareTo(was.points()) < 0) {
        return Optional.of("adding " + describe(probes.get(), measure) + " credited to "
            + subject.id() + " took metric " + metric.id() + " (" + metric.measure().type() + ", "
            + metric.scoring().type() + ") from x = " + show(was.value()) + " to x = "
            + show(now.value()) + " and its points from " + was.points().toPlainString() + " to "
            + now.points().toPlainString());
      }
    }
    return Optional.empty();
  }

  /**
   * How much to add to the measure counted on, in ascending order, each in a run of its own: one
   * activity (of quantity 1 for a sum); and, for a sum scored with tiers, the quantity that brings
   * x to each threshold above the subject's x — per member, the shortfall times the members — or,
   * when the quantity counts things, the fewest whole units that bring x to it or just past it.
   */
  static ImmutableSortedSet<BigDecimal> increments(Metric metric, FilteredLogMeasure measure,
      SubjectResult subject) {
    // a count moves one activity at a time, so its single probe crosses a threshold whenever a
    // subject sits just below it; a sum moves by the generated quantities (amounts in hundreds of
    // yuan), which a probe of 1 never bridges
    Optional<Quantity> quantity = Probes.quantity(measure);
    Optional<BigDecimal> x = subject.metric(metric.id()).flatMap(MetricResult::value);
    ImmutableSortedSet.Builder<BigDecimal> increments =
        ImmutableSortedSet.<BigDecimal>naturalOrder().add(BigDecimal.ONE);
    if (quantity.isEmpty() || x.isEmpty() || !(metric.scoring() instanceof TiersScoring)) {
      return increments.build();
    }
    BigDecimal members = metric.measure() instanceof PerMemberMeasure
        ? BigDecimal.valueOf(subject.members().size()) : BigDecimal.ONE;
    // x is the exact value rounded half-up to 4 places, so x × members is the sum within
    // 0.00005 × members; a sum of whole quantities is whole, and so that rounded to units (for
    // fewer than 10,000 members, beyond which a probe may miss a threshold by a unit, never
    // wrongly fail)
    BigDecimal sum = x.get().multiply(members);
    if (quantity.get().isWhole()) {
      sum = sum.setScale(0, RoundingMode.HALF_UP);
    }
    for (Tier tier : ((TiersScoring) metric.scoring()).tiers()) {
      // an atMost tier is left behind by a rising value, never reached
      if (tier.atLeast().isEmpty() || tier.atLeast().get().compareTo(x.get()) <= 0) {
        continue;
      }
      BigDecimal target = tier.atLeast().get().multiply(members);
      // not whole: the new exact value is the threshold give or take what the rounding of x hid,
      // under half a unit of the 4th place, so it rounds to the threshold itself
      BigDecimal increment = quantity.get().isWhole()
          ? target.setScale(0, RoundingMode.CEILING).subtract(sum) : target.subtract(sum);
      if (increment.signum() > 0) {
        // 0 or less only for a threshold with more than 4 places just above x, which x cannot
        // tell apart from itself
        increments.add(increment);
      }
    }
    return increments.build();
  }

  /** {@code probe-1 (…)}, or {@code 3 activities like probe-1 (…), rating 250 in all}. */
  static String describe(List<Activity> probes, FilteredLogMeasure measure) {
    if (probes.size() == 1) {
      return describe(probes.get(0), measure);
    }
    Optional<Quantity> q = Probes.quantity(measure);
    return probes.size() + " activities like " + describe(probes.get(0), measure)
        + q.map(x -> ", " + x + " " + probes.stream().map(p -> p.quantity(x).orElseThrow())
            .reduce(BigDecimal.ZERO, BigDecimal::add).toPlainString() + " in all").orElse("");
  }

  static String describe(Activity probe, FilteredLogMeasure measure) {
    Optional<Quantity> q = Probes.quantity(measure);
    return probe.id() + " (" + probe.kind() + " on " + probe.date()
        + q.map(x -> ", " + x + " " + probe.quantity(x).orElseThrow().toPlainString()).orElse("")
        + ")";
  }

  static String show(Optional<BigDecimal> value) {
    return value.map(BigDecimal::toPlainString).orElse("missing");
  }
}
