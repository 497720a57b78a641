package dev.huzhu.evaluation.measure;

import static dev.huzhu.evaluation.measure.SeedGroups.BASE;
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
import dev.huzhu.core.community.Community;
import dev.huzhu.core.community.Formation;
import dev.huzhu.core.school.Locality;
import dev.huzhu.core.school.School;
import dev.huzhu.core.school.SchoolSubject;
import dev.huzhu.core.school.Stage;
import dev.huzhu.core.score.Phase;
import dev.huzhu.core.score.ScoreRecord;
import dev.huzhu.core.score.TestKind;
import dev.huzhu.evaluation.policy.SubjectSelection;
import dev.huzhu.evaluation.report.MetricResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * {@code gap(test, phase)} and {@code gapChange(test)} of a community: the student-weighted value
 * of its core school's records minus that of its member schools', and how much it narrowed.
 */
class GapMeasureTest {
  private static final TestKind Q = TestKind.QUALITY_TEST;
  private static final SubjectSelection COMMUNITIES = SubjectSelection.communitiesOnly();
  private static final String ZC = "c-zc";
  private static final String JN = "c-jn";
  private static final String KEYUAN = "jn-ky";
  private static final String SHILIYING = "jn-sly";

  /**
   * 诸城: baseline 实验小学 40 × 85, 辛兴 30 × 70, 林家村 20 × 75; final 实验小学 40 × 90, 辛兴 30 × 72,
   * 林家村 20 × 74. The members' level at baseline is (2100 + 1500) / 50 = 72, at final
   * (2160 + 1480) / 50 = 72.8.
   */
  private static final ScoreRecord[] WIDENING = {
      score(CORE, Q, Phase.BASELINE, 40, "85").build(),
      score(XINXING, Q, Phase.BASELINE, 30, "70").build(),
      score(LINJIA, Q, Phase.BASELINE, 20, "75").build(),
      score(CORE, Q, Phase.FINAL, 40, "90").build(),
      score(XINXING, Q, Phase.FINAL, 30, "72").build(),
      score(LINJIA, Q, Phase.FINAL, 20, "74").build()};

  static Dataset withCommunities(ScoreRecord... scores) {
    // 济宁学院附小科苑校区 with its one member school 接庄十里营小学
    return Dataset.builder().copyFrom(BASE)
        .addSchools(School.builder().id(KEYUAN).name("济宁学院附小科苑校区").locality(Locality.URBAN)
                .stage(Stage.PRIMARY).county("济宁市").build(),
            School.builder().id(SHILIYING).name("接庄十里营小学").locality(Locality.VILLAGE)
                .stage(Stage.PRIMARY).county("济宁市").build())
        .addCommunities(Community.builder().id(JN).name("济宁学院附小科苑校区手拉手").core(KEYUAN)
            .addMembers(SHILIYING).formation(Formation.VOLUNTARY)
            .established(LocalDate.of(2011, 9, 1)).build())
        .addScores(scores).build();
  }

  @Test
  void aWideningGapIsANegativeChange() {
    Dataset d = withCommunities(WIDENING);
    MetricResult fin = metric(d, COMMUNITIES, Measures.gap(Q, Phase.FINAL), "10", "20", ZC);
    assertValue("17.2000", fin); // 90 − 72.8 = 17.2
    assertPoints("8.60", fin); // 10 × 17.2 / 20 = 8.6
    MetricResult base = metric(d, COMMUNITIES, Measures.gap(Q, Phase.BASELINE), "10", "20", ZC);
    assertValue("13.0000", base); // 85 − 72 = 13
    assertPoints("6.50", base); // 10 × 13 / 20 = 6.5
    MetricResult change = metric(d, COMMUNITIES, Measures.gapChange(Q), "10", "5", ZC);
    assertValue("-4.2000", change); // 13 − 17.2 = −4.2: the gap widened
    assertPoints("0.00", change); // linear clamps x at 0
    assertEvidence(change,
        "zc-linjia/3/MATH/QUALITY_TEST/BASELINE", "zc-linjia/3/MATH/QUALITY_TEST/FINAL",
        "zc-syxx/3/MATH/QUALITY_TEST/BASELINE", "zc-syxx/3/MATH/QUALITY_TEST/FINAL",
        "zc-xinxing/3/MATH/QUALITY_TEST/BASELINE", "zc-xinxing/3/MATH/QUALITY_TEST/FINAL");
  }

