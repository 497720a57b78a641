package dev.huzhu.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.activity.ActivityKind;
import dev.huzhu.core.activity.PreparationStage;
import dev.huzhu.core.school.SchoolSubject;
import dev.huzhu.core.score.Phase;
import dev.huzhu.core.score.TestKind;
import dev.huzhu.core.team.Membership;
import dev.huzhu.evaluation.Assessment;
import dev.huzhu.evaluation.measure.CountMeasure;
import dev.huzhu.evaluation.measure.DispersionMeasure;
import dev.huzhu.evaluation.measure.Measure;
import dev.huzhu.evaluation.measure.Measures;
import dev.huzhu.evaluation.measure.ScoreValue;
import dev.huzhu.evaluation.policy.ImmutablePolicy;
import dev.huzhu.evaluation.policy.Metric;
import dev.huzhu.evaluation.policy.Policy;
import dev.huzhu.evaluation.policy.Section;
import dev.huzhu.evaluation.report.Report;
import dev.huzhu.evaluation.report.SubjectResult;
import dev.huzhu.evaluation.scoring.LinearScoring;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 靖边六小城乡互助共同体 (c-jb6) under the 城乡均衡 policy on the seed's files: the gap between 六小
 * and its four township and village schools at the baseline and the final quality test, how far
 * it narrowed, the 差异系数 of the schools' mathematics means, the exchange shares, the total and
 * the band. Every expected figure is worked by hand from jingbian-scores.csv and the people and
 * exchanges of seed.json (Jingbian.java), never taken from the code.
 */
class JingbianSiteTest {
  private static final Dataset SEED = SeedFiles.read();
  private static final Report REPORT = Assessment.of(SeedFiles.policy(Site.JINGBIAN)).run(SEED);
  private static final SubjectResult JB6 = REPORT.subject("c-jb6").orElseThrow();

  @Test
  void theGapWasFourteenPointsAtBaselineAndElevenAtTheEnd() {
    // Every record is a quality test of grade 3 or 5, Chinese or mathematics, out of 100, so a
    // record's 得分率 is its mean / 100; each side is weighted by students (docs/assessment.md#gap).
    // BASELINE
    //   六小     260×85.6 + 260×84.2 + 240×82.4 + 240×83.0
    //          = 22256 + 21892 + 19776 + 19920 = 83844 over 1000 pupils → 83.844 → 0.83844
    //   members 红墩界 80×72.5 + 80×73.4 + 75×70.2 + 75×71.6 = 5800 + 5872 + 5265 + 5370 = 22307
    //           杨米涧 45×69.8 + 45×71.2 + 50×67.5 + 50×70.3 = 3141 + 3204 + 3375 + 3515 = 13235
    //           四柏树 18×64.7 + 18×67.1 + 22×62.9 + 22×66.0 = 1164.6 + 1207.8 + 1383.8 + 1452 = 5208.2
    //           小桥畔 12×63.5 + 12×66.4 + 15×61.8 + 15×65.2 = 762 + 796.8 + 927 + 978 = 3463.8
    //           = 44214 over 310 + 190 + 80 + 54 = 634 pupils → 69.738170… → 0.697381703470…
    //   gap = 0.83844 − 0.697381703470… = 0.141058296530 (14.1 points of 100)
    // FINAL
    //   六小     260×86.9 + 260×85.1 + 240×83.8 + 240×83.6
    //          = 22594 + 22126 + 20112 + 20064 = 84896 over 1000 → 0.84896
    //   members 红墩界 6144 + 6096 + 5587.5 + 5550 = 23377.5; 杨米涧 3325.5 + 3348 + 3610 + 3655 =
    //           13938.5; 四柏树 1270.8 + 1287 + 1504.8 + 1544.4 = 5607; 小桥畔 837.6 + 848.4 + 1014
    //           + 1042.5 = 3742.5; = 46665.5 over 634 → 73.604890… → 0.736048895899…
    //   gap = 0.84896 − 0.736048895899… = 0.112911104101 (11.3 points): narrower, not closed
    Report story = Assessment.of(story()).run(SEED);
    SubjectResult jb6 = story.subject("c-jb6").orElseThrow();
    assertThat(value(jb6, "gap-baseline")).isEqualByComparingTo("0.141058296530");
    assertThat(value(jb6, "gap-final")).isEqualByComparingTo("0.112911104101");
  }

