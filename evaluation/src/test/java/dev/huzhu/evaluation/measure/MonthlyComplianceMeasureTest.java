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
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.activity.Activity;
import dev.huzhu.core.activity.ActivityKind;
import dev.huzhu.core.activity.Participant;
import dev.huzhu.core.exchange.Duty;
import dev.huzhu.core.exchange.Exchange;
import dev.huzhu.core.exchange.ExchangeKind;
import dev.huzhu.evaluation.report.MetricResult;
import dev.huzhu.evaluation.report.Report;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * {@code monthlyCompliance(kinds)}: the share of the months touched by an exchange's term clipped
 * to the period in which the exchanged teacher led at least n such activities within that clipped
 * term, n the sum of the exchange's duties a month over those kinds (1 when it declares none) —
 * 每月争取上一次示范课. The seed's exchanges owe one 示范课 and one 讲座 a month, so n = 1 for
 * each kind alone and the worked examples from before the duties were read keep their values.
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

  // ---- duties a month (perMonth) and the term clipped to the period

  /** An exchange of 李伟 to 辛兴 over the dates, with these duties. */
  private static Exchange exchange(String id, String start, String end, Duty... duties) {
    return Exchange.builder().id(id).person(LI_WEI).kind(ExchangeKind.TEACHING_EXCHANGE)
        .from(SeedGroups.CORE).to(XINXING).start(LocalDate.parse(start))
        .end(LocalDate.parse(end)).addDuties(duties).build();
  }

  private static Dataset withExchange(Exchange exchange, Activity... log) {
    return Dataset.builder().copyFrom(SeedGroups.with(log)).addExchanges(exchange).build();
  }

  private static Activity demo(String date, String exchange) {
    return led("a-" + exchange + "-" + date, date, ActivityKind.DEMONSTRATION_LESSON, exchange,
        LI_WEI);
  }

  @Test
  void aDutyOfFourAMonthNeedsFourLessonsInAMonth() {
    // asked for four 示范课 a month over 2012-09-01..2012-11-30: Sept, Oct, Nov = 3 months.
    // September 4 lessons → complies; October 3 → does not (one would have sufficed before);
    // November 5 → complies. 2 / 3 = 0.66666… → 0.6667; 10 × 0.6667 / 1 = 6.667 → 6.67
    Exchange four = exchange("x-four", "2012-09-01", "2012-11-30",
        Duty.of(ActivityKind.DEMONSTRATION_LESSON, 4), Duty.of(ActivityKind.LECTURE, 1));
    Dataset d = withExchange(four,
        demo("2012-09-03", "x-four"), demo("2012-09-10", "x-four"), demo("2012-09-17", "x-four"),
        demo("2012-09-24", "x-four"),
        demo("2012-10-08", "x-four"), demo("2012-10-15", "x-four"), demo("2012-10-22", "x-four"),
        demo("2012-11-01", "x-four"), demo("2012-11-08", "x-four"), demo("2012-11-15", "x-four"),
        demo("2012-11-22", "x-four"), demo("2012-11-29", "x-four"));
    MetricResult m = metric(d, EXCHANGES, DEMONSTRATION, "10", "1", "x-four");
    assertValue("0.6667", m);
    assertPoints("6.67", m);
  }

  @Test
  void theRequiredNumberSumsTheDutiesOfTheMeasuresKinds() {
    Exchange x = exchange("x-duties", "2012-09-01", "2013-01-31",
        Duty.of(ActivityKind.DEMONSTRATION_LESSON, 2), Duty.of(ActivityKind.LECTURE, 1));
    // demonstration lessons: 2; lectures: 1; both together: 2 + 1 = 3; every kind (empty): all
    // duties, 3; sent lessons, of which it declares no duty: 1
    assertEquals(2, DEMONSTRATION.required(x));
    assertEquals(1, Measures.monthlyCompliance(ActivityKind.LECTURE).required(x));
    assertEquals(3, Measures.monthlyCompliance(ActivityKind.DEMONSTRATION_LESSON,
        ActivityKind.LECTURE).required(x));
    assertEquals(3, Measures.monthlyCompliance().required(x));
    assertEquals(1, Measures.monthlyCompliance(ActivityKind.SENT_LESSON).required(x));
    // no duties at all: 1
    assertEquals(1, DEMONSTRATION.required(exchange("x-none", "2012-09-01", "2013-01-31")));
  }

  @Test
  void kindsTogetherCountTowardsTheirSummedDuties() {
    // one 示范课 and one 讲座 a month, measured together: n = 1 + 1 = 2 a month, of either kind.
    // Term 2012-09-01..2012-10-31 (Sept, Oct). September: a lesson and a lecture = 2 → complies;
    // October: two lessons = 2 → complies too (the kinds count together). 2 / 2 = 1 → 10.00
    Exchange x = exchange("x-both", "2012-09-01", "2012-10-31",
        Duty.of(ActivityKind.DEMONSTRATION_LESSON, 1), Duty.of(ActivityKind.LECTURE, 1));
    Dataset d = withExchange(x, demo("2012-09-05", "x-both"),
        led("a-lecture", "2012-09-20", ActivityKind.LECTURE, "x-both", LI_WEI),
        demo("2012-10-05", "x-both"), demo("2012-10-19", "x-both"));
    MetricResult m = metric(d, EXCHANGES,
        Measures.monthlyCompliance(ActivityKind.DEMONSTRATION_LESSON, ActivityKind.LECTURE), "10",
        "1", "x-both");
    assertValue("1", m);
    assertPoints("10.00", m);
  }

  @Test
  void theTermIsClippedToThePeriodOnBothSides() {
    // term 2012-08-20..2012-10-10, period 2012-09-01..2013-01-31: clipped to 2012-09-01..2012-10-10,
    // touching September and October = 2 months (August is outside the period).
    // 2012-09-12 counts; 2012-10-20 is in October but after the term ended: October fails.
    // 1 / 2 = 0.5 → 10 × 0.5 = 5.00
    Exchange x = exchange("x-clipped", "2012-08-20", "2012-10-10",
        Duty.of(ActivityKind.DEMONSTRATION_LESSON, 1));
    Dataset d = withExchange(x, demo("2012-08-27", "x-clipped"), demo("2012-09-12", "x-clipped"),
        demo("2012-10-20", "x-clipped"));
    MetricResult m = metric(d, EXCHANGES, DEMONSTRATION, "10", "1", "x-clipped");
    assertValue("0.5000", m);
    assertPoints("5.00", m);
    assertEvidence(m, "a-x-clipped-2012-09-12");
  }

  @Test
  void aTermOverlappingThePeriodByOneDayHasOneMonth() {
    // term 2012-07-01..2012-09-01 overlaps the period on 2012-09-01 only: September, 1 month.
    // The lesson that day complies: 1 / 1 = 1 → 10.00
    Exchange x = exchange("x-oneday", "2012-07-01", "2012-09-01",
        Duty.of(ActivityKind.DEMONSTRATION_LESSON, 1));
    MetricResult m = metric(withExchange(x, demo("2012-09-01", "x-oneday")), EXCHANGES, DEMONSTRATION,
        "10", "1", "x-oneday");
    assertValue("1", m);
    assertPoints("10.00", m);
  }

  @Test
  void aTermEndingBeforeThePeriodIsMissing() {
    // term 2012-06-01..2012-08-31, period from 2012-09-01: no overlap → missing, 0.00
    Exchange x = exchange("x-before", "2012-06-01", "2012-08-31",
        Duty.of(ActivityKind.DEMONSTRATION_LESSON, 1));
    MetricResult m = metric(withExchange(x), EXCHANGES, DEMONSTRATION, "10", "1", "x-before");
    assertTrue(m.isMissing());
    assertPoints("0.00", m);
  }
}
