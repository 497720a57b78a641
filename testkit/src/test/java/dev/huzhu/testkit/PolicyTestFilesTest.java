package dev.huzhu.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.huzhu.core.HuzhuException;
import dev.huzhu.core.validation.Problem;
import dev.huzhu.io.FileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Reading policy test files: a valid one with its dataset inline, and the bad corpus under
 * src/test/resources/policy-tests/bad, each file with every problem it must report — code,
 * file:line:column, path and message, the columns counted by hand.
 */
class PolicyTestFilesTest {
  static final Path ROOT = Path.of("src", "test", "resources", "policy-tests");
  static final Path BAD = ROOT.resolve("bad");

  static List<String> problems(String name) {
    HuzhuException e = catchThrowableOfType(HuzhuException.class,
        () -> PolicyTestFiles.read(BAD.resolve(name)));
    assertThat(e).as("reading %s must fail", name).isNotNull();
    String folder = BAD + java.io.File.separator;
    return e.problems().stream().map(Problem::toString).map(p -> p.replace(folder, ""))
        .collect(Collectors.toList());
  }

  @Test
  void aDatasetWrittenInline() {
    PolicyTest test = PolicyTestFiles.read(ROOT.resolve("run").resolve("inline.test.yaml"));
    assertThat(test.file()).isEqualTo(ROOT.resolve("run").resolve("inline.test.yaml").toString());
    assertThat(test.policy().id()).isEqualTo("zhucheng-bundled-2012");
    assertThat(test.dataset().teams()).extracting(t -> t.id()).containsExactly("g-zc-math3", "g-zc-chinese3");
    assertThat(test.dataset().activities()).hasSize(5);
    assertThat(test.cases()).extracting(PolicyTestCase::name).containsExactly("数学组 thematic",
        "without score records the improvement is missing", "数学组 total", "语文组 total",
        "数学组 first", "both 不合格", "the deputy carries the total");
    // each expectation where it is written: the "- {" of line 35 and the next ones
    assertThat(test.cases()).extracting(c -> c.location().line()).containsExactly(35, 36, 37, 39, 40, 41, 42);
    assertThat(test.cases().get(0).location().column()).isEqualTo(5);
    assertThat(test.run()).allMatch(ExpectationOutcome::passed);
  }

  @Test
  void everyProblemOfTheExpectationsAtOnce() {
    assertThat(problems("expectations.test.yaml")).containsExactly(
        "expectations.test.yaml:6:5 NO_TARGET at expectations[0]: an expectation is about one subject,"
            + " award or person: give one of \"subject\", \"award\", \"person\"",
        "expectations.test.yaml:7:5 NO_TARGET at expectations[1]: an expectation is about one subject,"
            + " award or person: give one of \"subject\", \"award\", \"person\", not subject and person",
        "expectations.test.yaml:8:5 NO_CLAIM at expectations[2]: an expectation about a subject states"
            + " one of total, section (with points), metric (with points, value or missing: true),"
            + " grade, rank, vetoed, before; this one states none",
        "expectations.test.yaml:9:5 NO_CLAIM at expectations[3]: an expectation about a subject states"
            + " one of total, section (with points), metric (with points, value or missing: true),"
            + " grade, rank, vetoed, before; this one states total and grade",
        "expectations.test.yaml:10:5 NO_CLAIM at expectations[4]: an expectation about a metric states"
            + " one of points, value, missing: true; this one states points and value",
        "expectations.test.yaml:11:50 INVALID_VALUE at expectations[5].rank: a rank is 1 or more, not 0",
        "expectations.test.yaml:12:74 INVALID_VALUE at expectations[6].missing: \"missing\" can only be"
            + " true; to expect a value, write value: x",
        "expectations.test.yaml:13:54 WRONG_TYPE at expectations[7].total: expected a number, found a string",
        "expectations.test.yaml:14:12 INVALID_VALUE at expectations[8].name: an expectation's name may"
            + " not be blank",
        "expectations.test.yaml:15:70 UNKNOWN_FIELD at expectations[9].points: an expectation of a"
            + " subject's total has no field \"points\"",
        "expectations.test.yaml:16:5 MISSING_FIELD at expectations[10].name: an expectation of a"
            + " subject's total needs the field \"name\"",
        "expectations.test.yaml:17:57 UNKNOWN_PART at expectations[11].metric: the policy"
            + " zhucheng-bundled-2012 has no metric thematc; its metrics are materials, thematic,"
            + " lessons, quality, spotcheck",
        "expectations.test.yaml:18:59 UNKNOWN_PART at expectations[12].section: the policy"
            + " zhucheng-bundled-2012 has no section proces; its sections are process, outcome",
        "expectations.test.yaml:19:38 UNKNOWN_SUBJECT at expectations[13].subject: the dataset has no"
            + " team, pairing, exchange, school or community g-zc-music3",
        "expectations.test.yaml:20:55 UNKNOWN_GRADE at expectations[14].grade: no band of the policy"
            + " zhucheng-bundled-2012 gives the grade 良好; its grades are EXCELLENT, GOOD, PASS, FAIL",
        "expectations.test.yaml:21:49 SAME_SUBJECT at expectations[15].before: a subject cannot be"
            + " ordered before itself",
        "expectations.test.yaml:22:34 UNKNOWN_AWARD at expectations[16].award: the policy"
            + " zhucheng-bundled-2012 has no award best-group; its awards are outstanding-group,"
            + " outstanding-leader, outstanding-teacher",
        "expectations.test.yaml:23:77 UNKNOWN_AWARD at expectations[17].includes: the award"
            + " outstanding-teacher names people, not subjects: write names or doesNotName with a person",
        "expectations.test.yaml:24:36 UNKNOWN_PERSON at expectations[18].person: the dataset has no"
            + " person p-nobody",
        "expectations.test.yaml:25:12 DUPLICATE_NAME at expectations[19].name: the expectation at"
            + " expectations[11] has this name already; give each expectation a name of its own");
  }

