package dev.huzhu.evaluation.measure;

import static dev.huzhu.evaluation.measure.SeedGroups.EXCHANGES;
import static dev.huzhu.evaluation.measure.SeedGroups.LI_WEI;
import static dev.huzhu.evaluation.measure.SeedGroups.MATH3;
import static dev.huzhu.evaluation.measure.SeedGroups.WANG_FANG;
import static dev.huzhu.evaluation.measure.SeedGroups.XINXING;
import static dev.huzhu.evaluation.measure.SeedGroups.X_LIWEI;
import static dev.huzhu.evaluation.measure.SeedGroups.X_WANGFANG;
import static dev.huzhu.evaluation.measure.SeedGroups.X_ZHANGLI;
import static dev.huzhu.evaluation.measure.SeedGroups.activity;
import static dev.huzhu.evaluation.measure.SeedGroups.assertEvidence;
import static dev.huzhu.evaluation.measure.SeedGroups.assertPoints;
import static dev.huzhu.evaluation.measure.SeedGroups.assertValue;
import static dev.huzhu.evaluation.measure.SeedGroups.metric;
import static dev.huzhu.evaluation.measure.SeedGroups.run;
import static dev.huzhu.evaluation.measure.SeedGroups.with;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.activity.Activity;
import dev.huzhu.core.activity.ActivityKind;
import dev.huzhu.core.activity.Participant;
import dev.huzhu.evaluation.report.MetricResult;
import dev.huzhu.evaluation.report.Report;
import org.junit.jupiter.api.Test;

/**
 * {@code monthlyCompliance(kinds)}: the share of the months of an exchange's term, within the
 * period, in which the exchanged teacher led at least one such activity — 每月争取上一次示范课.
 */
class MonthlyComplianceMeasureTest {

  private static final MonthlyComplianceMeasure DEMONSTRATION =
      Measures.monthlyCompliance(ActivityKind.DEMONSTRATION_LESSON);

  private static Activity led(String id, String date, ActivityKind kind, String exchange,
      String person) {
    return activity(id, date, kind, exchange).host(XINXING).addParticipants(Participant.lead(person))
        .build();
  }

  @Test
  void shareOfTermMonthsWithALedLesson() {
    Dataset d = with(
        led("a-120918", "2012-09-18", ActivityKind.DEMONSTRATION_LESSON, X_LIWEI, LI_WEI),
        led("a-121016", "2012-10-16", ActivityKind.DEMONSTRATION_LESSON, X_LIWEI, LI_WEI),
        led("a-121113", "2012-11-13", ActivityKind.DEMONSTRATION_LESSON, X_LIWEI, LI_WEI),
        led("a-121127", "2012-11-27", ActivityKind.DEMONSTRATION_LESSON, X_LIWEI, LI_WEI),
        // December: 李伟 only takes part in 王芳's lesson
        activity("a-121211", "2012-12-11", ActivityKind.DEMONSTRATION_LESSON, X_LIWEI).host(XINXING)
            .addParticipants(Participant.lead(WANG_FANG), Participant.participant(LI_WEI)).build(),
        // January: a lecture, not a demonstration lesson
        led("a-130108", "2013-01-08", ActivityKind.LECTURE, X_LIWEI, LI_WEI));
    MetricResult m = metric(d, EXCHANGES, DEMONSTRATION, "10", "1", X_LIWEI);
    // term 2012-09-01..2013-01-31: Sept, Oct, Nov, Dec, Jan = 5 months; led in Sept, Oct, Nov = 3
    assertValue("0.6000", m); // 3 / 5 = 0.6
    assertPoints("6.00", m); // 10 × 0.6 / 1 = 6
    assertEvidence(m, "a-120918", "a-121016", "a-121113", "a-121127");
  }

  @Test
  void onlyTakingPartDoesNotCount() {
    Dataset d = with(activity("a-121211", "2012-12-11", ActivityKind.DEMONSTRATION_LESSON, X_LIWEI)
        .host(XINXING).addParticipants(Participant.lead(WANG_FANG), Participant.participant(LI_WEI))
        .build());
    MetricResult m = metric(d, EXCHANGES, DEMONSTRATION, "10", "1", X_LIWEI);
    assertValue("0", m); // 0 / 5
    assertPoints("0.00", m);
  }

