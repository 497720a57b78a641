package dev.huzhu.cli;

import static dev.huzhu.cli.Cli.huzhu;
import static dev.huzhu.cli.HandBuiltFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.huzhu.cli.Cli.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code huzhu test} on policy test files over the hand-built 靖边 files: the leadership group
 * g-jb6-lead sent 2 lessons, and the policy gives 100 points for 4, so it earns
 * 2 / 4 × 100 = 50.00, graded UNQUALIFIED (below 60); each of its three members gets
 * round2(50.00 × 1.0) = 50.00 bundled points.
 */
class TestCommandTest {
  /** The explanation of g-jb6-lead's figures, as a failure shows it (indented by six). */
  private static final String EXPLAINED = """
            g-jb6-lead 领导小组 — order 1, rank 1, total 50.00, grade UNQUALIFIED 不合格
              送教 (delivery): 50.00 / 100 = 50.00
                送教节数 (lessons): x = 2 → 50.00 / 100  [1 record: a-jb-20121113-sent]
              total = 50.00 = 50.00
      """;

  @TempDir
  Path dir;

  @BeforeEach
  void handBuiltFiles() {
    new HandBuiltFiles(dir); // jingbian.json and jb-lessons.yaml
  }

  @Test
  void whenEveryExpectationHoldsEachIsPassedAndTheStatusIs0() {
    Path test = write(dir.resolve("lessons.test.yaml"), header("jb-lessons.yaml", "jingbian.json")
        + """
        expectations:
          - {name: 送教总分, subject: g-jb6-lead, total: 50.00}
          - {name: 送教部分, subject: g-jb6-lead, section: delivery, points: 50}
          - {name: 送教节数, subject: g-jb6-lead, metric: lessons, value: 2}
          - {name: 送教节数得分, subject: g-jb6-lead, metric: lessons, points: 50.00}
          - {name: 不合格, subject: g-jb6-lead, grade: UNQUALIFIED}
          - {name: 第一名, subject: g-jb6-lead, rank: 1}
          - {name: 未否决, subject: g-jb6-lead, vetoed: false}
          - {name: 副校长的捆绑积分, person: p-jb6-vp, points: 50.00}
        """);

    Run run = huzhu("test", test);

    assertThat(run.out()).isEqualTo(test + "\n"
        + "  PASS 送教总分\n"
        + "  PASS 送教部分\n"
        + "  PASS 送教节数\n"
        + "  PASS 送教节数得分\n"
        + "  PASS 不合格\n"
        + "  PASS 第一名\n"
        + "  PASS 未否决\n"
        + "  PASS 副校长的捆绑积分\n"
        + "1 file, 8 expectations: 8 passed, 0 failed\n");
    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isZero();
  }

  @Test
  void aDatasetWrittenInlineIsAssessed() {
    Path test = write(dir.resolve("inline.test.yaml"), """
        format: huzhu-policy-test
        version: 1
        policy: jb-lessons.yaml
        dataset:
          schools:
            - {id: s-jb6, name: 靖边六小, locality: URBAN, stage: PRIMARY, county: 靖边县}
            - {id: s-jb-hdj, name: 红墩界中心小学, locality: TOWNSHIP, stage: PRIMARY, county: 靖边县}
          people:
            - {id: p-jb6-principal, name: 靖边六小校长, roles: [PRINCIPAL], school: s-jb6}
            - {id: p-jb6-math, name: 靖边六小数学教师, roles: [TEACHER], school: s-jb6}
          communities:
            - {id: c-jb6, name: 靖边六小城乡互助共同体, core: s-jb6, members: [s-jb-hdj],
               formation: POLICY_ASSIGNED, established: 2012-09-01}
          teams:
            - {id: g-jb6-lead, kind: LEADERSHIP_GROUP, community: c-jb6,
               members: [{person: p-jb6-principal, role: LEADER}, {person: p-jb6-math, role: MEMBER}]}
          activities:
            - {id: a-1, date: 2012-10-16, kind: SENT_LESSON, credited: [g-jb6-lead], host: s-jb-hdj,
               quantities: {lessons: 1}}
            - {id: a-2, date: 2012-11-13, kind: SENT_LESSON, credited: [g-jb6-lead], host: s-jb-hdj,
               quantities: {lessons: 2}}
        expectations:
          - {name: 送教三节, subject: g-jb6-lead, total: 75.00}
          - {name: 合格, subject: g-jb6-lead, grade: QUALIFIED}
          - {name: 组长的捆绑积分, person: p-jb6-principal, points: 75.00}
        """);

    Run run = huzhu("test", test);

    // (1 + 2) / 4 × 100 = 75.00, at least 60: QUALIFIED; the leader gets round2(75.00 × 1.0)
    assertThat(run.out()).isEqualTo(test + "\n"
        + "  PASS 送教三节\n"
        + "  PASS 合格\n"
        + "  PASS 组长的捆绑积分\n"
        + "1 file, 3 expectations: 3 passed, 0 failed\n");
    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isZero();
  }

