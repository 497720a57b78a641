package dev.huzhu.evaluation.measure;

import static dev.huzhu.evaluation.measure.SeedGroups.GROUPS;
import static dev.huzhu.evaluation.measure.SeedGroups.MATH3;
import static dev.huzhu.evaluation.measure.SeedGroups.activity;
import static dev.huzhu.evaluation.measure.SeedGroups.assertEvidence;
import static dev.huzhu.evaluation.measure.SeedGroups.assertPoints;
import static dev.huzhu.evaluation.measure.SeedGroups.assertValue;
import static dev.huzhu.evaluation.measure.SeedGroups.metric;
import static dev.huzhu.evaluation.measure.SeedGroups.with;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.activity.Activity;
import dev.huzhu.core.activity.ActivityKind;
import dev.huzhu.core.activity.Quantity;
import dev.huzhu.evaluation.report.MetricResult;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** {@code mean} rating of 品牌课/达标课, over those that carry one; 4 places, half-up. */
class MeanMeasureTest {

  private static final MeanMeasure RATING = Measures.mean(Quantity.RATING,
      ActivityKind.BRAND_LESSON, ActivityKind.STANDARD_LESSON);

  private static Activity rated(String id, String date, ActivityKind kind, String rating) {
    return activity(id, date, kind, MATH3).putQuantities(Quantity.RATING, new BigDecimal(rating)).build();
  }

  @Test
  void averagesRatingsRoundedToFourPlaces() {
    Dataset d = with(
        rated("a-1", "2012-10-09", ActivityKind.BRAND_LESSON, "80"),
        rated("a-2", "2012-10-16", ActivityKind.STANDARD_LESSON, "85"),
        rated("a-3", "2012-10-23", ActivityKind.BRAND_LESSON, "86"),
        // a 听课 rating is not on the 品牌课/达标课 rubric
        rated("a-4", "2012-10-30", ActivityKind.LESSON_OBSERVATION, "40"));
    MetricResult m = metric(d, GROUPS, RATING, "10", "100", MATH3);
    assertValue("83.6667", m); // (80 + 85 + 86) / 3 = 251 / 3 = 83.66666… → 83.6667
    assertPoints("8.37", m); // 10 × 83.6667 / 100 = 8.36667 → 8.37
  }

  @Test
  void lessonsWithoutARatingAreLeftOut() {
    Dataset d = with(
        rated("a-1", "2012-10-09", ActivityKind.BRAND_LESSON, "80"),
        rated("a-2", "2012-10-16", ActivityKind.STANDARD_LESSON, "85"),
        rated("a-3", "2012-10-23", ActivityKind.BRAND_LESSON, "86"),
        activity("a-5", "2012-11-06", ActivityKind.STANDARD_LESSON, MATH3).build());
    MetricResult m = metric(d, GROUPS, RATING, "10", "100", MATH3);
    assertValue("83.6667", m); // still 251 / 3: a-5 is not a 0 rating
    assertEvidence(m, "a-1", "a-2", "a-3");
  }

  @Test
  void meanHalfAtTheFifthDecimalRoundsUp() {
    Dataset d = with(
        rated("a-1", "2012-10-09", ActivityKind.BRAND_LESSON, "90.0001"),
        rated("a-2", "2012-10-16", ActivityKind.BRAND_LESSON, "90"));
    MetricResult m = metric(d, GROUPS, RATING, "10", "100", MATH3);
    assertValue("90.0001", m); // 180.0001 / 2 = 90.00005 → 90.0001
    assertPoints("9.00", m); // 10 × 90.0001 / 100 = 9.00001 → 9.00
  }

  @Test
  void meanJustBelowHalfAtTheFifthDecimalRoundsDown() {
    Dataset d = with(
        rated("a-1", "2012-10-09", ActivityKind.BRAND_LESSON, "90.00009"),
        rated("a-2", "2012-10-16", ActivityKind.BRAND_LESSON, "90"));
    MetricResult m = metric(d, GROUPS, RATING, "10", "100", MATH3);
    assertValue("90.0000", m); // 180.00009 / 2 = 90.000045 → 90.0000
  }

  @Test
  void missingWhenNoMatchingLessonCarriesARating() {
    Dataset d = with(activity("a-1", "2012-10-09", ActivityKind.BRAND_LESSON, MATH3).build());
    MetricResult m = metric(d, GROUPS, RATING, "10", "100", MATH3);
    assertTrue(m.isMissing());
    assertPoints("0.00", m); // missing data scores 0
  }
}
