package dev.huzhu.cli;

import static dev.huzhu.cli.Cli.huzhu;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code huzhu explain} on a community prints its figures and the score records they cite, school
 * by school, so that the gap and the 差异系数 re-add by hand.
 */
class ExplainCommunityTest {
  static final String DATASET = """
      {
        "format": "huzhu-dataset",
        "version": 1,
        "schools": [
          {"id": "s-jb6", "name": "靖边六小", "locality": "URBAN", "stage": "PRIMARY", "county": "靖边县"},
          {"id": "s-jb-hdj", "name": "红墩界中心小学", "locality": "TOWNSHIP", "stage": "PRIMARY", "county": "靖边县"},
          {"id": "s-jb-ymj", "name": "杨米涧九年制学校", "locality": "VILLAGE", "stage": "NINE_YEAR", "county": "靖边县"}
        ],
        "communities": [
          {"id": "c-jb6", "name": "靖边六小城乡互助共同体", "core": "s-jb6", "members": ["s-jb-hdj", "s-jb-ymj"],
           "formation": "POLICY_ASSIGNED", "established": "2012-09-01"}
        ],
        "scores": [
          {"school": "s-jb6", "grade": 4, "subject": "MATH", "test": "QUALITY_TEST", "phase": "BASELINE", "students": 50, "mean": 80.00},
          {"school": "s-jb6", "grade": 4, "subject": "MATH", "test": "QUALITY_TEST", "phase": "FINAL", "students": 50, "mean": 84.00},
          {"school": "s-jb-hdj", "grade": 4, "subject": "MATH", "test": "QUALITY_TEST", "phase": "BASELINE", "students": 38, "mean": 71.40},
          {"school": "s-jb-hdj", "grade": 4, "subject": "MATH", "test": "QUALITY_TEST", "phase": "FINAL", "students": 38, "mean": 76.00},
          {"school": "s-jb-ymj", "grade": 4, "subject": "MATH", "test": "QUALITY_TEST", "phase": "BASELINE", "students": 12, "mean": 65.00},
          {"school": "s-jb-ymj", "grade": 4, "subject": "MATH", "test": "QUALITY_TEST", "phase": "FINAL", "students": 12, "mean": 72.00}
        ]
      }
      """;

  static final String POLICY = """
      format: huzhu-policy
      version: 1
      id: jb-balance
      title: 城乡均衡
      period: {from: 2012-09-01, to: 2013-08-31}
      subjects: {communities: true}
      sections:
        - id: balance
          label: 城乡差距
          points: 100
          metrics:
            - {id: narrowing, label: 差距缩小, points: 60,
               measure: {type: gapChange, test: QUALITY_TEST}, scoring: {type: linear, target: 2}}
            - {id: dispersion, label: 差异系数, points: 40,
               measure: {type: dispersion, test: QUALITY_TEST, phase: FINAL, subject: MATH, grade: 4},
               scoring: {type: linear, target: 1}}
      """;

  @TempDir
  Path dir;

  @Test
  void aCommunitysFiguresReAddFromTheRecordsItPrints() throws IOException {
    Path data = Files.writeString(dir.resolve("data.json"), DATASET, StandardCharsets.UTF_8);
    Path policy = Files.writeString(dir.resolve("policy.yaml"), POLICY, StandardCharsets.UTF_8);

    Cli.Run run = huzhu("explain", "c-jb6", "--data", data, "--policy", policy);

    assertThat(run.exit()).isZero();
    // members' baseline (38 × 71.40 + 12 × 65.00) / 50 = 3493.2 / 50 = 69.864: gap 80 − 69.864 = 10.136
    // members' final (38 × 76 + 12 × 72) / 50 = 3752 / 50 = 75.04: gap 84 − 75.04 = 8.96
    // change 10.136 − 8.96 = 1.176: 60 × 1.176 / 2 = 35.28
    // final: X̄ = (50 × 84 + 38 × 76 + 12 × 72) / 100 = 79.52; Σ P (v − X̄)² = 50 × 4.48² + 38 × 3.52²
    // + 12 × 7.52² = 1003.52 + 470.8352 + 678.6048 = 2152.96; / 100 = 21.5296; S = 4.64;
    // 4.64 / 79.52 = 0.05835… → 0.0584: 40 × 0.0584 = 2.336 → 2.34; total 35.28 + 2.34 = 37.62
    assertThat(run.out())
        .startsWith("c-jb6 靖边六小城乡互助共同体 — order 1, rank 1, total 37.62\n")
        .contains("差距缩小 (narrowing): x = 1.1760 → 35.28 / 60")
        .contains("差异系数 (dispersion): x = 0.0584 → 2.34 / 40")
        .contains("""
              score records cited (weighted by students):
              core school s-jb6 靖边六小
                s-jb6/4/MATH/QUALITY_TEST/BASELINE: 50 students, mean 80.00 of 100
                s-jb6/4/MATH/QUALITY_TEST/FINAL: 50 students, mean 84.00 of 100
              member school s-jb-hdj 红墩界中心小学
                s-jb-hdj/4/MATH/QUALITY_TEST/BASELINE: 38 students, mean 71.40 of 100
                s-jb-hdj/4/MATH/QUALITY_TEST/FINAL: 38 students, mean 76.00 of 100
              member school s-jb-ymj 杨米涧九年制学校
                s-jb-ymj/4/MATH/QUALITY_TEST/BASELINE: 12 students, mean 65.00 of 100
                s-jb-ymj/4/MATH/QUALITY_TEST/FINAL: 12 students, mean 72.00 of 100
            """);
  }
}