  @Test
  void aFailedExpectationShowsItsMessageAndExplanationAndTheStatusIs1() {
    Path test = write(dir.resolve("lessons.test.yaml"), header("jb-lessons.yaml", "jingbian.json")
        + """
        expectations:
          - {name: 送教节数, subject: g-jb6-lead, metric: lessons, value: 2}
          - {name: 送教总分, subject: g-jb6-lead, total: 60.00}
        """);

    Run run = huzhu("test", test);

    // 2 lessons of the 4 the policy asks for: 2 / 4 × 100 = 50.00, not 60.00
    assertThat(run.out()).isEqualTo(test + "\n"
        + "  PASS 送教节数\n"
        + "  FAIL 送教总分 (line 7)\n"
        + "      g-jb6-lead total: expected 60.00, but it is 50.00\n"
        + EXPLAINED
        + "1 file, 2 expectations: 1 passed, 1 failed\n");
    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isEqualTo(1);
  }

  @Test
  void anInvalidFileShowsEveryProblemWithItsPlaceAndNothingIsChecked() {
    Path missing = write(dir.resolve("missing-dataset.test.yaml"), """
        format: huzhu-policy-test
        version: 1
        policy: jb-lessons.yaml
        dataset: jingbain.json
        colour: red
        expectations:
          - {name: 送教总分, subject: g-jb6-lead, total: 50.00}
        """);
    Path unknown = write(dir.resolve("unknown-metric.test.yaml"), """
        format: huzhu-policy-test
        version: 1
        policy: jb-lessons.yaml
        dataset: jingbian.json
        expectations:
          - name: 送教课时
            subject: g-jb6-lead
            metric: hours
            points: 50
        """);

    Run run = huzhu("test", missing, unknown);

    assertThat(run.out()).isEqualTo(missing + "\n"
        + "  INVALID: 2 problems\n"
        // "dataset: " is 9 characters, "colour: " 8
        + "      " + missing + ":4:10 NO_SUCH_FILE at dataset: no file jingbain.json (looked for "
        + dir.resolve("jingbain.json") + ")\n"
        + "      " + missing + ":5:9 UNKNOWN_FIELD at colour: a policy test has no field \"colour\"\n"
        + unknown + "\n"
        + "  INVALID: 1 problem\n"
        // "    metric: " is 12 characters
        + "      " + unknown + ":8:13 UNKNOWN_PART at expectations[0].metric: the policy jb-lessons"
        + " has no metric hours; its metrics are lessons\n"
        + "2 files, 0 expectations: 0 passed, 0 failed, 2 invalid files\n");
    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isEqualTo(1);
  }

  @Test
  void aFolderRunsItsTestFilesInTheOrderOfTheirPathsAndNoOtherFile() throws IOException {
    Path tests = dir.resolve("tests");
    Files.createDirectories(tests.resolve("sub"));
    Path z = write(dir.resolve("tests/z.test.yaml"), header("../jb-lessons.yaml", "../jingbian.json")
        + "expectations: [{name: z, subject: g-jb6-lead, rank: 1}]\n");
    Path a = write(dir.resolve("tests/a.test.json"), """
        {"format": "huzhu-policy-test", "version": 1, "policy": "../jb-lessons.yaml",
         "dataset": "../jingbian.json",
         "expectations": [{"name": "a", "subject": "g-jb6-lead", "grade": "UNQUALIFIED"}]}
        """);
    Path b = write(dir.resolve("tests/sub/b.test.yml"),
        header("../../jb-lessons.yaml", "../../jingbian.json")
        + "expectations: [{name: b, person: p-jb-hdj-principal, points: 50.00}]\n");
    write(dir.resolve("tests/notes.yaml"), "not: a test\n");
    write(dir.resolve("tests/sub/c.test.txt"), "not a test either\n");

    Run run = huzhu("test", tests);

    // "tests/sub/b.test.yml" sorts before "tests/z.test.yaml": 's' < 'z'
    assertThat(run.out()).isEqualTo(a + "\n"
        + "  PASS a\n"
        + b + "\n"
        + "  PASS b\n"
        + z + "\n"
        + "  PASS z\n"
        + "3 files, 3 expectations: 3 passed, 0 failed\n");
    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isZero();
  }

