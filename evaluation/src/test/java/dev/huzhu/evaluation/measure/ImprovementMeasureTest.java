package dev.huzhu.evaluation.measure;

import static dev.huzhu.evaluation.measure.SeedGroups.AIDONG;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.school.SchoolSubject;
import dev.huzhu.core.score.Phase;
import dev.huzhu.core.score.ScoreRecord;
import dev.huzhu.core.score.TestKind;
import dev.huzhu.evaluation.report.MetricResult;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * {@code improvement(test)} (提高幅度): student-weighted mean of FINAL − that of BASELINE, over the
 * group's units (its members' schools, its grade and subject) that have both phases.
 */
class ImprovementMeasureTest {

  static final TestKind Q = TestKind.QUALITY_TEST;

  /** 辛兴 30 students 80.00 → 84.50, 林家村 20 students 70.00 → 73.25. */
  static final ScoreRecord[] TWO_UNITS = {
      score(XINXING, Q, Phase.BASELINE, 30, "80.00").build(),
      score(LINJIA, Q, Phase.BASELINE, 20, "70.00").build(),
      score(XINXING, Q, Phase.FINAL, 30, "84.50").build(),
      score(LINJIA, Q, Phase.FINAL, 20, "73.25").build()};

  static Dataset twoUnitsAnd(ScoreRecord... more) {
    ScoreRecord[] all = new ScoreRecord[TWO_UNITS.length + more.length];
    System.arraycopy(TWO_UNITS, 0, all, 0, TWO_UNITS.length);
    System.arraycopy(more, 0, all, TWO_UNITS.length, more.length);
    return withScores(all);
  }

  @Test
  void studentWeightedFinalMinusBaseline() {
    MetricResult m = metric(twoUnitsAnd(), GROUPS, Measures.improvement(Q), "10", "5", MATH3);
    // baseline (30 × 80.00 + 20 × 70.00) / 50 = 3800 / 50 = 76
    // final    (30 × 84.50 + 20 × 73.25) / 50 = (2535 + 1465) / 50 = 80
    // (an unweighted mean would give 78.875 − 75 = 3.875)
    assertValue("4.0000", m); // 80 − 76 = 4
    assertPoints("8.00", m); // 10 × 4 / 5 = 8
    assertEvidence(m, "zc-linjia/3/MATH/QUALITY_TEST/BASELINE", "zc-linjia/3/MATH/QUALITY_TEST/FINAL",
        "zc-xinxing/3/MATH/QUALITY_TEST/BASELINE", "zc-xinxing/3/MATH/QUALITY_TEST/FINAL");
  }

  @Test
  void unitWithOnlyOnePhaseIsLeftOut() {
    // 昌城 has a baseline only: with it the baseline would be (2400 + 1400 + 1500) / 75 = 70.67
    Dataset d = twoUnitsAnd(score(CHANGCHENG, Q, Phase.BASELINE, 25, "60.00").build());
    MetricResult m = metric(d, GROUPS, Measures.improvement(Q), "10", "5", MATH3);
    assertValue("4.0000", m); // still 80 − 76
    assertEvidence(m, "zc-linjia/3/MATH/QUALITY_TEST/BASELINE", "zc-linjia/3/MATH/QUALITY_TEST/FINAL",
        "zc-xinxing/3/MATH/QUALITY_TEST/BASELINE", "zc-xinxing/3/MATH/QUALITY_TEST/FINAL");
  }

  @Test
  void otherTestsGradesSubjectsAndSchoolsAreLeftOut() {
    Dataset d = twoUnitsAnd(
        // the 质量抽测 of the same unit
        score(XINXING, TestKind.SPOT_CHECK, Phase.BASELINE, 30, "50").build(),
        score(XINXING, TestKind.SPOT_CHECK, Phase.FINAL, 30, "90").build(),
        // grade 4 and Chinese are outside the grade 3 math group
        score(XINXING, 4, SchoolSubject.MATH, Q, Phase.BASELINE, 30, "50").build(),
        score(XINXING, 4, SchoolSubject.MATH, Q, Phase.FINAL, 30, "90").build(),
        score(XINXING, 3, SchoolSubject.CHINESE, Q, Phase.BASELINE, 30, "50").build(),
        score(XINXING, 3, SchoolSubject.CHINESE, Q, Phase.FINAL, 30, "90").build(),
        // 艾东小学 has no member in the group
        score(AIDONG, Q, Phase.BASELINE, 12, "50").build(),
        score(AIDONG, Q, Phase.FINAL, 12, "90").build());
    MetricResult m = metric(d, GROUPS, Measures.improvement(Q), "10", "5", MATH3);
    assertValue("4.0000", m); // 80 − 76, as without them
  }

