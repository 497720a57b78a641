package dev.huzhu.core.synthetic;

import dev.huzhu.core.ImmutableDataset;
import dev.huzhu.core.school.SchoolSubject;
import dev.huzhu.core.score.Phase;
import dev.huzhu.core.score.ImmutableScoreRecord;
import dev.huzhu.core.score.ScoreRecord;
import dev.huzhu.core.score.TestKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates score records for every school, grade and assessed subject of a community: a
 * 教学质量检测 for every grade, a 质量抽测 for grades 3 and 6 (grade 6's out of 120), each with a
 * baseline and a final — except about one unit in ten, which lacks one phase. Numbers are drawn
 * as whole hundredths and basis points, so no binary fraction ever reaches a record.
 */
final class ScoreGenerator {
  private final SplittableRandom random;
  private final ImmutableDataset.Builder data;

  ScoreGenerator(SplittableRandom random, ImmutableDataset.Builder data) {
    this.random = random;
    this.data = data;
  }

  void school(String school) {
    for (int g = 1; g <= 6; g++) {
      for (SchoolSubject schoolSubject : Curriculum.schoolSubjectsOf(g)) {
        unit(school, g, schoolSubject, TestKind.QUALITY_TEST, 100);
        if (g == 3 || g == 6) {
          unit(school, g, schoolSubject, TestKind.SPOT_CHECK, g == 6 ? 120 : 100);
        }
      }
    }
  }

  private void unit(String school, int grade, SchoolSubject schoolSubject, TestKind test, int fullMark) {
    int missing = random.nextInt(20); // 0: no baseline, 1: no final
    int students = 20 + random.nextInt(36);
    int baseline = 5500 + random.nextInt(3600); // hundredths of a mark out of 100
    int finalMean = Math.min(10000, Math.max(0, baseline - 300 + random.nextInt(1200)));
    if (missing != 0) {
      data.addScores(record(school, grade, schoolSubject, test, Phase.BASELINE, students, baseline, fullMark));
    }
    if (missing != 1) {
      int finalStudents = Math.max(1, students - 2 + random.nextInt(5));
      data.addScores(record(school, grade, schoolSubject, test, Phase.FINAL, finalStudents, finalMean, fullMark));
    }
  }

  private ScoreRecord record(String school, int grade, SchoolSubject schoolSubject, TestKind test, Phase phase,
      int students, int hundredths, int fullMark) {
    // hundredths is out of 100; scale to the full mark in whole hundredths
    long scaled = (long) hundredths * fullMark / 100;
    ImmutableScoreRecord.Builder r = ScoreRecord.builder().school(school).grade(grade).schoolSubject(schoolSubject)
        .test(test).phase(phase).students(students).mean(BigDecimal.valueOf(scaled, 2));
    if (fullMark != 100) {
      r.fullMark(BigDecimal.valueOf(fullMark));
    }
    if (test == TestKind.QUALITY_TEST) {
      int pass = clamp(hundredths + 1500 + random.nextInt(600) - 300);
      int excellent = clamp((hundredths - 7000) * 2 + random.nextInt(1000) - 500);
      r.passRate(BigDecimal.valueOf(pass, 4)).excellentRate(BigDecimal.valueOf(Math.min(pass, excellent), 4));
    }
    return r.build();
  }

  private static int clamp(int basisPoints) {
    return Math.max(0, Math.min(10000, basisPoints));
  }

  void schools(List<String> schools) {
    schools.forEach(this::school);
  }
}