  @Test
  void aFolderWithoutTestFilesIsInvalidInput() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    write(empty.resolve("policy.yaml"), HandBuiltFiles.POLICY);

    Run run = huzhu("test", empty);

    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("NO_TEST_FILE: no policy test file (*.test.yaml, *.test.yml,"
        + " *.test.json) under " + empty + "\n"
        + "1 problem in the input\n");
    assertThat(run.exit()).isEqualTo(1);
  }

  @Test
  void aPathThatDoesNotExistIsInvalidInput() {
    Run run = huzhu("test", dir.resolve("nowhere"));

    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("UNREADABLE: cannot read " + dir.resolve("nowhere")
        + ": there is no such file or folder\n"
        + "1 problem in the input\n");
    assertThat(run.exit()).isEqualTo(1);
  }

  @Test
  void everyProblemOfThePathsIsReportedTogetherAndNoTestIsRun() throws IOException {
    Path test = write(dir.resolve("lessons.test.yaml"), header("jb-lessons.yaml", "jingbian.json")
        + "expectations: [{name: 送教总分, subject: g-jb6-lead, total: 50.00}]\n");
    Path empty = Files.createDirectories(dir.resolve("empty"));

    Run run = huzhu("test", test, dir.resolve("nowhere"), empty, dir.resolve("./lessons.test.yaml"));

    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("UNREADABLE: cannot read " + dir.resolve("nowhere")
        + ": there is no such file or folder\n"
        + "NO_TEST_FILE: no policy test file (*.test.yaml, *.test.yml, *.test.json) under "
        + empty + "\n"
        + "DUPLICATE_ELEMENT: the test file " + dir.resolve("./lessons.test.yaml") + " is given"
        + " twice (also as " + test + "): its expectations would count twice\n"
        + "3 problems in the input\n");
    assertThat(run.exit()).isEqualTo(1);
  }

  @Test
  void quietPrintsOnlyFailuresInvalidFilesAndTheSummary() {
    write(dir.resolve("a-passing.test.yaml"),
        header("jb-lessons.yaml", "jingbian.json")
        + "expectations: [{name: 送教总分, subject: g-jb6-lead, total: 50.00}]\n");
    Path failing = write(dir.resolve("b-failing.test.yaml"),
        header("jb-lessons.yaml", "jingbian.json") + """
        expectations:
          - {name: 送教节数, subject: g-jb6-lead, metric: lessons, value: 2}
          - {name: 合格, subject: g-jb6-lead, grade: QUALIFIED}
        """);
    Path invalid = write(dir.resolve("c-invalid.test.yaml"),
        header("jb-lessons.yaml", "jingbian.json") + "expectations: []\n");

    Run run = huzhu("test", "--quiet", dir);

    // 50.00 is below the 60 of QUALIFIED; a standing is explained by the table, then the figures
    assertThat(run.out()).isEqualTo(failing + "\n"
        + "  FAIL 合格 (line 7)\n"
        + "      g-jb6-lead grade: expected QUALIFIED, but it is UNQUALIFIED\n"
        + "      送教下乡 (jb-lessons, 2012-09-01 to 2013-01-31)\n"
        + "      #  rank  subject     kind  name       送教  total  grade\n"
        + "      " + "-".repeat(69) + "\n"
        + "      1     1  g-jb6-lead  TEAM  领导小组  50.00  50.00  不合格 UNQUALIFIED\n"
        + "\n" // a blank line of the explanation stays empty: no line ends in spaces
        + EXPLAINED
        + invalid + "\n"
        + "  INVALID: 1 problem\n"
        // "expectations: " is 14 characters
        + "      " + invalid + ":5:15 NO_EXPECTATIONS at expectations: a policy test lists at least"
        + " one expectation\n"
        + "3 files, 3 expectations: 2 passed, 1 failed, 1 invalid file\n");
    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isEqualTo(1);
  }

  @Test
  void quietWhenEverythingHoldsPrintsOnlyTheSummary() {
    Path test = write(dir.resolve("lessons.test.yaml"), header("jb-lessons.yaml", "jingbian.json")
        + "expectations: [{name: 送教总分, subject: g-jb6-lead, total: 50.00}]\n");

    Run run = huzhu("test", "-q", test);

    assertThat(run.out()).isEqualTo("1 file, 1 expectation: 1 passed, 0 failed\n");
    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isZero();
  }

  @Test
  void theSeedsZhuchengFiguresHold() {
    Path data = Path.of("../examples/data").toAbsolutePath().normalize();
    Path test = write(dir.resolve("zhucheng.test.yaml"), "format: huzhu-policy-test\n"
        + "version: 1\n"
        + "policy: " + data.resolve("policies/zhucheng-bundled.yaml") + "\n"
        + "dataset: " + data.resolve("seed.json") + "\n"
        + "activities: [" + data.resolve("zhucheng-activities.csv") + "]\n"
        + "scores: [" + data.resolve("zhucheng-scores.csv") + "]\n"
        + """
        expectations:
          - {name: 数学组总分, subject: g-zc-math3, total: 92.00}
          - {name: 数学组过程性评价, subject: g-zc-math3, section: process, points: 30.00}
          - {name: 数学组终结性评价, subject: g-zc-math3, section: outcome, points: 60.00}
          - {name: 专题活动次数, subject: g-zc-math3, metric: thematic, value: 4}
          - {name: 专题活动得分, subject: g-zc-math3, metric: thematic, points: 15.00}
          - {name: 人均讲课节数, subject: g-zc-math3, metric: lessons, value: 0.6667}
          - {name: 讲课得分, subject: g-zc-math3, metric: lessons, points: 5.00}
          - {name: 数学组优秀, subject: g-zc-math3, grade: EXCELLENT}
          - {name: 数学组第二, subject: g-zc-math3, rank: 2}
          - {name: 数学组在语文组之前, subject: g-zc-math3, before: g-zc-chinese3}
          - {name: 语文组总分, subject: g-zc-chinese3, total: 87.21}
          - {name: 语文组优秀, subject: g-zc-chinese3, grade: EXCELLENT}
          - {name: 语文组第四, subject: g-zc-chinese3, rank: 4}
          - {name: 数学组是优秀互助组, award: outstanding-group, includes: g-zc-math3}
          - {name: 五年级数学不是优秀互助组, award: outstanding-group, excludes: g-zc-math5}
          - {name: 五年级数学组长未获奖, award: outstanding-leader, doesNotName: p-zc-math5-leader}
          - {name: 数学组教师讲课不足两节, award: outstanding-teacher, doesNotName: p-zc-math3-exp}
          - {name: 数学组长的捆绑积分, person: p-zc-math3-leader, points: 92.00}
        """);

    Run run = huzhu("test", "--quiet", test);

    // 三年级数学: materials 3 + 4 + 2 + 3 = 12 → 10.00; 4 thematic activities reach the tier of 15;
    // 示范课 2 + 1 and 送课 1 = 4 lessons over 6 members = 0.6667 of the 2 asked: 0.6667 / 2 × 15 =
    // 5.00; process 10.00 + 15.00 + 5.00 = 30.00. Its gains are the best of the 16 groups: 教学质量检测
    // (312 × 1.7 + 95 × 4.4 + 57 × 5.1 + 108 × 2.8 + 84 × 4.8) / 656 = 1944.7 / 656 = 2.9645, the max
    // of relative → 40.00; 质量抽测 520 / 12190 = 0.0427, rank 1 → 20.00; outcome 60.00; with the 2.00
    // bonus (5 months × 0.5, cap 2), 30.00 + 60.00 + 2.00 = 92.00, second behind 五年级语文's 97.10.
    // 三年级语文: 10.00 + 15.00 + 15 × (9 lessons / 6 = 1.5) / 2 = 11.25 → 36.25; 教学质量检测 1630.9 /
    // 656 = 2.4861 → 40 × (2.4861 + 0.3843) / (2.9645 + 0.3843) = 34.29; 质量抽测 426 / 12277 =
    // 0.0347, rank 5 → 20 × 11 / 15 = 14.67; 36.25 + 48.96 + 2.00 = 87.21, fourth after 四年级数学's
    // 88.52. 16 groups × 30% = 4.8 → FLOOR 4 seats of 优秀: both are 优秀, 五年级数学 (87.06) is not,
    // nor is its leader named. 三年级数学's own teacher led one lesson (a-zc-m3-demo-2), not the two
    // 成绩突出的教师 asks. Every member carries the group's total × 1.0.
    assertThat(run.out()).isEqualTo("1 file, 18 expectations: 18 passed, 0 failed\n");
    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isZero();
  }

  @Test
  void withoutAPathItIsAUsageError() {
    Run run = huzhu("test");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("Missing required parameter: 'PATH'\n"
        + "Try 'huzhu test --help' for more information.\n");
  }

  @Test
  void theCommandIsListedInTheHelp() {
    Run run = huzhu("--help");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains(
        "  test      Runs policy tests and prints PASS or FAIL for every expectation.\n");
  }

  /** The lines of a policy test file before its expectations. */
  private static String header(String policy, String dataset) {
    return "format: huzhu-policy-test\n"
        + "version: 1\n"
        + "policy: " + policy + "\n"
        + "dataset: " + dataset + "\n";
  }
}
