package dev.huzhu.testkit.property;

import dev.huzhu.core.Dataset;
import dev.huzhu.evaluation.Assessment;
import dev.huzhu.evaluation.policy.Adjustment;
import dev.huzhu.evaluation.policy.Bundling;
import dev.huzhu.evaluation.policy.Combination;
import dev.huzhu.evaluation.policy.Policy;
import dev.huzhu.evaluation.report.AdjustmentResult;
import dev.huzhu.evaluation.report.AwardResult;
import dev.huzhu.evaluation.report.AwardedPerson;
import dev.huzhu.evaluation.report.MetricResult;
import dev.huzhu.evaluation.report.PersonalPoints;
import dev.huzhu.evaluation.report.PointSource;
import dev.huzhu.evaluation.report.Report;
import dev.huzhu.evaluation.report.SectionResult;
import dev.huzhu.evaluation.report.SubjectResult;
import dev.huzhu.evaluation.subject.SubjectMember;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every figure of the report re-adds from its parts, as a reader with the report and a pencil
 * would re-add it (docs/assessment.md#reports-and-explanations). The sums are done here afresh, not through the engine's own
 * code.
 *
 * <p>Checked: each section is the sum of its metrics' points; each adjustment is
 * {@code max(0, min(pointsEach × x, cap))} to 2 places, nothing for a missing x; each total is
 * {@code max(0, sections + bonuses − deductions)}; subjects are listed by total, then sections in
 * declared order, then id, with order 1 to n and the competition rank on the total; an award names
 * only subjects of the report, and each person it names comes, by the award's own account, from
 * one of those subjects; the personal list is complete — every member of every subject once, with
 * one source per subject they belong to, and no one else (no one at all without bundling) — each
 * source is the subject's total times the policy's coefficient for the role, to 2 places, and
 * each person's points are the maximum or sum of their sources.
 *
 * <p>Not checked: a metric's points against its scoring (tiers, linear, relative, rank, ratio to
 * best) or its raw value against the records, the bands and their quotas, which subjects an award
 * selects and which people it names, and the order of the personal list. The evaluation module's
 * own tests pin those against hand-worked values; the other properties probe some of them.
 */
final class FiguresReAdd implements PolicyProperty {
  @Override
  public String name() {
    return "figures-re-add";
  }

  @Override
  public String toString() {
    return name();
  }

  @Override
  public String description() {
    return "every figure of the report re-adds from its parts: sections, adjustments, totals,"
        + " order and rank, the awards' subjects, and a complete personal list of bundled points";
  }

  @Override
  public PropertyOutcome check(Policy policy, Dataset dataset) {
    Report report = Assessment.of(policy).run(dataset);
    if (report.subjects().isEmpty()) {
      return PropertyOutcome.notApplicable("the dataset has no subject the policy assesses");
    }
    return check(policy, report).map(PropertyOutcome::violated).orElse(PropertyOutcome.holds());
  }

  /** The first figure that does not re-add; empty when all do. */
  static Optional<String> check(Policy policy, Report report) {
    List<SubjectResult> subjects = report.subjects();
    Map<String, SubjectResult> byId = new HashMap<>();
    for (int i = 0; i < subjects.size(); i++) {
      SubjectResult s = subjects.get(i);
      byId.put(s.id(), s);
      Optional<String> wrong = subject(policy, s);
      if (wrong.isPresent()) {
        return wrong;
      }
      if (s.order() != i + 1) {
        return Optional.of("subject " + s.id() + " is listed " + (i + 1) + "th but has order "
            + s.order());
      }
      int rank = 1 + (int) subjects.stream().filter(o -> o.total().compareTo(s.total()) > 0).count();
      if (s.rank() != rank) {
        return Optional.of("subject " + s.id() + " with total " + s.total().toPlainString()
            + " has rank " + s.rank() + ", but " + (rank - 1) + (rank == 2 ? " subject has"
                : " subjects have") + " a higher total: its competition rank is " + rank);
      }
      if (i > 0 && !before(subjects.get(i - 1), s)) {
        return Optional.of("subject " + subjects.get(i - 1).id() + " (total "
            + subjects.get(i - 1).total().toPlainString() + ") is listed before " + s.id()
            + " (total " + s.total().toPlainString() + "), against the order of total, then"
            + " sections in declared order, then id");
      }
    }
    for (AwardResult award : report.awards()) {
      for (String id : award.subjects()) {
        if (!byId.containsKey(id)) {
          return Optional.of("award " + award.id() + " names subject " + id
              + ", which is not in the report");
        }
      }
      for (AwardedPerson p : award.people()) {
        if (!award.subjects().contains(p.subject())) {
          return Optional.of("award " + award.id() + " names " + p.person() + " from subject "
              + p.subject() + ", which is not among its subjects " + award.subjects());
        }
      }
    }
    if (policy.bundling().isPresent()) {
      return personal(policy.bundling().get(), report.personal(), subjects);
    }
    if (!report.personal().isEmpty()) {
      return Optional.of("the policy bundles no points, yet the personal list names "
          + report.personal().get(0).person());
    }
    return Optional.empty();
  }

