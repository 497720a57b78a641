package dev.huzhu.evaluation.measure;

import static dev.huzhu.evaluation.measure.SeedGroups.DONGCUN;
import static dev.huzhu.evaluation.measure.SeedGroups.NANCUN;
import static dev.huzhu.evaluation.measure.SeedGroups.PAIRINGS;
import static dev.huzhu.evaluation.measure.SeedGroups.XICUN;
import static dev.huzhu.evaluation.measure.SeedGroups.assertPoints;
import static dev.huzhu.evaluation.measure.SeedGroups.assertValue;
import static dev.huzhu.evaluation.measure.SeedGroups.metric;
import static dev.huzhu.evaluation.measure.SeedGroups.policy;
import static dev.huzhu.evaluation.measure.SeedGroups.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.huzhu.evaluation.Assessment;
import dev.huzhu.evaluation.policy.Adjustment;
import dev.huzhu.evaluation.policy.AdjustmentType;
import dev.huzhu.evaluation.policy.Policy;
import dev.huzhu.evaluation.report.AdjustmentResult;
import dev.huzhu.evaluation.report.Report;
import dev.huzhu.evaluation.report.SubjectResult;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * {@code professionalMatch} (专业对口): 1 when a unit branch's category suits the village
 * (党群→软村, 政法→乱村, 经济→穷村, 涉农→专业村), else 0 — usually a bonus.
 */
class ProfessionalMatchMeasureTest {

  @Test
  void matchIsOneAndOtherwiseZero() {
    Report r = run(SeedGroups.BASE, PAIRINGS, ProfessionalMatchMeasure.of(), "10", "1");
    assertValue("1", metric(r, DONGCUN)); // 组织部 (党群) → 东村 (软村)
    assertPoints("10.00", metric(r, DONGCUN)); // 10 × 1 / 1
    assertValue("0", metric(r, XICUN)); // 发改局 (经济) suits a 穷村, and 西村 is a 软村
    assertPoints("0.00", metric(r, XICUN));
    assertValue("1", metric(r, NANCUN)); // 二对一: 文体局 (other) does not suit, 农业局 (涉农) suits 专业村
  }

  @Test
  void matchEarnsItsBonus() {
    Policy base = policy(PAIRINGS, Measures.count(), "10", "1");
    Policy withBonus = Policy.builder().copyFrom(base)
        .addAdjustments(Adjustment.builder().id("match").label("专业对口").type(AdjustmentType.BONUS)
            .measure(ProfessionalMatchMeasure.of()).pointsEach(new BigDecimal("5")).build())
        .build();
    Report r = Assessment.of(withBonus).run(SeedGroups.BASE);

    SubjectResult dongcun = r.subject(DONGCUN).orElseThrow();
    AdjustmentResult bonus = dongcun.adjustments().get(0);
    assertEquals(new BigDecimal("5.00"), bonus.points()); // min(5 × 1, no cap) = 5
    assertEquals(new BigDecimal("5.00"), dongcun.total()); // count 0 → 0 points, + 5

    SubjectResult xicun = r.subject(XICUN).orElseThrow();
    assertEquals(new BigDecimal("0.00"), xicun.adjustments().get(0).points()); // 5 × 0 = 0
    assertEquals(new BigDecimal("0.00"), xicun.total());
  }
}
