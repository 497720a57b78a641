package dev.huzhu.cli;

import static dev.huzhu.cli.Cli.huzhu;
import static org.assertj.core.api.Assertions.assertThat;

import dev.huzhu.cli.Cli.Run;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  @TempDir
  Path dir;

  @Test
  void validFilesAreCounted() {
    HandBuiltFiles files = new HandBuiltFiles(dir);

    Run run = huzhu("validate", "--data", files.data, "--policy", files.policy);

    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEqualTo("valid: 2 schools, 4 people, 1 team, 1 activity,"
        + " 1 score record; policy jb-lessons\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void logsAndScoreFilesAreReadIntoTheDataset() {
    SyntheticFiles files = new SyntheticFiles(dir, 3);
    var d = files.synthetic.dataset();

    Run run = huzhu(prepend("validate", files.inputs()));

    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEqualTo("valid: " + d.schools().size() + " schools, "
        + d.people().size() + " people, " + d.teams().size() + " teams, 40 activities, "
        + d.scores().size() + " score records\n");
  }

  @Test
  void everyProblemIsPrintedWithItsPlaceAndTheStatusIs1() {
    Path data = HandBuiltFiles.write(dir.resolve("bad.json"), HandBuiltFiles.DATASET
        .replace("\"county\": \"靖边县\"}\n", "\"county\": \"靖边县\", \"motto\": \"x\"}\n")
        .replace("\"stage\": \"PRIMARY\", \"county\": \"靖边县\"},",
            "\"stage\": \"NINE_YEARS\", \"county\": \"靖边县\"},"));
    Path log = HandBuiltFiles.write(dir.resolve("log.csv"),
        "id,date,kind,credited\na-2,2012-11-31,SENT_LESSON,g-jb6-lead\n");

    Run run = huzhu("validate", "--data", data, "--activities", log);

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines()).containsExactly(
        // line 5: 4 spaces, {"id": "s-jb6", "name": "靖边六小", "locality": "URBAN", "stage": = 66
        data + ":5:67 UNKNOWN_VALUE at schools[0].stage: \"NINE_YEARS\" is not one of PRIMARY,"
            + " NINE_YEAR, JUNIOR_SECONDARY",
        data + ":6:113 UNKNOWN_FIELD at schools[1].motto: a school has no field \"motto\"",
        log + ":2:5 BAD_DATE at date: \"2012-11-31\" is not a date; write dates as yyyy-mm-dd,"
            + " e.g. 2012-11-13",
        "3 problems in the input");
  }

  @Test
  void aMissingFileIsInvalidInput() {
    Run run = huzhu("validate", "--data", dir.resolve("nowhere.json"));

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("UNREADABLE", "nowhere.json", "there is no such file")
        .endsWith("1 problem in the input\n").doesNotContain("Exception");
  }

  @Test
  void aProblemOfThePolicyIsReportedWithThoseOfTheData() {
    HandBuiltFiles files = new HandBuiltFiles(dir);
    Path policy = HandBuiltFiles.write(dir.resolve("p.yaml"),
        HandBuiltFiles.POLICY.replace("points: 100,", "points: 90,"));
    Path data = HandBuiltFiles.write(dir.resolve("d.json"), "{\"format\": \"huzhu-dataset\"}");

    Run run = huzhu("validate", "--data", data, "--policy", policy);

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains(policy.toString(), data.toString(), "2 problems in the input");
    assertThat(files.data).exists();
  }

  @Test
  void aCommunityThePolicyIsWithinThatTheDataLacksIsAProblem() {
    HandBuiltFiles files = new HandBuiltFiles(dir);
    Path policy = HandBuiltFiles.write(dir.resolve("within.yaml"), HandBuiltFiles.POLICY.replace(
        "subjects: {teamKinds: [LEADERSHIP_GROUP]}",
        "subjects: {teamKinds: [LEADERSHIP_GROUP], within: [c-jb6, c-bn]}"));

    Run run = huzhu("validate", "--data", files.data, "--policy", policy);

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines()).containsExactly(
        "UNKNOWN_COMMUNITY at subjects.within[1]: the policy assesses the subjects within"
            + " community c-bn, which the dataset does not hold",
        "1 problem in the input");
    assertThat(huzhu("assess", "--data", files.data, "--policy", policy).exit()).isEqualTo(1);
  }

  @Test
  void withoutDataItIsAUsageError() {
    Run run = huzhu("validate");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("Missing required option: '--data=FILE'",
        "Try 'huzhu validate --help'");
  }

  @Test
  void aLogNameThatDoesNotSayItsFormatIsAUsageError() {
    HandBuiltFiles files = new HandBuiltFiles(dir);

    Run run = huzhu("validate", "--data", files.data, "--activities", "log.txt");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("'log.txt' is not an activity log name");
  }

  @Test
  void aPolicyNameThatDoesNotSayItsSyntaxIsAUsageError() {
    HandBuiltFiles files = new HandBuiltFiles(dir);

    Run run = huzhu("validate", "--data", files.data, "--policy", "policy.txt");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("'policy.txt' is not a policy file name: name it .yaml, .yml or .json")
        .doesNotContain("Exception");
  }

  @Test
  void aFileGivenTwiceIsInvalidInputItsRecordsWouldCountTwice() {
    SyntheticFiles files = new SyntheticFiles(dir, 3);
    Object[] inputs = files.inputs();
    Object[] twice = new Object[inputs.length + 2];
    System.arraycopy(inputs, 0, twice, 0, inputs.length);
    int log = java.util.Arrays.asList(inputs).indexOf("--activities") + 1;
    twice[inputs.length] = "--activities";
    twice[inputs.length + 1] = inputs[log];

    Run run = huzhu(prepend("validate", twice));

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("DUPLICATE_ELEMENT: the file " + inputs[log] + " is given twice");
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    HandBuiltFiles files = new HandBuiltFiles(dir);

    Run run = huzhu("validate", "--data", files.data, "--dta");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("Unknown option: '--dta'");
  }

  private static Object[] prepend(Object first, Object[] rest) {
    Object[] all = new Object[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }
}
