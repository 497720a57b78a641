package dev.huzhu.evaluation.measure;

import static dev.huzhu.evaluation.measure.ImprovementMeasureTest.Q;
import static dev.huzhu.evaluation.measure.ImprovementMeasureTest.twoUnitsAnd;
import static dev.huzhu.evaluation.measure.SeedGroups.CHANGCHENG;
import static dev.huzhu.evaluation.measure.SeedGroups.GROUPS;
import static dev.huzhu.evaluation.measure.SeedGroups.LINJIA;
import static dev.huzhu.evaluation.measure.SeedGroups.MATH3;
import static dev.huzhu.evaluation.measure.SeedGroups.XINXING;
import static dev.huzhu.evaluation.measure.SeedGroups.assertPoints;
import static dev.huzhu.evaluation.measure.SeedGroups.assertValue;
import static dev.huzhu.evaluation.measure.SeedGroups.metric;
import static dev.huzhu.evaluation.measure.SeedGroups.score;
import static dev.huzhu.evaluation.measure.SeedGroups.withScores;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.score.Phase;
import dev.huzhu.evaluation.report.MetricResult;
import org.junit.jupiter.api.Test;

/** {@code improvementRate(test)}: the improvement ÷ the baseline mean, rounded once to 4 places. */
class ImprovementRateMeasureTest {

  @Test
  void improvementOverTheBaselineMean() {
    MetricResult m = metric(twoUnitsAnd(), GROUPS, Measures.improvementRate(Q), "10", "0.1", MATH3);
    assertValue("0.0526", m); // (80 − 76) / 76 = 0.0526315… → 0.0526
    assertPoints("5.26", m); // 10 × 0.0526 / 0.1 = 5.26
  }

  @Test
  void unitWithOnlyOnePhaseIsLeftOut() {
    Dataset d = twoUnitsAnd(score(CHANGCHENG, Q, Phase.BASELINE, 25, "60.00").build());
    MetricResult m = metric(d, GROUPS, Measures.improvementRate(Q), "10", "0.1", MATH3);
    assertValue("0.0526", m); // still 4 / 76
  }

  @Test
  void negativeRateRoundsHalfAwayFromZero() {
    Dataset d = withScores(
        score(XINXING, Q, Phase.BASELINE, 30, "80.00").build(),
        score(XINXING, Q, Phase.FINAL, 30, "78.50").build());
    MetricResult m = metric(d, GROUPS, Measures.improvementRate(Q), "10", "0.1", MATH3);
    assertValue("-0.0188", m); // −1.5 / 80 = −0.01875 → −0.0188
    assertPoints("0.00", m); // a decline earns nothing
  }

  @Test
  void rateIsComputedFromTheExactMeans() {
    Dataset d = withScores(
        score(XINXING, Q, Phase.BASELINE, 2, "80").build(),
        score(LINJIA, Q, Phase.BASELINE, 1, "81").build(),
        score(XINXING, Q, Phase.FINAL, 2, "80").build(),
        score(LINJIA, Q, Phase.FINAL, 1, "82").build());
    MetricResult m = metric(d, GROUPS, Measures.improvementRate(Q), "10", "0.1", MATH3);
    assertValue("0.0041", m); // (242/3 − 241/3) / (241/3) = 1/241 = 0.0041493… → 0.0041
    assertPoints("0.41", m); // 10 × 0.0041 / 0.1 = 0.41
  }

  @Test
  void missingWhenNoUnitHasBothPhases() {
    Dataset d = withScores(score(XINXING, Q, Phase.BASELINE, 30, "80.00").build());
    MetricResult m = metric(d, GROUPS, Measures.improvementRate(Q), "10", "0.1", MATH3);
    assertTrue(m.isMissing());
    assertPoints("0.00", m);
  }
}
