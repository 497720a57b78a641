package dev.huzhu.evaluation;

import static dev.huzhu.evaluation.Fixtures.CORE;
import static dev.huzhu.evaluation.Fixtures.LIN_ZAIXIA;
import static dev.huzhu.evaluation.Fixtures.LI_WEI;
import static dev.huzhu.evaluation.Fixtures.d;
import static dev.huzhu.evaluation.Fixtures.dataset;
import static dev.huzhu.evaluation.Fixtures.group;
import static dev.huzhu.evaluation.Fixtures.leader;
import static org.assertj.core.api.Assertions.assertThat;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.school.SchoolSubject;
import dev.huzhu.core.score.Phase;
import dev.huzhu.core.score.ScoreRecord;
import dev.huzhu.core.score.TestKind;
import dev.huzhu.evaluation.policy.BuiltInPolicies;
import dev.huzhu.evaluation.policy.ImmutablePolicy;
import dev.huzhu.evaluation.policy.Policy;
import dev.huzhu.evaluation.policy.Rounding;
import dev.huzhu.evaluation.report.Report;
import dev.huzhu.evaluation.report.SubjectResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A bureau's published quality formula, S = (合格率×50% + 得分率×45% + 优秀率×5%)×100 rounded once
 * at the end, reproduced to the cent by the built-in {@code quality-formula} policy
 * ({@code rounding: {values: exact, points: total}}).
 *
 * <p>Schools are not yet assessed subjects here, so each published school is a research group
 * whose one score unit is the school's record: g-a (grade 3 math of 实验小学) holds the first
 * published school's figures, g-b (grade 4 math) the second's. Each group's leader is a teacher
 * of 实验小学 and it has no deputy, so its score units are exactly that one record.
 *
 * <p>School A: 合格率 0.9235, mean 78.35 of 100 (得分率 0.7835), 优秀率 0.2103.<br>
 * School B: mean 103 of 120 (得分率 103/120 = 0.858333…); its rates are not the same as A's
 * (with A's rates both roundings give 85.85: 46.175 + 38.625 + 1.0515 = 85.8515), so we state
 * others that show the published difference: 合格率 0.8920, 优秀率 0.2800.
 */
class QualityFormulaTest {

  private static final Report BUREAU = Assessment.of(BuiltInPolicies.qualityFormula()).run(data());
  private static final Report DEFAULT = Assessment.of(ImmutablePolicy
      .copyOf(BuiltInPolicies.qualityFormula()).withRounding(Rounding.defaults())).run(data());

  @Test
  void theFirstPublishedSchoolScores82point48() {
    // 0.9235 × 50 = 46.175; 0.7835 × 45 = 35.2575; 0.2103 × 5 = 1.0515;
    // 46.175 + 35.2575 + 1.0515 = 82.484 → 82.48 (one rounding, at the end)
    SubjectResult a = BUREAU.subject("g-a").orElseThrow();
    assertThat(a.metric("pass").orElseThrow().points().toPlainString()).isEqualTo("46.1750");
    assertThat(a.metric("score").orElseThrow().points().toPlainString()).isEqualTo("35.2575");
    assertThat(a.metric("excellent").orElseThrow().points().toPlainString()).isEqualTo("1.0515");
    assertThat(a.exactTotal()).contains(d("82.484"));
    assertThat(a.total().toPlainString()).isEqualTo("82.48");
  }

  @Test
  void theSecondPublishedSchoolScores84point63() {
    // 得分率 103 / 120 = 0.858333… kept exact: 45 × 103 / 120 = 4635 / 120 = 38.625;
    // 0.8920 × 50 = 44.6; 0.2800 × 5 = 1.4; 44.6 + 38.625 + 1.4 = 84.625 → 84.63
    SubjectResult b = BUREAU.subject("g-b").orElseThrow();
    assertThat(b.metric("score").orElseThrow().value()).contains(d("0.858333333333"));
    assertThat(b.metric("score").orElseThrow().points().toPlainString()).isEqualTo("38.6250");
    assertThat(b.exactTotal()).contains(d("84.625"));
    assertThat(b.total().toPlainString()).isEqualTo("84.63");
  }

  @Test
  void theDefaultRoundingGivesTheFiguresTheBureauDoesNotPublish() {
    // A: 46.175 → 46.18; 35.2575 → 35.26; 1.0515 → 1.05; 46.18 + 35.26 + 1.05 = 82.49
    assertThat(DEFAULT.subject("g-a").orElseThrow().total().toPlainString()).isEqualTo("82.49");
    // B: 得分率 0.8583 (4 places); 45 × 0.8583 = 38.6235 → 38.62; 44.60 + 38.62 + 1.40 = 84.62
    SubjectResult b = DEFAULT.subject("g-b").orElseThrow();
    assertThat(b.metric("score").orElseThrow().value()).contains(d("0.8583"));
    assertThat(b.metric("score").orElseThrow().points().toPlainString()).isEqualTo("38.62");
    assertThat(b.total().toPlainString()).isEqualTo("84.62");
    assertThat(b.exactTotal()).isEmpty();
  }

  @Test
  void theExplanationReAddsAndStatesTheExactTotal() {
    assertThat(BUREAU.explain("g-a"))
        .contains("教学质量 (quality): 82.4840 / 100 = 46.1750 + 35.2575 + 1.0515")
        .contains("total = 82.4840 = 82.484 exactly → 82.48");
    assertThat(BUREAU.explain("g-b")).contains("total = 84.6250 = 84.625 exactly → 84.63");
  }

  @Test
  void theOrderUsesTheRoundedTotal() {
    // 84.63 before 82.48
    assertThat(BUREAU.subjects()).extracting(SubjectResult::id).containsExactly("g-b", "g-a");
  }

  private static Dataset data() {
    return dataset(List.of(group("g-a", 3, SchoolSubject.MATH, leader(LI_WEI)),
            group("g-b", 4, SchoolSubject.MATH, leader(LIN_ZAIXIA))), List.of())
        .addScores(
            record(3).mean(d("78.35")).passRate(d("0.9235")).excellentRate(d("0.2103")).build(),
            record(4).mean(d("103")).fullMark(d("120")).passRate(d("0.8920"))
                .excellentRate(d("0.2800")).build())
        .build();
  }

  private static dev.huzhu.core.score.ImmutableScoreRecord.Builder record(int grade) {
    return ScoreRecord.builder().school(CORE).grade(grade).schoolSubject(SchoolSubject.MATH)
        .test(TestKind.QUALITY_TEST).phase(Phase.FINAL).students(40);
  }
}
