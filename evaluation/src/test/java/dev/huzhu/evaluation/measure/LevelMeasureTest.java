package dev.huzhu.evaluation.measure;

import static dev.huzhu.evaluation.measure.SeedGroups.CHANGCHENG;
import static dev.huzhu.evaluation.measure.SeedGroups.GROUPS;
import static dev.huzhu.evaluation.measure.SeedGroups.LINJIA;
import static dev.huzhu.evaluation.measure.SeedGroups.MATH3;
import static dev.huzhu.evaluation.measure.SeedGroups.XINXING;
import static dev.huzhu.evaluation.measure.SeedGroups.assertEvidence;
import static dev.huzhu.evaluation.measure.SeedGroups.assertPoints;
import static dev.huzhu.evaluation.measure.SeedGroups.assertValue;
import static dev.huzhu.evaluation.measure.SeedGroups.metric;
import static dev.huzhu.evaluation.measure.SeedGroups.score;
import static dev.huzhu.evaluation.measure.SeedGroups.withScores;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.score.Phase;
import dev.huzhu.core.score.TestKind;
import dev.huzhu.evaluation.Assessment;
import dev.huzhu.evaluation.policy.AssessmentPeriod;
import dev.huzhu.evaluation.policy.Metric;
import dev.huzhu.evaluation.policy.Policy;
import dev.huzhu.evaluation.policy.Section;
import dev.huzhu.evaluation.report.MetricResult;
import dev.huzhu.evaluation.report.Report;
import dev.huzhu.evaluation.report.SubjectResult;
import dev.huzhu.evaluation.scoring.LinearScoring;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * {@code level(test, phase, of)}: the student-weighted mean, score rate (mean ÷ full mark, per
 * record), pass rate or excellent rate at one phase, over the units that have it.
 */
class LevelMeasureTest {

  private static final TestKind Q = TestKind.QUALITY_TEST;

  /** Finals: 辛兴 30 students, 96 of 120, 合格 0.90, 优秀 0.25; 林家村 20, 85 of 100, 0.80, 0.10. */
  private static final Dataset FINALS = withScores(
      score(XINXING, Q, Phase.FINAL, 30, "96").fullMark(new BigDecimal("120"))
          .passRate(new BigDecimal("0.90")).excellentRate(new BigDecimal("0.25")).build(),
      score(LINJIA, Q, Phase.FINAL, 20, "85")
          .passRate(new BigDecimal("0.80")).excellentRate(new BigDecimal("0.10")).build(),
      // 昌城 reports a mean but no rates
      score(CHANGCHENG, Q, Phase.FINAL, 25, "70").build());

  @Test
  void passRateIsWeightedByStudents() {
    MetricResult m = metric(FINALS, GROUPS, Measures.level(Q, Phase.FINAL, ScoreValue.PASS_RATE),
        "50", "1", MATH3);
    assertValue("0.8600", m); // (30 × 0.90 + 20 × 0.80) / 50 = (27 + 16) / 50 = 0.86
    assertPoints("43.00", m); // 50 × 0.86 / 1 = 43
  }

  @Test
  void recordLackingTheRateIsLeftOut() {
    MetricResult m = metric(FINALS, GROUPS, Measures.level(Q, Phase.FINAL, ScoreValue.EXCELLENT_RATE),
        "5", "1", MATH3);
    assertValue("0.1900", m); // (30 × 0.25 + 20 × 0.10) / 50 = 9.5 / 50 = 0.19; 昌城 left out
    assertPoints("0.95", m); // 5 × 0.19 = 0.95
    assertEvidence(m, "zc-linjia/3/MATH/QUALITY_TEST/FINAL", "zc-xinxing/3/MATH/QUALITY_TEST/FINAL");
  }

