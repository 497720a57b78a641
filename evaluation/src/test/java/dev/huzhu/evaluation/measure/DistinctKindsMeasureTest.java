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

import dev.huzhu.core.Dataset;
import dev.huzhu.core.activity.ActivityKind;
import dev.huzhu.core.activity.Quantity;
import dev.huzhu.evaluation.report.MetricResult;
import dev.huzhu.evaluation.report.Report;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** {@code distinctKinds}: how many forms of help a 双结对 used (形式多样化). */
class DistinctKindsMeasureTest {

  /** Forms of help beyond money and goods. */
  private static final DistinctKindsMeasure BEYOND_MONEY = Measures.distinctKinds(
      ActivityKind.PRACTICAL_DEED, ActivityKind.POLICY_PUBLICITY, ActivityKind.JOINT_ACTIVITY,
      ActivityKind.JOB_PLACEMENT, ActivityKind.CULTURE_DELIVERY, ActivityKind.TECHNOLOGY_DELIVERY,
      ActivityKind.PROJECT_DELIVERY);

  private static final Dataset LOG = with(
      activity("a-120910", "2012-09-10", ActivityKind.FUNDS_COORDINATED, DONGCUN)
          .putQuantities(Quantity.AMOUNT_YUAN, new BigDecimal("20000")).build(),
      activity("a-121008", "2012-10-08", ActivityKind.MATERIALS_DELIVERED, DONGCUN).build(),
      activity("a-121020", "2012-10-20", ActivityKind.PRACTICAL_DEED, DONGCUN).build(),
      activity("a-121105", "2012-11-05", ActivityKind.PRACTICAL_DEED, DONGCUN).build(),
      activity("a-121113", "2012-11-13", ActivityKind.POLICY_PUBLICITY, DONGCUN).build(),
      activity("a-121218", "2012-12-18", ActivityKind.CULTURE_DELIVERY, DONGCUN).build());

  @Test
  void countsDistinctKindsAmongTheNamedKinds() {
    Report r = run(LOG, PAIRINGS, BEYOND_MONEY, "10", "5");
    MetricResult dongcun = metric(r, DONGCUN);
    assertValue("3", dongcun); // 办实事 (twice), 政策宣传, 送文化; funds and goods are not named
    assertPoints("6.00", dongcun); // 10 × 3 / 5 = 6
    assertEvidence(dongcun, "a-121020", "a-121105", "a-121113", "a-121218");
    MetricResult xicun = metric(r, XICUN);
    assertValue("0", xicun); // no activity at all: 0 kinds, not missing
    assertPoints("0.00", xicun);
  }

  @Test
  void noKindsCountsEveryKind() {
    MetricResult m = metric(LOG, PAIRINGS, Measures.distinctKinds(), "10", "5", DONGCUN);
    assertValue("5", m); // 协调资金, 送物资, 办实事, 政策宣传, 送文化
    assertPoints("10.00", m); // 10 × 5 / 5 = 10
  }
}
