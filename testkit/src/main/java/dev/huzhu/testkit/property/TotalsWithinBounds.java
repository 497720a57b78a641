package dev.huzhu.testkit.property;

import dev.huzhu.core.Dataset;
import dev.huzhu.evaluation.Assessment;
import dev.huzhu.evaluation.policy.Adjustment;
import dev.huzhu.evaluation.policy.AdjustmentType;
import dev.huzhu.evaluation.policy.Policy;
import dev.huzhu.evaluation.report.MetricResult;
import dev.huzhu.evaluation.report.Report;
import dev.huzhu.evaluation.report.SectionResult;
import dev.huzhu.evaluation.report.SubjectResult;
import java.math.BigDecimal;
import java.util.Optional;

/** Every total, section and metric within 0 and its most (docs/assessment.md#totals). */
final class TotalsWithinBounds implements PolicyProperty {
  @Override
  public String name() {
    return "totals-within-bounds";
  }

  @Override
  public String toString() {
    return name();
  }

  @Override
  public String description() {
    return "every subject's total is within 0 and the sections' points plus the bonuses' caps"
        + " (no upper bound when a bonus has no cap), and every section and metric within 0 and"
        + " its points";
  }

  @Override
  public PropertyOutcome check(Policy policy, Dataset dataset) {
    return check(policy, Assessment.of(policy).run(dataset));
  }

  /** The check on a report already made. */
  static PropertyOutcome check(Policy policy, Report report) {
    Optional<BigDecimal> most = most(policy);
    for (SubjectResult s : report.subjects()) {
      if (s.total().signum() < 0) {
        return PropertyOutcome.violated("subject " + s.id() + "'s total " + s.total().toPlainString()
            + " is below 0");
      }
      if (most.filter(m -> s.total().compareTo(m) > 0).isPresent()) {
        return PropertyOutcome.violated("subject " + s.id() + "'s total " + s.total().toPlainString()
            + " is above the most it can be, " + most.get().toPlainString() + " (sections "
            + policy.sectionPoints().toPlainString() + " plus bonus caps)");
      }
      for (SectionResult section : s.sections()) {
        if (outside(section.points(), section.maxPoints())) {
          return PropertyOutcome.violated("subject " + s.id() + "'s section " + section.id()
              + " has " + section.points().toPlainString() + " points, outside 0 to "
              + section.maxPoints().toPlainString());
        }
        for (MetricResult m : section.metrics()) {
          if (outside(m.points(), m.maxPoints())) {
            return PropertyOutcome.violated("subject " + s.id() + "'s metric " + m.id() + " has "
                + m.points().toPlainString() + " points, outside 0 to "
                + m.maxPoints().toPlainString() + " (x = "
                + m.value().map(BigDecimal::toPlainString).orElse("missing") + ")");
          }
        }
      }
    }
    return report.subjects().isEmpty()
        ? PropertyOutcome.notApplicable("the dataset has no subject the policy assesses")
        : PropertyOutcome.holds();
  }

  /** Σ section points + Σ bonus caps; empty when a bonus has no cap, so totals have no bound. */
  static Optional<BigDecimal> most(Policy policy) {
    BigDecimal most = policy.sectionPoints();
    for (Adjustment a : policy.adjustments()) {
      if (a.type() == AdjustmentType.BONUS) {
        if (a.cap().isEmpty()) {
          return Optional.empty();
        }
        most = most.add(a.cap().get());
      }
    }
    return Optional.of(most);
  }

  private static boolean outside(BigDecimal points, BigDecimal max) {
    return points.signum() < 0 || points.compareTo(max) > 0;
  }
}