  @Test
  void scoreRateDividesEachRecordsMeanByItsFullMark() {
    MetricResult m = metric(FINALS, GROUPS, Measures.level(Q, Phase.FINAL, ScoreValue.SCORE_RATE),
        "45", "1", MATH3);
    // 辛兴 96/120 = 0.8, 林家村 85/100 = 0.85, 昌城 70/100 = 0.7:
    // (30 × 0.8 + 20 × 0.85 + 25 × 0.7) / 75 = (24 + 17 + 17.5) / 75 = 58.5 / 75 = 0.78
    // (pooling the marks instead would give (2880 + 1700 + 1750) / (3600 + 2000 + 2500) = 0.7815)
    assertValue("0.7800", m);
    assertPoints("35.10", m); // 45 × 0.78 = 35.1
  }

  @Test
  void meanLevelCountsUnitsWithOnlyThatPhase() {
    Dataset d = withScores(
        score(XINXING, Q, Phase.BASELINE, 30, "80.00").build(),
        score(LINJIA, Q, Phase.BASELINE, 20, "70.00").build(),
        score(CHANGCHENG, Q, Phase.BASELINE, 25, "60.00").build(),
        score(XINXING, Q, Phase.FINAL, 30, "84.50").build());
    MetricResult m = metric(d, GROUPS, Measures.level(Q, Phase.BASELINE, ScoreValue.MEAN),
        "10", "100", MATH3);
    // (30 × 80 + 20 × 70 + 25 × 60) / 75 = (2400 + 1400 + 1500) / 75 = 5300 / 75 = 70.6666… → 70.6667
    assertValue("70.6667", m);
    assertPoints("7.07", m); // 10 × 70.6667 / 100 = 7.06667 → 7.07
  }

  @Test
  void missingWhenNoRecordHasThatPhase() {
    Dataset d = withScores(score(XINXING, Q, Phase.BASELINE, 30, "80.00").build());
    MetricResult m = metric(d, GROUPS, Measures.level(Q, Phase.FINAL, ScoreValue.MEAN),
        "10", "100", MATH3);
    assertTrue(m.isMissing());
    assertPoints("0.00", m);
  }

  @Test
  void bureauQualityFormulaAsThreeMetrics() {
    // S = (合格率 × 50% + 得分率 × 45% + 优秀率 × 5%) × 100, over 辛兴 and 林家村 only
    Dataset d = withScores(
        score(XINXING, Q, Phase.FINAL, 30, "96").fullMark(new BigDecimal("120"))
            .passRate(new BigDecimal("0.90")).excellentRate(new BigDecimal("0.25")).build(),
        score(LINJIA, Q, Phase.FINAL, 20, "85")
            .passRate(new BigDecimal("0.80")).excellentRate(new BigDecimal("0.10")).build());
    Policy policy = Policy.builder().id("quality-s").title("质量得分")
        .period(AssessmentPeriod.of(SeedGroups.FROM, SeedGroups.TO)).subjects(GROUPS)
        .addSections(Section.builder().id("quality").label("终结性评价").points(new BigDecimal("100"))
            .addMetrics(
                levelMetric("pass", "50", ScoreValue.PASS_RATE),
                levelMetric("rate", "45", ScoreValue.SCORE_RATE),
                levelMetric("excellent", "5", ScoreValue.EXCELLENT_RATE))
            .build())
        .build();
    Report report = Assessment.of(policy).run(d);
    SubjectResult math3 = report.subject(MATH3).orElseThrow();
    assertPoints("43.00", math3.metric("pass").orElseThrow()); // 50 × (27 + 16) / 50 = 50 × 0.86
    // 45 × (30 × 0.8 + 20 × 0.85) / 50 = 45 × 41 / 50 = 45 × 0.82 = 36.9
    assertPoints("36.90", math3.metric("rate").orElseThrow());
    assertPoints("0.95", math3.metric("excellent").orElseThrow()); // 5 × 9.5 / 50 = 5 × 0.19
    assertEquals(new BigDecimal("80.85"), math3.total()); // 43 + 36.9 + 0.95 = 80.85
  }

  private static Metric levelMetric(String id, String points, ScoreValue of) {
    return Metric.builder().id(id).label(of.identifier()).points(new BigDecimal(points))
        .measure(Measures.level(Q, Phase.FINAL, of)).scoring(LinearScoring.of(BigDecimal.ONE)).build();
  }
}
