package dev.huzhu.evaluation.measure;

import static dev.huzhu.evaluation.measure.SeedGroups.DONGCUN;
import static dev.huzhu.evaluation.measure.SeedGroups.PAIRINGS;
import static dev.huzhu.evaluation.measure.SeedGroups.XICUN;
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
import dev.huzhu.core.activity.Quantity;
import dev.huzhu.evaluation.report.MetricResult;
import dev.huzhu.evaluation.report.Report;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * {@code followUpCoverage(withinDays)}: the share of deliveries (funds, materials) that have a
 * follow-up (使用指导、监督: an activity whose followUpOf names the delivery, credited to the same
 * pairing) within that many days.
 */
class FollowUpCoverageMeasureTest {

  private static final FollowUpCoverageMeasure WITHIN_30 = Measures.followUpCoverage(30,
      ActivityKind.FUNDS_COORDINATED, ActivityKind.MATERIALS_DELIVERED);

  private static Activity funds(String id, String date, String pairing) {
    return activity(id, date, ActivityKind.FUNDS_COORDINATED, pairing)
        .putQuantities(Quantity.AMOUNT_YUAN, new BigDecimal("20000")).build();
  }

  private static Activity goods(String id, String date, String pairing) {
    return activity(id, date, ActivityKind.MATERIALS_DELIVERED, pairing)
        .putQuantities(Quantity.ITEMS, new BigDecimal("50")).build();
  }

  private static Activity followUp(String id, String date, String delivery, String pairing) {
    return activity(id, date, ActivityKind.FOLLOW_UP, pairing).followUpOf(delivery).build();
  }

  @Test
  void shareOfDeliveriesFollowedUpWithinTheDays() {
    Dataset d = with(
        funds("a-120910", "2012-09-10", DONGCUN),
        followUp("a-121010", "2012-10-10", "a-120910", DONGCUN), // 30 days after: in time
        goods("a-121008", "2012-10-08", DONGCUN),
        followUp("a-121108", "2012-11-08", "a-121008", DONGCUN), // 31 days after: too late
        goods("a-121120", "2012-11-20", DONGCUN)); // never followed up
    MetricResult m = metric(d, PAIRINGS, WITHIN_30, "10", "1", DONGCUN);
    assertValue("0.3333", m); // 1 of 3 deliveries = 0.33333… → 0.3333
    assertPoints("3.33", m); // 10 × 0.3333 / 1 = 3.333 → 3.33
    // the three deliveries and the follow-up that covers one
    assertEvidence(m, "a-120910", "a-121008", "a-121010", "a-121120");
  }

  @Test
  void followUpOnTheLastDayCounts() {
    Dataset d = with(funds("a-120910", "2012-09-10", DONGCUN),
        followUp("a-121010", "2012-10-10", "a-120910", DONGCUN)); // 2012-09-10 + 30 days
    MetricResult m = metric(d, PAIRINGS, WITHIN_30, "10", "1", DONGCUN);
    assertValue("1", m); // 1 of 1
    assertPoints("10.00", m);
  }

  @Test
  void followUpAfterTheDaysDoesNotCount() {
    Dataset d = with(goods("a-121008", "2012-10-08", DONGCUN),
        followUp("a-121108", "2012-11-08", "a-121008", DONGCUN)); // 2012-10-08 + 31 days
    MetricResult m = metric(d, PAIRINGS, WITHIN_30, "10", "1", DONGCUN);
    assertValue("0", m); // 0 of 1
    assertPoints("0.00", m);
  }

  @Test
  void earliestFollowUpDecides() {
    Dataset d = with(funds("a-120910", "2012-09-10", DONGCUN),
        followUp("a-121130", "2012-11-30", "a-120910", DONGCUN), // 81 days, logged first
        followUp("a-120915", "2012-09-15", "a-120910", DONGCUN)); // 5 days
    MetricResult m = metric(d, PAIRINGS, WITHIN_30, "10", "1", DONGCUN);
    assertValue("1", m); // covered by the 5-day follow-up
  }

  @Test
  void followUpCreditedToAnotherPairingDoesNotCount() {
    Dataset d = with(goods("a-121120", "2012-11-20", DONGCUN),
        followUp("a-121125", "2012-11-25", "a-121120", XICUN));
    Report r = run(d, PAIRINGS, WITHIN_30, "10", "1");
    assertValue("0", metric(r, DONGCUN)); // 东村's delivery, followed up only by 西村's activity
    assertTrue(metric(r, XICUN).isMissing()); // 西村 has a follow-up but no delivery
  }

  @Test
  void deliveryBeforeThePeriodIsNotCounted() {
    Dataset d = with(funds("a-120820", "2012-08-20", DONGCUN),
        followUp("a-120905", "2012-09-05", "a-120820", DONGCUN),
        goods("a-121008", "2012-10-08", DONGCUN));
    MetricResult m = metric(d, PAIRINGS, WITHIN_30, "10", "1", DONGCUN);
    assertValue("0", m); // 0 of 1: the August funds are outside the term; the goods are not followed up
  }

  @Test
  void missingWhenThereAreNoDeliveries() {
    Dataset d = with(activity("a-121020", "2012-10-20", ActivityKind.PRACTICAL_DEED, DONGCUN).build());
    MetricResult m = metric(d, PAIRINGS, WITHIN_30, "10", "1", DONGCUN);
    assertTrue(m.isMissing());
    assertPoints("0.00", m); // missing data scores 0
  }

  @Test
  void aFollowUpDatedBeforeItsDeliveryDoesNotCoverIt() {
    // validation refuses such a log, but a streamed log is trusted: the measure must not count it
    dev.huzhu.evaluation.report.Report report = dev.huzhu.evaluation.Assessment
        .of(SeedGroups.policy(PAIRINGS, WITHIN_30, "10", "1"))
        .run(SeedGroups.BASE, java.util.stream.Stream.of(
            funds("a-121010", "2012-10-10", DONGCUN),
            followUp("a-121001", "2012-10-01", "a-121010", DONGCUN))); // 9 days before
    MetricResult m = SeedGroups.metric(report, DONGCUN);
    assertValue("0", m); // 0 of 1 delivery covered
    assertPoints("0.00", m);
  }
}