  @Test
  void lessonNotCreditedToTheExchangeDoesNotCount() {
    // 李伟 leads it, but for the 数学 group, not as an exchange teacher
    Dataset d = with(led("a-121016", "2012-10-16", ActivityKind.DEMONSTRATION_LESSON, MATH3, LI_WEI));
    MetricResult m = metric(d, EXCHANGES, DEMONSTRATION, "10", "1", X_LIWEI);
    assertValue("0", m); // 0 / 5
  }

  @Test
  void leadingEveryMonthEarnsFullPoints() {
    Dataset d = with(
        led("a-120918", "2012-09-18", ActivityKind.DEMONSTRATION_LESSON, X_LIWEI, LI_WEI),
        led("a-121016", "2012-10-16", ActivityKind.DEMONSTRATION_LESSON, X_LIWEI, LI_WEI),
        led("a-121113", "2012-11-13", ActivityKind.DEMONSTRATION_LESSON, X_LIWEI, LI_WEI),
        led("a-121211", "2012-12-11", ActivityKind.DEMONSTRATION_LESSON, X_LIWEI, LI_WEI),
        led("a-130108", "2013-01-08", ActivityKind.DEMONSTRATION_LESSON, X_LIWEI, LI_WEI));
    MetricResult m = metric(d, EXCHANGES, DEMONSTRATION, "10", "1", X_LIWEI);
    assertValue("1", m); // 5 / 5
    assertPoints("10.00", m);
  }

  @Test
  void onlyTheTermMonthsWithinThePeriodCount() {
    // 王芳's term 2012-11-01..2013-03-31; the period ends 2013-01-31: Nov, Dec, Jan = 3 months
    Dataset d = with(
        led("a-121115", "2012-11-15", ActivityKind.DEMONSTRATION_LESSON, X_WANGFANG, WANG_FANG),
        led("a-130220", "2013-02-20", ActivityKind.DEMONSTRATION_LESSON, X_WANGFANG, WANG_FANG));
    MetricResult m = metric(d, EXCHANGES, DEMONSTRATION, "10", "1", X_WANGFANG);
    assertValue("0.3333", m); // 1 / 3 = 0.33333… → 0.3333 (February is outside the period)
    assertPoints("3.33", m); // 10 × 0.3333 = 3.333 → 3.33
  }

  @Test
  void missingWhenNoMonthOfTheTermFallsInThePeriod() {
    Report r = run(SeedGroups.BASE, EXCHANGES, DEMONSTRATION, "10", "1");
    MetricResult m = metric(r, X_ZHANGLI); // term 2013-03-01..2013-06-30
    assertTrue(m.isMissing());
    assertPoints("0.00", m);
  }

  @Test
  void aLessonInTheTermsFirstMonthButBeforeItStartsDoesNotCount() {
    // a term from 2012-09-15: a lesson on 2012-09-05 is before the exchange began
    Dataset d = Dataset.builder().copyFrom(with(
        led("a-120905", "2012-09-05", ActivityKind.DEMONSTRATION_LESSON, "x-late", LI_WEI),
        led("a-121010", "2012-10-10", ActivityKind.DEMONSTRATION_LESSON, "x-late", LI_WEI)))
        .addExchanges(dev.huzhu.core.exchange.Exchange.builder().id("x-late").person(LI_WEI)
            .kind(dev.huzhu.core.exchange.ExchangeKind.TEACHING_EXCHANGE).from(SeedGroups.CORE)
            .to(XINXING).start(java.time.LocalDate.of(2012, 9, 15))
            .end(java.time.LocalDate.of(2013, 1, 31)).build())
        .build();
    MetricResult m = metric(d, EXCHANGES, DEMONSTRATION, "10", "1", "x-late");
    // months Sept..Jan = 5; only October's lesson is within the term: 1 / 5 = 0.2
    assertValue("0.2000", m);
    assertPoints("2.00", m); // 10 × 0.2
    assertEvidence(m, "a-121010");
  }
}