  @Test
  void spotCheckImprovementReadsOnlySpotCheckRecords() {
    Dataset d = twoUnitsAnd(
        score(XINXING, TestKind.SPOT_CHECK, Phase.BASELINE, 30, "70.00").build(),
        score(XINXING, TestKind.SPOT_CHECK, Phase.FINAL, 30, "72.50").build());
    MetricResult m = metric(d, GROUPS, Measures.improvement(TestKind.SPOT_CHECK), "10", "5", MATH3);
    assertValue("2.5000", m); // 72.50 − 70.00
    assertPoints("5.00", m); // 10 × 2.5 / 5 = 5
  }

  @Test
  void differenceIsRoundedOnceNotEachMean() {
    Dataset d = withScores(
        score(XINXING, Q, Phase.BASELINE, 2, "80").build(),
        score(LINJIA, Q, Phase.BASELINE, 1, "81").build(),
        score(XINXING, Q, Phase.FINAL, 2, "80").build(),
        score(LINJIA, Q, Phase.FINAL, 1, "82").build());
    MetricResult m = metric(d, GROUPS, Measures.improvement(Q), "10", "5", MATH3);
    // baseline (160 + 81) / 3 = 241/3, final (160 + 82) / 3 = 242/3; difference 1/3 = 0.33333… → 0.3333
    // (rounding each mean first would give 80.6667 − 80.3333 = 0.3334)
    assertValue("0.3333", m);
    assertPoints("0.67", m); // 10 × 0.3333 / 5 = 0.6666 → 0.67
  }

  @Test
  void declineIsNegativeAndEarnsNothing() {
    Dataset d = withScores(
        score(XINXING, Q, Phase.BASELINE, 30, "80.00").build(),
        score(XINXING, Q, Phase.FINAL, 30, "78.50").build());
    MetricResult m = metric(d, GROUPS, Measures.improvement(Q), "10", "5", MATH3);
    assertValue("-1.5", m); // 78.50 − 80.00
    assertPoints("0.00", m); // clamped to 0
  }

  @Test
  void scoreRateImprovementDividesEachMeanByItsFullMark() {
    Dataset d = withScores(
        score(XINXING, Q, Phase.BASELINE, 30, "90").fullMark(new BigDecimal("120")).build(),
        score(XINXING, Q, Phase.FINAL, 30, "96").fullMark(new BigDecimal("120")).build());
    MetricResult m = metric(d, GROUPS, Measures.improvement(Q, ScoreValue.SCORE_RATE), "10", "0.1", MATH3);
    assertValue("0.0500", m); // 96/120 − 90/120 = 0.8 − 0.75 = 0.05
    assertPoints("5.00", m); // 10 × 0.05 / 0.1 = 5
  }

  @Test
  void missingWhenNoUnitHasBothPhases() {
    Dataset d = withScores(
        score(XINXING, Q, Phase.BASELINE, 30, "80.00").build(),
        score(LINJIA, Q, Phase.FINAL, 20, "73.25").build());
    MetricResult m = metric(d, GROUPS, Measures.improvement(Q), "10", "5", MATH3);
    assertTrue(m.isMissing()); // 辛兴 has no final, 林家村 no baseline
    assertPoints("0.00", m); // missing data scores 0
  }

  @Test
  void aSchoolMergedUnderADeputyBringsItsResults() {
    // 林家村 sends no teacher of its own: 辛兴's deputy 王芳 represents it (合并组成一个教研组),
    // so 林家村's records are still the group's: the same 80 − 76 = 4 as with 张丽 in the group
    Dataset d = twoUnitsAnd();
    dev.huzhu.core.team.Team math3 = d.team(MATH3).orElseThrow();
    java.util.List<dev.huzhu.core.team.Membership> members = new java.util.ArrayList<>();
    for (dev.huzhu.core.team.Membership m : math3.members()) {
      if (m.person().equals(SeedGroups.ZHANG_LI)) {
        continue;
      }
      members.add(m.person().equals(SeedGroups.WANG_FANG)
          ? dev.huzhu.core.team.Membership.builder().person(m.person()).role(m.role())
              .addRepresents(SeedGroups.LINJIA).build()
          : m);
    }
    Dataset merged = dev.huzhu.core.ImmutableDataset.copyOf(d).withTeams(
        dev.huzhu.core.team.ImmutableTeam.copyOf(math3).withMembers(members));
    MetricResult m = metric(merged, GROUPS, Measures.improvement(Q), "10", "5", MATH3);
    assertValue("4.0000", m);
    assertEvidence(m, "zc-linjia/3/MATH/QUALITY_TEST/BASELINE", "zc-linjia/3/MATH/QUALITY_TEST/FINAL",
        "zc-xinxing/3/MATH/QUALITY_TEST/BASELINE", "zc-xinxing/3/MATH/QUALITY_TEST/FINAL");
  }
}