  @Test
  void aCommunityWithOneMemberSchoolComparesTheTwo() {
    Dataset d = withCommunities(
        score(KEYUAN, Q, Phase.BASELINE, 45, "82.5").build(),
        score(SHILIYING, Q, Phase.BASELINE, 15, "70").build(),
        score(KEYUAN, Q, Phase.FINAL, 45, "86").build(),
        score(SHILIYING, Q, Phase.FINAL, 15, "76.4").build());
    MetricResult change = metric(d, COMMUNITIES, Measures.gapChange(Q), "40", "5", JN);
    // baseline gap 82.5 − 70 = 12.5; final gap 86 − 76.4 = 9.6; 12.5 − 9.6 = 2.9
    assertValue("2.9000", change);
    assertPoints("23.20", change); // 40 × 2.9 / 5 = 23.2
    // 诸城 has no records at all: missing, 0 points
    MetricResult zc = metric(d, COMMUNITIES, Measures.gapChange(Q), "40", "5", ZC);
    assertTrue(zc.value().isEmpty());
    assertPoints("0.00", zc);
  }

  @Test
  void aSchoolLackingAPhaseCountsOnlyAtThePhaseItHas() {
    // 昌城 25 × 60 at baseline only: the members' baseline level is (2100 + 1500 + 1500) / 75 = 68
    Dataset d = withCommunities(plus(WIDENING,
        score(CHANGCHENG, Q, Phase.BASELINE, 25, "60").build()));
    MetricResult base = metric(d, COMMUNITIES, Measures.gap(Q, Phase.BASELINE), "10", "20", ZC);
    assertValue("17.0000", base); // 85 − 68 = 17
    MetricResult change = metric(d, COMMUNITIES, Measures.gapChange(Q), "10", "5", ZC);
    assertValue("-0.2000", change); // 17 − 17.2 = −0.2
  }

  @Test
  void aCoreSchoolLackingTheFinalLeavesTheFinalGapAndTheChangeMissing() {
    Dataset d = withCommunities(WIDENING[0], WIDENING[1], WIDENING[2], WIDENING[4], WIDENING[5]);
    assertTrue(metric(d, COMMUNITIES, Measures.gap(Q, Phase.FINAL), "10", "20", ZC).value()
        .isEmpty());
    assertTrue(metric(d, COMMUNITIES, Measures.gapChange(Q), "10", "5", ZC).value().isEmpty());
    assertValue("13.0000",
        metric(d, COMMUNITIES, Measures.gap(Q, Phase.BASELINE), "10", "20", ZC));
  }

  @Test
  void scoreRateGapsCompareEachRecordsMeanOverItsFullMark() {
    // final: 实验小学 40 × 108 of 120 (0.9), 辛兴 30 × 72 of 100 (0.72), 林家村 20 × 74 (0.74)
    Dataset d = withCommunities(
        score(CORE, Q, Phase.FINAL, 40, "108").fullMark(new BigDecimal("120")).build(),
        WIDENING[4], WIDENING[5]);
    MetricResult gap = metric(d, COMMUNITIES, Measures.gap(Q, Phase.FINAL, ScoreValue.SCORE_RATE),
        "10", "1", ZC);
    // members (30 × 0.72 + 20 × 0.74) / 50 = (21.6 + 14.8) / 50 = 0.728; 0.9 − 0.728 = 0.172
    assertValue("0.1720", gap);
    assertPoints("1.72", gap); // 10 × 0.172 = 1.72
  }

  @Test
  void subjectAndGradeFiltersChooseTheRecords() {
    // grade 4 Chinese: 实验小学 50 × 88, 辛兴 50 × 80; the grade 3 math records are not read
    Dataset d = withCommunities(plus(WIDENING,
        score(CORE, 4, SchoolSubject.CHINESE, Q, Phase.FINAL, 50, "88").build(),
        score(XINXING, 4, SchoolSubject.CHINESE, Q, Phase.FINAL, 50, "80").build()));
    GapMeasure chinese4 = GapMeasure.builder().test(Q).phase(Phase.FINAL)
        .schoolSubject(SchoolSubject.CHINESE).grade(4).build();
    MetricResult m = metric(d, COMMUNITIES, chinese4, "10", "20", ZC);
    assertValue("8.0000", m); // 88 − 80 = 8
    assertEvidence(m, "zc-syxx/4/CHINESE/QUALITY_TEST/FINAL", "zc-xinxing/4/CHINESE/QUALITY_TEST/FINAL");
    MetricResult all = metric(d, COMMUNITIES, Measures.gap(Q, Phase.FINAL), "10", "20", ZC);
    // both: core (40 × 90 + 50 × 88) / 90 = 8000 / 90; members (2160 + 1480 + 4000) / 100 = 76.4;
    // 8000 / 90 − 76.4 = 88.888… − 76.4 = 12.4888… → 12.4889
    assertValue("12.4889", all);
  }

  static ScoreRecord[] plus(ScoreRecord[] first, ScoreRecord... more) {
    ScoreRecord[] all = new ScoreRecord[first.length + more.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(more, 0, all, first.length, more.length);
    return all;
  }
}
