package dev.huzhu.evaluation.measure;

import static dev.huzhu.evaluation.measure.GapMeasureTest.withCommunities;
import static dev.huzhu.evaluation.measure.SeedGroups.CHANGCHENG;
import static dev.huzhu.evaluation.measure.SeedGroups.CORE;
import static dev.huzhu.evaluation.measure.SeedGroups.LINJIA;
import static dev.huzhu.evaluation.measure.SeedGroups.XINXING;
import static dev.huzhu.evaluation.measure.SeedGroups.assertEvidence;
import static dev.huzhu.evaluation.measure.SeedGroups.assertPoints;
import static dev.huzhu.evaluation.measure.SeedGroups.assertValue;
import static dev.huzhu.evaluation.measure.SeedGroups.metric;
import static dev.huzhu.evaluation.measure.SeedGroups.score;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.school.SchoolSubject;
import dev.huzhu.core.score.Phase;
import dev.huzhu.core.score.TestKind;
import dev.huzhu.evaluation.policy.SubjectSelection;
import dev.huzhu.evaluation.report.MetricResult;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * {@code dispersion(test, phase)}: the student-weighted 差异系数 S / X̄ of a community's schools,
 * S = √(Σ P_i (v_i − X̄)² / Σ P_i), rounded once.
 */
class DispersionMeasureTest {
  private static final TestKind Q = TestKind.QUALITY_TEST;
  private static final SubjectSelection COMMUNITIES = SubjectSelection.communitiesOnly();
  private static final String ZC = "c-zc";

  @Test
  void coefficientOfVariationWeightsSchoolsByStudents() {
    Dataset d = withCommunities(
        score(CORE, Q, Phase.FINAL, 50, "90").build(),
        score(XINXING, Q, Phase.FINAL, 30, "70").build(),
        score(LINJIA, Q, Phase.FINAL, 20, "80").build());
    MetricResult m = metric(d, COMMUNITIES, Measures.dispersion(Q, Phase.FINAL), "10", "1", ZC);
    // X̄ = (50 × 90 + 30 × 70 + 20 × 80) / 100 = 8200 / 100 = 82
    // Σ P (v − X̄)² = 50 × 8² + 30 × 12² + 20 × 2² = 3200 + 4320 + 80 = 7600; / 100 = 76
    // S = √76 = 8.71779788…; S / X̄ = 8.71779788… / 82 = 0.10631460… → 0.1063
    assertValue("0.1063", m);
    assertPoints("1.06", m); // 10 × 0.1063 / 1 = 1.063 → 1.06
    assertEvidence(m, "zc-linjia/3/MATH/QUALITY_TEST/FINAL", "zc-syxx/3/MATH/QUALITY_TEST/FINAL",
        "zc-xinxing/3/MATH/QUALITY_TEST/FINAL");
  }

  @Test
  void aSchoolsRecordsArePooledIntoOneValue() {
    Dataset d = withCommunities(
        score(CORE, 3, SchoolSubject.MATH, Q, Phase.FINAL, 50, "90").build(),
        score(CORE, 4, SchoolSubject.MATH, Q, Phase.FINAL, 50, "94").build(),
        score(XINXING, Q, Phase.FINAL, 30, "70").build(),
        score(LINJIA, Q, Phase.FINAL, 20, "80").build());
    MetricResult m = metric(d, COMMUNITIES, Measures.dispersion(Q, Phase.FINAL), "10", "1", ZC);
    // 实验小学: (50 × 90 + 50 × 94) / 100 = 92 over P = 100
    // X̄ = (100 × 92 + 30 × 70 + 20 × 80) / 150 = 12900 / 150 = 86
    // Σ P (v − X̄)² = 100 × 6² + 30 × 16² + 20 × 6² = 3600 + 7680 + 720 = 12000; / 150 = 80
    // S = √80 = 8.94427191…; / 86 = 0.10400316… → 0.1040
    assertValue("0.1040", m);
  }

  @Test
  void withARateASchoolsRecordsAndStudentsAreThoseCarryingIt() {
    Dataset d = withCommunities(
        score(CORE, Q, Phase.FINAL, 40, "90").passRate(new BigDecimal("0.95")).build(),
        score(XINXING, Q, Phase.FINAL, 30, "70").passRate(new BigDecimal("0.80")).build(),
        // 林家村 reports no pass rate: left out, students and all
        score(LINJIA, Q, Phase.FINAL, 20, "80").build());
    MetricResult m = metric(d, COMMUNITIES,
        Measures.dispersion(Q, Phase.FINAL, ScoreValue.PASS_RATE), "10", "1", ZC);
    // X̄ = (40 × 0.95 + 30 × 0.80) / 70 = 62 / 70
    // deviations 0.95 − 62/70 = 4.5/70 and 0.80 − 62/70 = −6/70
    // Σ P d² = (40 × 20.25 + 30 × 36) / 4900 = 1890 / 4900; / 70 = 1890 / 343000
    // S = √0.00551020… = 0.07423074…; S / X̄ = 0.07423074… / 0.88571428… = 0.08380891… → 0.0838
    assertValue("0.0838", m);
  }

  @Test
  void schoolsWithEqualValuesHaveDispersionZero() {
    Dataset d = withCommunities(
        score(CORE, Q, Phase.FINAL, 50, "80").build(),
        score(XINXING, Q, Phase.FINAL, 30, "80").build(),
        score(CHANGCHENG, Q, Phase.FINAL, 7, "80").build());
    MetricResult m = metric(d, COMMUNITIES, Measures.dispersion(Q, Phase.FINAL), "10", "1", ZC);
    assertValue("0.0000", m); // every v = X̄ = 80: S = 0
  }

  @Test
  void fewerThanTwoSchoolsOrANonPositiveMeanIsMissing() {
    Dataset one = withCommunities(score(CORE, Q, Phase.FINAL, 50, "90").build(),
        score(CORE, Q, Phase.BASELINE, 50, "80").build(), score(XINXING, Q, Phase.BASELINE, 30, "70").build());
    assertTrue(metric(one, COMMUNITIES, Measures.dispersion(Q, Phase.FINAL), "10", "1", ZC)
        .value().isEmpty());
    Dataset zero = withCommunities(score(CORE, Q, Phase.FINAL, 50, "0").build(),
        score(XINXING, Q, Phase.FINAL, 30, "0").build());
    MetricResult m = metric(zero, COMMUNITIES, Measures.dispersion(Q, Phase.FINAL), "10", "1", ZC);
    assertTrue(m.value().isEmpty()); // X̄ = 0
    assertPoints("0.00", m);
  }
}
