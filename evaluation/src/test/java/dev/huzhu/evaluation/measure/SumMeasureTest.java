package dev.huzhu.evaluation.measure;

import static dev.huzhu.evaluation.measure.SeedGroups.GROUPS;
import static dev.huzhu.evaluation.measure.SeedGroups.LINJIA;
import static dev.huzhu.evaluation.measure.SeedGroups.MATH3;
import static dev.huzhu.evaluation.measure.SeedGroups.XINXING;
import static dev.huzhu.evaluation.measure.SeedGroups.activity;
import static dev.huzhu.evaluation.measure.SeedGroups.assertEvidence;
import static dev.huzhu.evaluation.measure.SeedGroups.assertPoints;
import static dev.huzhu.evaluation.measure.SeedGroups.assertValue;
import static dev.huzhu.evaluation.measure.SeedGroups.metric;
import static dev.huzhu.evaluation.measure.SeedGroups.with;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.activity.ActivityKind;
import dev.huzhu.core.activity.Direction;
import dev.huzhu.core.activity.Quantity;
import dev.huzhu.evaluation.report.MetricResult;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** {@code sum} of a quantity: an activity lacking it adds 0 but is still evidence. */
class SumMeasureTest {

  private static final SumMeasure LESSONS = Measures.sum(Quantity.LESSONS,
      ActivityKind.SENT_LESSON, ActivityKind.DEMONSTRATION_LESSON);

  @Test
  void sumsTheQuantityOverMatchingActivities() {
    Dataset d = with(
        activity("a-121113", "2012-11-13", ActivityKind.SENT_LESSON, MATH3).host(XINXING)
            .direction(Direction.URBAN_TO_RURAL).putQuantities(Quantity.LESSONS, new BigDecimal("2")).build(),
        activity("a-121010", "2012-10-10", ActivityKind.DEMONSTRATION_LESSON, MATH3).host(LINJIA)
            .putQuantities(Quantity.LESSONS, new BigDecimal("3")).build(),
        // a lecture is not a lesson kind: its 4 are not added
        activity("a-121120", "2012-11-20", ActivityKind.LECTURE, MATH3)
            .putQuantities(Quantity.LESSONS, new BigDecimal("4")).build(),
        // outside the term
        activity("a-130201", "2013-02-01", ActivityKind.SENT_LESSON, MATH3)
            .putQuantities(Quantity.LESSONS, new BigDecimal("5")).build());
    MetricResult m = metric(d, GROUPS, LESSONS, "10", "10", MATH3);
    assertValue("5", m); // 2 + 3
    assertPoints("5.00", m); // 10 × 5 / 10 = 5
  }

  @Test
  void activityLackingTheQuantityAddsZeroButIsEvidence() {
    Dataset d = with(
        activity("a-121113", "2012-11-13", ActivityKind.SENT_LESSON, MATH3)
            .putQuantities(Quantity.LESSONS, new BigDecimal("2")).build(),
        activity("a-121010", "2012-10-10", ActivityKind.DEMONSTRATION_LESSON, MATH3)
            .putQuantities(Quantity.LESSONS, new BigDecimal("3")).build(),
        activity("a-120910", "2012-09-10", ActivityKind.DEMONSTRATION_LESSON, MATH3).build());
    MetricResult m = metric(d, GROUPS, LESSONS, "10", "10", MATH3);
    assertValue("5", m); // 2 + 3 + 0
    assertEvidence(m, "a-120910", "a-121010", "a-121113");
  }

  @Test
  void decimalAmountsAddExactly() {
    // 四千余元的学习用品, given in two parts
    Dataset d = with(
        activity("a-1", "2012-10-09", ActivityKind.DONATION, MATH3)
            .putQuantities(Quantity.AMOUNT_YUAN, new BigDecimal("4000.50")).build(),
        activity("a-2", "2012-10-10", ActivityKind.DONATION, MATH3)
            .putQuantities(Quantity.AMOUNT_YUAN, new BigDecimal("1999.50")).build());
    MetricResult m = metric(d, GROUPS, Measures.sum(Quantity.AMOUNT_YUAN, ActivityKind.DONATION),
        "10", "10000", MATH3);
    assertValue("6000", m); // 4000.50 + 1999.50 = 6000.00
    assertPoints("6.00", m); // 10 × 6000 / 10000 = 6
  }

  @Test
  void sumAboveTheTargetEarnsFullPoints() {
    Dataset d = with(
        activity("a-1", "2012-10-09", ActivityKind.SENT_LESSON, MATH3)
            .putQuantities(Quantity.LESSONS, new BigDecimal("7")).build(),
        activity("a-2", "2012-10-10", ActivityKind.SENT_LESSON, MATH3)
            .putQuantities(Quantity.LESSONS, new BigDecimal("8")).build());
    MetricResult m = metric(d, GROUPS, LESSONS, "10", "10", MATH3);
    assertValue("15", m); // 7 + 8
    assertPoints("10.00", m); // 15 clamps to 10: 10 × 10 / 10
  }

  @Test
  void noMatchingActivityIsASumOfZeroNotMissing() {
    MetricResult m = metric(SeedGroups.BASE, GROUPS, LESSONS, "10", "10", MATH3);
    assertFalse(m.isMissing());
    assertValue("0", m);
    assertPoints("0.00", m);
  }
}