  private static Optional<String> subject(Policy policy, SubjectResult s) {
    BigDecimal sum = BigDecimal.ZERO;
    for (SectionResult section : s.sections()) {
      BigDecimal metrics = section.metrics().stream().map(MetricResult::points)
          .reduce(BigDecimal.ZERO, BigDecimal::add);
      if (metrics.compareTo(section.points()) != 0) {
        return Optional.of("subject " + s.id() + "'s section " + section.id() + " has "
            + section.points().toPlainString() + " points, but its metrics add up to "
            + metrics.toPlainString());
      }
      sum = sum.add(section.points());
    }
    for (AdjustmentResult a : s.adjustments()) {
      Adjustment rule = policy.adjustments().stream().filter(r -> r.id().equals(a.id())).findFirst()
          .orElseThrow();
      // max(0, min(pointsEach × x, cap)) rounded half-up to 2 places; nothing for a missing x
      BigDecimal expected = a.value().map(x -> {
        BigDecimal p = rule.pointsEach().multiply(x).max(BigDecimal.ZERO);
        return rule.cap().map(p::min).orElse(p);
      }).orElse(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
      if (a.points().compareTo(expected) != 0) {
        return Optional.of("subject " + s.id() + "'s " + a.type() + " " + a.id() + " gives "
            + a.points().toPlainString() + " points; " + rule.pointsEach().toPlainString()
            + " each × x = " + MatchingActivityNeverLowers.show(a.value())
            + rule.cap().map(c -> ", capped at " + c.toPlainString()).orElse("") + ", is "
            + expected.toPlainString());
      }
      sum = sum.add(a.effect());
    }
    BigDecimal total = sum.max(BigDecimal.ZERO);
    if (total.compareTo(s.total()) != 0) {
      return Optional.of("subject " + s.id() + "'s total is " + s.total().toPlainString()
          + ", but max(0, sections + bonuses − deductions) is " + total.toPlainString());
    }
    return Optional.empty();
  }

  /** Whether {@code a} comes before {@code b}: total, then sections in order, descending; then id. */
  private static boolean before(SubjectResult a, SubjectResult b) {
    int c = b.total().compareTo(a.total());
    for (int i = 0; c == 0 && i < Math.min(a.sections().size(), b.sections().size()); i++) {
      c = b.sections().get(i).points().compareTo(a.sections().get(i).points());
    }
    return c != 0 ? c < 0 : a.id().compareTo(b.id()) < 0;
  }

  /**
   * The personal list, complete and re-added: every member of every subject is on it once, with
   * one source per subject they belong to (a person listed twice in one subject belongs once),
   * and no one else is.
   */
  private static Optional<String> personal(Bundling bundling, List<PersonalPoints> people,
      List<SubjectResult> ordered) {
    Map<String, SubjectResult> subjects = new HashMap<>();
    // each person's memberships not yet seen on the list: subject id → the person's first role
    Map<String, Map<String, SubjectMember>> unseen = new LinkedHashMap<>();
    for (SubjectResult s : ordered) {
      subjects.put(s.id(), s);
      for (SubjectMember m : s.members()) {
        unseen.computeIfAbsent(m.person(), p -> new LinkedHashMap<>()).putIfAbsent(s.id(), m);
      }
    }
    Set<String> listed = new HashSet<>();
    for (PersonalPoints p : people) {
      if (!listed.add(p.person())) {
        return Optional.of(p.person() + " is on the personal list twice");
      }
      Map<String, SubjectMember> memberships = unseen.get(p.person());
      if (memberships == null) {
        return Optional.of(p.person() + " is on the personal list but is a member of no subject"
            + " of the report");
      }
      BigDecimal combined = null;
      for (PointSource source : p.sources()) {
        SubjectResult s = subjects.get(source.subject());
        if (s == null) {
          return Optional.of(p.person() + "'s points come from subject " + source.subject()
              + ", which is not in the report");
        }
        if (!s.members().contains(SubjectMember.of(p.person(), source.role()))) {
          return Optional.of(p.person() + " is not a " + source.role() + " of " + s.id()
              + ", yet receives its points as one");
        }
        if (memberships.remove(s.id()) == null) {
          return Optional.of(p.person() + " receives points from " + s.id()
              + " more than once, though they belong to it once");
        }
        if (source.total().compareTo(s.total()) != 0) {
          return Optional.of(p.person() + "'s source " + s.id() + " carries total "
              + source.total().toPlainString() + ", but the subject's total is "
              + s.total().toPlainString());
        }
        if (source.coefficient().compareTo(bundling.coefficient(source.role())) != 0) {
          return Optional.of(p.person() + "'s coefficient as " + source.role() + " of " + s.id()
              + " is " + source.coefficient().toPlainString() + ", not the policy's "
              + bundling.coefficient(source.role()).toPlainString());
        }
        BigDecimal points = s.total().multiply(source.coefficient()).setScale(2, RoundingMode.HALF_UP);
        if (source.points().compareTo(points) != 0) {
          return Optional.of(p.person() + " receives " + source.points().toPlainString() + " from "
              + s.id() + ", but " + s.total().toPlainString() + " × "
              + source.coefficient().toPlainString() + " is " + points.toPlainString());
        }
        combined = combined == null ? points : bundling.combination() == Combination.SUM
            ? combined.add(points) : combined.max(points);
      }
      if (!memberships.isEmpty()) {
        SubjectMember m = memberships.values().iterator().next();
        String s = memberships.keySet().iterator().next();
        return Optional.of(p.person() + ", a " + m.role() + " of " + s + ", receives no points"
            + " from it on the personal list");
      }
      BigDecimal expected = combined == null ? BigDecimal.ZERO : combined;
      if (p.points().compareTo(expected) != 0) {
        return Optional.of(p.person() + " has " + p.points().toPlainString() + " points, but the "
            + bundling.combination() + " of their sources is " + expected.toPlainString());
      }
    }
    for (Map.Entry<String, Map<String, SubjectMember>> e : unseen.entrySet()) {
      if (!listed.contains(e.getKey())) {
        Map.Entry<String, SubjectMember> first = e.getValue().entrySet().iterator().next();
        return Optional.of(e.getKey() + ", a " + first.getValue().role() + " of " + first.getKey()
            + ", is missing from the personal list");
      }
    }
    return Optional.empty();
  }
}
