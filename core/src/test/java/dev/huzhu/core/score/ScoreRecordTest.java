package dev.huzhu.core.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.huzhu.core.InvalidValueException;
import dev.huzhu.core.school.SchoolSubject;
import dev.huzhu.core.validation.CoreProblemCode;
import dev.huzhu.core.validation.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A test result of one school's grade and subject, its key, and the unit it belongs to. */
class ScoreRecordTest {

  @Test
  void fullMarkIsHundredWhenAbsent() {
    ScoreRecord record = baseline("jb-hdj", 3, SchoolSubject.MATH).build();

    assertThat(record.fullMark()).isEqualByComparingTo("100");
  }

  @Test
  void fullMarkCanBeStated() {
    ScoreRecord record = baseline("jb-hdj", 3, SchoolSubject.MATH).fullMark(new BigDecimal("120"))
        .build();

    assertThat(record.fullMark()).isEqualByComparingTo("120");
  }

  @Test
  void ratesAreAbsentUnlessGiven() {
    ScoreRecord record = baseline("jb-hdj", 3, SchoolSubject.MATH).passRate(new BigDecimal("0.92"))
        .build();

    assertThat(record.passRate()).contains(new BigDecimal("0.92"));
    assertThat(record.excellentRate()).isEmpty();
  }

  @Test
  void keyIsSchoolGradeSubjectTestPhase() {
    ScoreRecord record = baseline("jb-hdj", 3, SchoolSubject.MATH).build();

    assertThat(record.key()).isEqualTo("jb-hdj/3/MATH/QUALITY_TEST/BASELINE");
    assertThat(ImmutableScoreRecord.copyOf(record).withTest(TestKind.SPOT_CHECK)
        .withPhase(Phase.FINAL).key()).isEqualTo("jb-hdj/3/MATH/SPOT_CHECK/FINAL");
  }

  @Test
  void unitIsTheSchoolGradeAndSubject() {
    ScoreRecord record = baseline("jb-hdj", 3, SchoolSubject.MATH).build();

    assertThat(record.scoreUnit()).isEqualTo(ScoreUnit.of("jb-hdj", 3, SchoolSubject.MATH));
    assertThat(record.scoreUnit()).hasToString("jb-hdj/3/MATH");
  }

  @Test
  void unitsOrderBySchoolThenGradeThenSubject() {
    // Subjects order as declared: CHINESE, MATH, ENGLISH, ...
    ScoreUnit a = ScoreUnit.of("jb-hdj", 3, SchoolSubject.CHINESE);
    ScoreUnit b = ScoreUnit.of("jb-hdj", 3, SchoolSubject.MATH);
    ScoreUnit c = ScoreUnit.of("jb-hdj", 4, SchoolSubject.CHINESE);
    ScoreUnit d = ScoreUnit.of("jb-sbs", 1, SchoolSubject.CHINESE);
    ScoreUnit e = ScoreUnit.of("jb-sbs", 1, SchoolSubject.ENGLISH);
    List<ScoreUnit> units = new ArrayList<>(List.of(e, c, a, d, b));

    Collections.sort(units);

    assertThat(units).containsExactly(a, b, c, d, e);
  }

  @Test
  void recordWithGradeTenIsRefused() {
    Problem problem = assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> baseline("jb-hdj", 10, SchoolSubject.MATH).build()).actual().problem();

    assertThat(problem.code()).isEqualTo(CoreProblemCode.INVALID_GRADE);
    assertThat(problem.path()).isEqualTo("grade");
  }

  /** 红墩界中心小学's (or another school's) 教学质量检测 at baseline: 40 students, mean 71.5. */
  private static ImmutableScoreRecord.Builder baseline(String school, int grade, SchoolSubject subject) {
    return ScoreRecord.builder().school(school).grade(grade).schoolSubject(subject)
        .test(TestKind.QUALITY_TEST).phase(Phase.BASELINE).students(40)
        .mean(new BigDecimal("71.5"));
  }
}
