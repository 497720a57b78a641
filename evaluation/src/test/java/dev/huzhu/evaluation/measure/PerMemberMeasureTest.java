package dev.huzhu.evaluation.measure;

import static dev.huzhu.evaluation.measure.SeedGroups.GROUPS;
import static dev.huzhu.evaluation.measure.SeedGroups.LEAD;
import static dev.huzhu.evaluation.measure.SeedGroups.MATH3;
import static dev.huzhu.evaluation.measure.SeedGroups.activity;
import static dev.huzhu.evaluation.measure.SeedGroups.assertEvidence;
import static dev.huzhu.evaluation.measure.SeedGroups.assertPoints;
import static dev.huzhu.evaluation.measure.SeedGroups.assertValue;
import static dev.huzhu.evaluation.measure.SeedGroups.metric;
import static dev.huzhu.evaluation.measure.SeedGroups.with;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.activity.ActivityKind;
import dev.huzhu.core.activity.Quantity;
import dev.huzhu.core.team.TeamKind;
import dev.huzhu.evaluation.policy.SubjectSelection;
import dev.huzhu.evaluation.report.MetricResult;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** {@code perMember(m)}: m ÷ the group's member count, rounded once to 4 places (讲课节数 per teacher). */
class PerMemberMeasureTest {

  private static final PerMemberMeasure LESSONS_PER_MEMBER = Measures.perMember(Measures.sum(
      Quantity.LESSONS, ActivityKind.SENT_LESSON, ActivityKind.DEMONSTRATION_LESSON));

  /** 5 lessons taught by the 6-member 数学 group; 3 of them credited to the 领导小组 as well. */
  private static final Dataset LOG = with(
      activity("a-121010", "2012-10-10", ActivityKind.DEMONSTRATION_LESSON, MATH3)
          .putQuantities(Quantity.LESSONS, new BigDecimal("2")).build(),
      activity("a-121113", "2012-11-13", ActivityKind.SENT_LESSON, MATH3, LEAD)
          .putQuantities(Quantity.LESSONS, new BigDecimal("3")).build());

  @Test
  void sumPerMemberIsRoundedToFourPlaces() {
    MetricResult m = metric(LOG, GROUPS, LESSONS_PER_MEMBER, "10", "1", MATH3);
    assertValue("0.8333", m); // (2 + 3) / 6 members = 0.83333… → 0.8333
    assertPoints("8.33", m); // 10 × 0.8333 / 1 = 8.333 → 8.33
    assertEvidence(m, "a-121010", "a-121113"); // the sum's evidence
  }

  @Test
  void pointsAreScoredOnTheRoundedValue() {
    MetricResult m = metric(LOG, GROUPS, LESSONS_PER_MEMBER, "15", "2", MATH3);
    assertPoints("6.25", m); // 15 × 0.8333 / 2 = 6.24975 → 6.25
  }

  @Test
  void countPerMember() {
    Dataset d = with(
        activity("a-1", "2012-09-18", ActivityKind.DEMONSTRATION_LESSON, MATH3).build(),
        activity("a-2", "2012-10-16", ActivityKind.DEMONSTRATION_LESSON, MATH3).build(),
        activity("a-3", "2012-11-13", ActivityKind.DEMONSTRATION_LESSON, MATH3).build(),
        activity("a-4", "2012-12-11", ActivityKind.DEMONSTRATION_LESSON, MATH3).build());
    MetricResult m = metric(d, GROUPS,
        Measures.perMember(Measures.count(ActivityKind.DEMONSTRATION_LESSON)), "10", "1", MATH3);
    assertValue("0.6667", m); // 4 / 6 = 0.66666… → 0.6667
    assertPoints("6.67", m); // 10 × 0.6667 / 1 = 6.667 → 6.67
  }

  @Test
  void eachGroupDividesByItsOwnMembers() {
    MetricResult m = metric(LOG, SubjectSelection.teams(TeamKind.LEADERSHIP_GROUP),
        LESSONS_PER_MEMBER, "10", "3", LEAD);
    assertValue("1.5", m); // 3 lessons / 2 members (谢建伟, 李伟) = 1.5
    assertPoints("5.00", m); // 10 × 1.5 / 3 = 5
  }

  @Test
  void noActivityIsZeroPerMemberNotMissing() {
    MetricResult m = metric(SeedGroups.BASE, GROUPS, LESSONS_PER_MEMBER, "10", "1", MATH3);
    assertFalse(m.isMissing());
    assertValue("0", m); // 0 / 6
    assertPoints("0.00", m);
  }
}