  @Test
  void theGapNarrowedByTwoPointEightPointsForTwentyTwoPointFiftyTwoOfForty() {
    // 0.141058296530… − 0.112911104101… = 0.028147192429 (exactly 446133 / 15850000);
    // range 0 → 0.05 over 40 points: 40 × 0.028147192429… / 0.05 = 22.517753943218…, shown to
    // 4 places (the policy rounds only the total)
    assertThat(value(JB6, "narrowing")).isEqualByComparingTo("0.028147192429");
    assertThat(JB6.metric("narrowing").orElseThrow().points()).isEqualByComparingTo("22.5178");
  }

  @Test
  void theDifferenceCoefficientOfTheFinalMathematicsMeansIsWellUnderThePrimaryLine() {
    // 差异系数 (docs/assessment.md#dispersion) of the FINAL mathematics means, grades 3 and 5;
    // v_i each school's student-weighted mean, P_i its pupils:
    //   六小   (260×86.9 + 240×83.8) / 500 = (22594 + 20112) / 500 = 42706 / 500 = 85.412
    //   红墩界 (80×76.8 + 75×74.5) / 155   = (6144 + 5587.5) / 155 = 11731.5 / 155 = 75.687097…
    //   杨米涧 (45×73.9 + 50×72.2) / 95    = (3325.5 + 3610) / 95  = 6935.5 / 95 = 73.005263…
    //   四柏树 (18×70.6 + 22×68.4) / 40    = (1270.8 + 1504.8) / 40 = 2775.6 / 40 = 69.39
    //   小桥畔 (12×69.8 + 15×67.6) / 27    = (837.6 + 1014) / 27   = 1851.6 / 27 = 68.577778…
    //   X̄ = (42706 + 11731.5 + 6935.5 + 2775.6 + 1851.6) / 817 = 66000.2 / 817 = 80.783599…
    //   Σ P_i (v_i − X̄)² = 500 × 4.628401² + 155 × 5.096502² + 95 × 7.778336² + 40 × 11.393599²
    //     + 27 × 12.205821² = 10711.0501 + 4026.0212 + 5747.7376 + 5192.5635 + 4022.5156
    //     = 29699.888
    //   S = √(29699.888 / 817) = √36.352372… = 6.029293…; S / X̄ = 6.029293 / 80.783599
    //     = 0.074635110889 ≤ 0.2 → 30 of 30
    assertThat(value(JB6, "dispersion")).isEqualByComparingTo("0.074635110889");
    assertThat(JB6.metric("dispersion").orElseThrow().points()).isEqualByComparingTo("30");
    // At BASELINE the same schools stood at 42032 / 500 = 84.064, 11065 / 155 = 71.387097…,
    // 6516 / 95 = 68.589474…, 2548.4 / 40 = 63.71 and 1689 / 27 = 62.555556…: X̄ = 63850.4 / 817
    // = 78.152264…, Σ P (v − X̄)² = 17474.3090 + 7093.9614 + 8687.4618 + 8343.1600 + 6567.9478
    // = 48166.8400, S = √(48166.84 / 817) = √58.955740… = 7.678264…, S / X̄ = 0.098247494415:
    // the schools drew closer over the year (0.0982 → 0.0746).
    Report story = Assessment.of(story()).run(SEED);
    assertThat(value(story.subject("c-jb6").orElseThrow(), "dispersion-baseline"))
        .isEqualByComparingTo("0.098247494415");
  }

