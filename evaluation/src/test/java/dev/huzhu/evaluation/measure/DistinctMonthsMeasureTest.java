package dev.huzhu.evaluation.measure;

import static dev.huzhu.evaluation.measure.SeedGroups.GROUPS;
import static dev.huzhu.evaluation.measure.SeedGroups.MATH3;
import static dev.huzhu.evaluation.measure.SeedGroups.activity;
import static dev.huzhu.evaluation.measure.SeedGroups.assertEvidence;
import static dev.huzhu.evaluation.measure.SeedGroups.assertPoints;
import static dev.huzhu.evaluation.measure.SeedGroups.assertValue;
import static dev.huzhu.evaluation.measure.SeedGroups.metric;
import static dev.huzhu.evaluation.measure.SeedGroups.with;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.activity.ActivityKind;
import dev.huzhu.evaluation.report.MetricResult;
import org.junit.jupiter.api.Test;

/** {@code distinctMonths}: calendar months with a matching activity (每月一次示范课). */
class DistinctMonthsMeasureTest {

  private static final DistinctMonthsMeasure MONTHS =
      Measures.distinctMonths(ActivityKind.DEMONSTRATION_LESSON);

  @Test
  void countsEachCalendarMonthOnce() {
    Dataset d = with(
        activity("a-120910", "2012-09-10", ActivityKind.DEMONSTRATION_LESSON, MATH3).build(),
        activity("a-120925", "2012-09-25", ActivityKind.DEMONSTRATION_LESSON, MATH3).build(),
        activity("a-121012", "2012-10-12", ActivityKind.DEMONSTRATION_LESSON, MATH3).build(),
        activity("a-121113", "2012-11-13", ActivityKind.DEMONSTRATION_LESSON, MATH3).build(),
        activity("a-130108", "2013-01-08", ActivityKind.DEMONSTRATION_LESSON, MATH3).build());
    MetricResult m = metric(d, GROUPS, MONTHS, "10", "5", MATH3);
    assertValue("4", m); // 2012-09 (twice), 2012-10, 2012-11, 2013-01; none in December
    assertPoints("8.00", m); // 10 × 4 / 5 = 8
    assertEvidence(m, "a-120910", "a-120925", "a-121012", "a-121113", "a-130108");
  }

  @Test
  void otherKindsAndMonthsOutsideThePeriodAddNoMonth() {
    Dataset d = with(
        activity("a-120828", "2012-08-28", ActivityKind.DEMONSTRATION_LESSON, MATH3).build(),
        activity("a-121012", "2012-10-12", ActivityKind.DEMONSTRATION_LESSON, MATH3).build(),
        activity("a-121204", "2012-12-04", ActivityKind.LECTURE, MATH3).build(),
        activity("a-130205", "2013-02-05", ActivityKind.DEMONSTRATION_LESSON, MATH3).build());
    MetricResult m = metric(d, GROUPS, MONTHS, "10", "5", MATH3);
    assertValue("1", m); // only 2012-10: August and February are outside, December is a lecture
    assertPoints("2.00", m); // 10 × 1 / 5 = 2
  }
}
