package dev.huzhu.testkit;

import dev.huzhu.core.Dataset;
import dev.huzhu.evaluation.policy.Policy;
import dev.huzhu.io.DatasetFiles;
import dev.huzhu.io.PolicyFiles;
import java.nio.file.Path;
import java.util.List;

/**
 * The examples' seed files (examples/data, beside this module): 诸城's structure, its fall term
 * 2012 log and scores of the sixteen 学科中心教研组, and the built-in policies.
 *
 * <p>The figures the tests here pin under 中心教研组捆绑考核, re-added by hand from
 * zhucheng-activities.csv, zhucheng-scores.csv and policies/zhucheng-bundled.yaml (the examples'
 * policy test file and ZhuchengSiteTest work 五年级语文 in full):
 * <ul>
 *   <li>g-zc-math3 三年级数学: materials 3 + 4 + 2 + 3 = 12 → 10.00; 4 专题 → 15.00; 示范课 2 + 1
 *       and 送课 1 = 4 lessons over 6 members = 0.6667 → 15 × 0.6667 / 2 = 5.00; process 30.00.
 *       教学质量检测, the same pupils at both phases: (312 × 1.7 + 95 × 4.4 + 57 × 5.1 + 108 × 2.8
 *       + 84 × 4.8) / 656 = (530.4 + 418 + 290.7 + 302.4 + 403.2) / 656 = 1944.7 / 656 = 2.9645,
 *       the largest of the 16 → 40.00; 质量抽测 (40 × 1.3 + 30 × (4.3 + 4.5 + 2.4 + 4.4)) / (40 ×
 *       85.90 + 30 × (73.50 + 70.60 + 75.80 + 71.90)) = 520 / 12190 = 0.0427, rank 1 of 16 → 20.00;
 *       outcome 60.00; 每月坚持 September to January, 5 × 0.5 capped at 2 → 2.00; total 92.00.</li>
 *   <li>g-zc-chinese3 三年级语文: materials 2 + 3 + 2 + 3 + 2 = 12 → 10.00; 4 专题 → 15.00; 示范课
 *       2 + 1 + 1 + 1 and 送课 2 + 1 + 1 = 9 lessons over 6 members = 1.5 → 15 × 1.5 / 2 = 11.25;
 *       process 36.25. 教学质量检测 (312 × 1.2 + 95 × 3.8 + 57 × 5.1 + 108 × 2.8 + 84 × 3.6) / 656
 *       = 1630.9 / 656 = 2.4861; relative from −0.3843 (六年级英语) to 2.9645: 40 × 2.8704 / 3.3488
 *       = 34.2857… → 34.29; 质量抽测 (40 × 0.9 + 30 × (3.1 + 3.9 + 2.3 + 3.7)) / (40 × 86.20 + 30 ×
 *       (73.90 + 70.60 + 76.80 + 73.00)) = 426 / 12277 = 0.0347, rank 5 (behind 0.0427 三年级数学,
 *       0.0410 五年级语文, 465 / 12231 = 0.0380 四年级数学, 418 / 11957 = 0.0350 五年级数学) → 20 × 11
 *       / 15 = 14.67; outcome 48.96; + 2.00 = 87.21.</li>
 *   <li>g-zc-math5 五年级数学: materials 3 + 3 + 2 + 2 = 10 → 10 × 10 / 12 = 8.33; 4 专题 → 15.00;
 *       示范课 1 + 2 + 2 + 1 and 送课 2 + 1 + 1 = 10 lessons over 6 members = 1.6667 → 12.50;
 *       process 35.83. 教学质量检测 (333 × 1.0 + 97 × 4.1 + 56 × 3.8 + 114 × 3.0 + 85 × 4.2) / 685
 *       = 1642.5 / 685 = 2.3978 → 40 × 2.7821 / 3.3488 = 33.2310… → 33.23; 质量抽测 (40 × 1.0 + 30 ×
 *       (3.4 + 3.6 + 2.7 + 2.9)) / (40 × 83.30 + 30 × (72.60 + 69.20 + 75.40 + 70.30)) = 418 / 11957
 *       = 0.0350, rank 4 → 20 × 12 / 15 = 16.00; outcome 49.23; + 2.00 = 87.06.</li>
 *   <li>The order by total (the others re-added the same way from the two CSVs): 五年级语文 97.10, 三年级数学 92.00, 四年级数学 88.52, 三年级语文 87.21,
 *       五年级数学 87.06, 四年级语文 82.79 (vetoed), 五年级英语 71.59, 二年级语文 70.74, 一年级数学
 *       64.55, 一年级语文 62.72, 三年级英语 61.13, 六年级数学 54.93, 二年级数学 40.45, 六年级语文 40.08,
 *       四年级英语 29.41, 六年级英语 16.33: no tie, so each rank is its place.</li>
 *   <li>优秀 ≥ 85 with at most floor(16 × 0.3) = floor(4.8) = 4 seats: the first four; 五年级数学
 *       reaches 85 but finds no seat (良好). 优秀互助组 names those four, 成绩突出的组长 their leaders.</li>
 * </ul>
 * seed.json alone holds no activity and no score: every group scores 0.00 and no award has a
 * winner.
 */
final class Seed {
  private Seed() {}

  static final Path DATA = Path.of("..", "examples", "data");

  static Dataset structure() {
    return DatasetFiles.read(DATA.resolve("seed.json"));
  }

  static Dataset zhucheng() {
    return DatasetFiles.read(DATA.resolve("seed.json"), List.of(DATA.resolve("zhucheng-activities.csv")),
        List.of(DATA.resolve("zhucheng-scores.csv")));
  }

  static Policy policy(String name) {
    return PolicyFiles.read(DATA.resolve("policies").resolve(name + ".yaml"));
  }
}