  @Test
  void filesThatDoNotExistAndAnUnknownField() {
    // looked for beside the test file, as named: the policy one folder up (the folder of the bad
    // files is left out of these texts by problems())
    String up = ROOT.resolve("policies").toString();
    assertThat(problems("files.test.yaml")).containsExactly(
        "files.test.yaml:3:9 NO_SUCH_FILE at policy: no file ../policies/no-such-policy.yaml"
            + " (looked for " + up + "/no-such-policy.yaml)",
        "files.test.yaml:4:10 NO_SUCH_FILE at dataset: no file no-such-dataset.json (looked for "
            + "no-such-dataset.json)",
        "files.test.yaml:5:14 NO_SUCH_FILE at activities[0]: no file no-such-log.csv (looked for "
            + "no-such-log.csv)",
        "files.test.yaml:6:8 UNKNOWN_FIELD at polcy: a policy test has no field \"polcy\"");
  }

  @Test
  void anInlineDatasetIsReadStrictlyAndValidatedAtItsLines() {
    assertThat(problems("inline.test.yaml")).containsExactly(
        "inline.test.yaml:8:7 MISSING_FIELD at dataset.teams[0].subject: subject is required for a"
            + " SUBJECT_RESEARCH_GROUP",
        "inline.test.yaml:10:11 UNKNOWN_FIELD at dataset.groups: a dataset has no field \"groups\"; its"
            + " collections are schools, people, communities, teams, exchanges, studentPairings,"
            + " partyBranches, partyPairings, activities, scores",
        "inline.test.yaml:11:15 NO_EXPECTATIONS at expectations: a policy test lists at least one"
            + " expectation");
  }

  @Test
  void theProblemsOfAPolicyItNamesAreItsOwn() {
    assertThat(problems("broken-policy.test.yaml")).containsExactly(
        // at the section's points (line 10, after four spaces and "points: ")
        "broken-policy.yaml:10:13 SECTION_POINTS_MISMATCH at sections[0].points: section process's"
            + " metrics add up to 15 points, not its 40");
  }

  @Test
  void aNameIsOneLineAndThePolicyIsCheckedWithoutItsDataset() {
    // the dataset is not there, so subjects cannot be checked; the metric still is, against the
    // policy; the problems come in the order of their lines
    assertThat(problems("names.test.yaml")).containsExactly(
        "names.test.yaml:4:10 NO_SUCH_FILE at dataset: no file no-such-dataset.json (looked for"
            + " no-such-dataset.json)",
        "names.test.yaml:6:11 INVALID_VALUE at expectations[0].name: an expectation's name is one"
            + " line without control characters, not \"two\\u000alines\"",
        "names.test.yaml:9:57 UNKNOWN_PART at expectations[1].metric: the policy"
            + " zhucheng-bundled-2012 has no metric thematc; its metrics are materials, thematic,"
            + " lessons, quality, spotcheck");
  }

  @Test
  void subjectsAndPeopleMustBeAssessedByThePolicy() {
    // 诸城's policy assesses research groups (columns counted by hand: 6:53 is where "pp-xx-jia"
    // starts after "  - {name: a pairing is no research group, subject: "): a party pairing exists in the dataset but is not
    // assessed, nor are its cadres or a vice principal who is in no research group
    assertThat(problems("assessed.test.yaml")).containsExactly(
        "assessed.test.yaml:6:53 UNKNOWN_SUBJECT at expectations[0].subject: the policy"
            + " zhucheng-bundled-2012 does not assess pp-xx-jia; it assesses " + ZHUCHENG_GROUPS,
        "assessed.test.yaml:7:68 UNKNOWN_SUBJECT at expectations[1].excludes: the policy"
            + " zhucheng-bundled-2012 does not assess pp-xx-jia; it assesses " + ZHUCHENG_GROUPS,
        "assessed.test.yaml:8:75 UNKNOWN_PERSON at expectations[2].doesNotName: p-xx-zzb-1 is not"
            + " a member of any subject the policy zhucheng-bundled-2012 assesses",
        "assessed.test.yaml:9:51 UNKNOWN_PERSON at expectations[3].person: p-zc-exp-vp is not a"
            + " member of any subject the policy zhucheng-bundled-2012 assesses");
  }