  @Test
  void twoOfTwentyFiveTeachersAreExchangedOneOfThemABackboneTeacher() {
    // 25 teachers at the five schools (8 at 六小, 5 at 红墩界, 5 at 杨米涧, 4 at 四柏树, 3 at
    // 小桥畔); on a teaching exchange in the year: 六小's 五年级数学骨干教师 (to 四柏树) and
    // 三年级语文教师 (to 小桥畔), spring 2013. The eight 观摩锻炼 turns at 六小 are 跟岗
    // (SHADOWING), not teaching exchanges, and do not count.
    //   交流比例 2 / 25 = 0.08, under the 10% line: 20 × 0.08 / 0.1 = 16 of 20
    //   骨干比例 1 / 2 = 0.5 ≥ 0.2: 10 of 10
    assertThat(value(JB6, "exchange")).isEqualByComparingTo("0.08");
    assertThat(JB6.metric("exchange").orElseThrow().points()).isEqualByComparingTo("16");
    assertThat(JB6.metric("exchange").orElseThrow().evidence().ids())
        .containsExactly("x-jb6-chinese3", "x-jb6-math5");
    assertThat(value(JB6, "backbone")).isEqualByComparingTo("0.5");
    assertThat(JB6.metric("backbone").orElseThrow().points()).isEqualByComparingTo("10");
  }

  @Test
  void jingbianIsImprovingNotYetBalancedAndFirstOfTheFourCommunities() {
    // 22.517753943218 + 30 + 16 + 10 = 78.517753943218 → 78.52: 改善 (50 ≤ 78.52 < 80, 均衡)
    assertThat(JB6.exactTotal().orElseThrow()).isEqualByComparingTo("78.517753943218");
    assertThat(JB6.total()).isEqualByComparingTo("78.52");
    assertThat(JB6.band()).contains("IMPROVING");
    assertThat(JB6.bandLabel()).contains("改善");
    assertThat(JB6.vetoed()).isFalse();
    assertThat(JB6.rank()).isEqualTo(1);
    assertThat(REPORT.explain("c-jb6"))
        .contains("差距缩小 (narrowing): x = 0.028147192429 → 22.5178 / 40")
        .contains("total = 78.5178 = 78.517753943218 exactly → 78.52");
  }

  @Test
  void theLeadershipGroupDividedItsDuties() {
    // "成立了领导小组，进行了管理分工，明确要求，落实责任": every member carries a duty
    List<Membership> members = SEED.team("g-jb6-lead").orElseThrow().members();
    assertThat(members).hasSize(6).allSatisfy(m -> assertThat(m.duties()).isNotEmpty());
    assertThat(members.get(0).duties()).contains("全面负责共同体帮扶工作");
  }

  @Test
  void twoRoundsOfSameLessonDifferentDesignsEachReachTheirGroupReview() {
    // 同课异构: grade 5 Chinese in December 2012, grade 3 mathematics in April 2013, five steps
    // each; the stages filter finds the two group reviews and the ten steps of both rounds
    Report story = Assessment.of(story()).run(SEED);
    SubjectResult jb6 = story.subject("c-jb6").orElseThrow();
    assertThat(value(jb6, "reviews")).isEqualByComparingTo("2");
    assertThat(value(jb6, "preparations")).isEqualByComparingTo("10");
  }

  /** The built-in policy with the figures behind its story as metrics of one point each. */
  private static Policy story() {
    Policy balance = SeedFiles.policy(Site.JINGBIAN);
    return ImmutablePolicy.copyOf(balance)
        .withSections(List.of(Section.builder().id("story").label("story").points(new BigDecimal(5))
            .addMetrics(
                metric("gap-baseline",
                    Measures.gap(TestKind.QUALITY_TEST, Phase.BASELINE, ScoreValue.SCORE_RATE)),
                metric("gap-final",
                    Measures.gap(TestKind.QUALITY_TEST, Phase.FINAL, ScoreValue.SCORE_RATE)),
                metric("dispersion-baseline", DispersionMeasure.builder()
                    .test(TestKind.QUALITY_TEST).phase(Phase.BASELINE)
                    .schoolSubject(SchoolSubject.MATH).build()),
                metric("reviews", CountMeasure.builder()
                    .stages(List.of(PreparationStage.GROUP_REVIEW)).build()),
                metric("preparations", Measures.count(ActivityKind.LESSON_PREPARATION)))
            .build()))
        .withVetoes(List.of());
  }

  private static Metric metric(String id, Measure measure) {
    return Metric.builder().id(id).label(id).points(BigDecimal.ONE).measure(measure)
        .scoring(LinearScoring.of(BigDecimal.ONE)).build();
  }

  private static BigDecimal value(SubjectResult subject, String metric) {
    return subject.metric(metric).orElseThrow().value().orElseThrow();
  }
}