  /**
   * The research groups of the seed, in id order: 语文 and 数学 of grades 1 to 6 and 英语 of grades
   * 3 to 6, the sixteen SUBJECT_RESEARCH_GROUP teams of seed.json.
   */
  static final String ZHUCHENG_GROUPS = "g-zc-chinese1, g-zc-chinese2, g-zc-chinese3, g-zc-chinese4,"
      + " g-zc-chinese5, g-zc-chinese6, g-zc-english3, g-zc-english4, g-zc-english5, g-zc-english6,"
      + " g-zc-math1, g-zc-math2, g-zc-math3, g-zc-math4, g-zc-math5, g-zc-math6";

  @Test
  void anInlineDatasetHoldsItsRecordsAndADatasetFileIsJson() {
    assertThat(problems("files-inline.test.yaml")).containsExactly(
        "files-inline.test.yaml:6:13 FILES_WITH_INLINE_DATASET at activities: an inline dataset"
            + " holds its activities inline; files of activities go with a dataset file"
            + " (dataset: name.json)");
    assertThat(problems("policy-as-dataset.test.yaml")).containsExactly(
        "policy-as-dataset.test.yaml:4:10 UNKNOWN_FILE_KIND at dataset: a dataset file is JSON,"
            + " named .json: zhucheng-bundled.yaml is not");
  }

  @Test
  void aDocumentOfAnotherFormatOrANewerVersion() {
    assertThat(problems("wrong-format.test.yaml")).containsExactly("wrong-format.test.yaml:1:9"
        + " WRONG_FORMAT at format: the format is \"huzhu-policy\", not \"huzhu-policy-test\"");
    assertThat(problems("newer.test.yaml")).containsExactly("newer.test.yaml:2:10"
        + " UNSUPPORTED_VERSION at version: the document is huzhu-policy-test version 2, newer than"
        + " this library: this library reads huzhu-policy-test version 1; upgrade huzhu to read it");
  }

  @Test
  void aFolderHoldsTheFilesNamedAsTestsInPathOrder() {
    assertThat(PolicyTestFiles.find(ROOT.resolve("run"))).containsExactly(
        ROOT.resolve("run").resolve("inline.test.yaml"), ROOT.resolve("run").resolve("seed.test.yaml"));
    assertThat(PolicyTestFiles.find(BAD)).extracting(p -> p.getFileName().toString()).containsExactly(
        "assessed.test.yaml", "broken-policy.test.yaml", "expectations.test.yaml",
        "files-inline.test.yaml", "files.test.yaml", "inline.test.yaml", "names.test.yaml",
        "newer.test.yaml", "policy-as-dataset.test.yaml", "wrong-format.test.yaml");
    // a file named on its own is read whatever its name
    assertThat(PolicyTestFiles.find(ROOT.resolve("run").resolve("notes.yaml"))).hasSize(1);
    assertThat(catchThrowableOfType(FileException.class, () -> PolicyTestFiles.find(ROOT.resolve("none")))
        .problems()).extracting(Problem::toString).containsExactly("UNREADABLE: cannot read "
            + ROOT.resolve("none") + ": there is no such file or folder");
  }

  @Test
  void aTestGivenAsText() {
    String yaml = "format: huzhu-policy-test\nversion: 1\n"
        + "policy: ../examples/data/policies/zhucheng-bundled.yaml\n"
        + "dataset: ../examples/data/seed.json\n"
        + "expectations:\n  - {name: 语文组 without its log, subject: g-zc-chinese3, total: 0.00}\n";
    PolicyTest test = PolicyTestFiles.parse(yaml, Path.of(".."
        + java.io.File.separator + "testkit"));
    assertThat(test.file()).isEqualTo("<text>");
    // seed.json alone holds no activity of 诸城's groups in the term: every figure is 0
    assertThat(test.run()).extracting(ExpectationOutcome::passed).containsExactly(true);
    assertThat(catchThrowableOfType(HuzhuException.class, () -> PolicyTestFiles.parse(
        yaml.replace("total: 0.00", "totl: 0.00"), Path.of("nowhere"))).problems())
        .extracting(Problem::toString).containsExactly(
            "<text>:3:9 NO_SUCH_FILE at policy: no file ../examples/data/policies/zhucheng-bundled.yaml"
                + " (looked for examples/data/policies/zhucheng-bundled.yaml)",
            "<text>:4:10 NO_SUCH_FILE at dataset: no file ../examples/data/seed.json (looked for"
                + " examples/data/seed.json)",
            "<text>:6:5 NO_CLAIM at expectations[0]: an expectation about a subject states one of"
                + " total, section (with points), metric (with points, value or missing: true), grade,"
                + " rank, vetoed, before; this one states none");
  }
}
