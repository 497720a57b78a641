package dev.huzhu.cli;

import static dev.huzhu.cli.Cli.huzhu;
import static org.assertj.core.api.Assertions.assertThat;

import dev.huzhu.cli.Cli.Run;
import dev.huzhu.evaluation.Assessment;
import dev.huzhu.evaluation.policy.BuiltInPolicies;
import dev.huzhu.evaluation.report.Report;
import dev.huzhu.io.ReportFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssessCommandTest {
  @TempDir
  Path dir;

  @Test
  void jsonIsTheReportOfTheAssessment() {
    SyntheticFiles files = new SyntheticFiles(dir, 11);
    Report expected = Assessment.of(BuiltInPolicies.zhuchengBundled())
        .run(files.synthetic.dataset());

    Run run = huzhu(files.args("assess", "--format", "json"));

    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(expected.subjects()).isNotEmpty();
    assertThat(ReportFiles.parseJson(run.out())).isEqualTo(expected);
  }

  @Test
  void streamingTheLogsGivesTheSameReport() {
    SyntheticFiles files = new SyntheticFiles(dir, 12);

    Run whole = huzhu(files.args("assess", "--format", "json"));
    Run streamed = huzhu(files.args("assess", "--format", "json", "--stream"));

    assertThat(streamed.exit()).isZero();
    assertThat(streamed.out()).isEqualTo(whole.out());
  }

  @Test
  void aBadRecordOfAStreamedLogIsInvalidInputWithItsPlace() {
    SyntheticFiles files = new SyntheticFiles(dir, 13);
    Path bad = HandBuiltFiles.write(dir.resolve("bad.csv"),
        "id,date,kind,credited\na-x,2012-11-13,SENT_LESSON,g-nowhere\n");

    Run run = huzhu(files.args("assess", "--stream", "--activities", bad));

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains(bad + ":2:", "g-nowhere").endsWith("1 problem in the input\n");
  }

  @Test
  void theTableIsTheRankedTableThenTheAwardsAndPeople() {
    HandBuiltFiles files = new HandBuiltFiles(dir);

    Run run = huzhu("assess", "--data", files.data, "--policy", files.policy);

    assertThat(run.exit()).isZero();
    // 2 lessons of a target of 4: 2 / 4 × 100 = 50.00, below 60: 不合格; every member carries
    // the group's 50.00 × 1.0
    assertThat(run.out()).isEqualTo("""
        送教下乡 (jb-lessons, 2012-09-01 to 2013-01-31)
        #  rank  subject     kind  name       送教  total  grade
        ---------------------------------------------------------------------
        1     1  g-jb6-lead  TEAM  领导小组  50.00  50.00  不合格 UNQUALIFIED

        评优晋级 priority list (bundled points)
        #  person              name                    points  from
        ----------------------------------------------------------------------------------
        1  p-jb-hdj-principal  红墩界中心小学校长       50.00  g-jb6-lead MEMBER 50.00×1.0
        2  p-jb6-principal     靖边六小校长             50.00  g-jb6-lead LEADER 50.00×1.0
        3  p-jb6-vp            靖边六小主管业务副校长   50.00  g-jb6-lead MEMBER 50.00×1.0
        """);
  }

  @Test
  void csvIsTheSubjectsThenABlankLineThenThePeople() {
    HandBuiltFiles files = new HandBuiltFiles(dir);

    Run run = huzhu("assess", "--data", files.data, "--policy", files.policy, "--format", "csv");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).doesNotContain("\uFEFF");
    var lines = run.out().lines().toList();
    assertThat(lines.subList(0, 4)).containsExactly(
        "order,rank,id,kind,label,total,grade,gradeLabel,vetoed,delivery,delivery.lessons,"
            + "delivery.lessons.value",
        "1,1,g-jb6-lead,TEAM,领导小组,50.00,UNQUALIFIED,不合格,false,50.00,50.00,2",
        "",
        "order,person,name,points,sources");
    // each of the three members carries the group's 50.00 × 1.0
    assertThat(lines.subList(4, lines.size())).containsExactly(
        "1,p-jb-hdj-principal,红墩界中心小学校长,50.00,g-jb6-lead:MEMBER:50.00",
        "2,p-jb6-principal,靖边六小校长,50.00,g-jb6-lead:LEADER:50.00",
        "3,p-jb6-vp,靖边六小主管业务副校长,50.00,g-jb6-lead:MEMBER:50.00");
  }

  @Test
  void csvToAFileWritesThePeopleBesideIt() throws IOException {
    HandBuiltFiles files = new HandBuiltFiles(dir);
    Path out = dir.resolve("report.csv");

    Run run = huzhu("assess", "--data", files.data, "--policy", files.policy, "--format", "CSV",
        "--out", out);

    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("wrote " + out + " and " + dir.resolve("report-people.csv")
        + "\n");
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).startsWith("\uFEFForder,rank,id,");
    assertThat(Files.readString(dir.resolve("report-people.csv"), StandardCharsets.UTF_8))
        .startsWith("\uFEFForder,person,name,points,sources");
  }

  @Test
  void jsonToAFileReadsBack() {
    SyntheticFiles files = new SyntheticFiles(dir, 14);
    Path out = dir.resolve("report.json");

    Run run = huzhu(files.args("assess", "--format", "json", "--out", out, "--quiet"));

    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEmpty();
    assertThat(ReportFiles.readJson(out)).isEqualTo(Assessment.of(BuiltInPolicies.zhuchengBundled())
        .run(files.synthetic.dataset()));
  }

  @Test
  void redactionReplacesNamesByIds() {
    HandBuiltFiles files = new HandBuiltFiles(dir);

    Run run = huzhu("assess", "--data", files.data, "--policy", files.policy, "--redact");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("p-jb6-principal").doesNotContain("靖边六小校长");
  }

  @Test
  void anUnwritableOutputIsReportedWithoutAStackTrace() {
    HandBuiltFiles files = new HandBuiltFiles(dir);
    Path out = dir.resolve("no-such-dir").resolve("r.json");

    Run run = huzhu("assess", "--data", files.data, "--policy", files.policy, "--out", out);

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).startsWith("cannot write " + out).doesNotContain("\tat ");
  }

  @Test
  void anUnknownFormatOrAMissingPolicyIsAUsageError() {
    HandBuiltFiles files = new HandBuiltFiles(dir);

    assertThat(huzhu("assess", "--data", files.data, "--policy", files.policy, "--format", "xml")
        .exit()).isEqualTo(2);
    assertThat(huzhu("assess", "--data", files.data).err())
        .contains("Missing required option: '--policy=FILE'");
  }

  @Test
  void thePeopleFileIsNamedAfterTheSubjectsFile() {
    assertThat(AssessCommand.peopleBeside(Path.of("out", "report.csv")))
        .isEqualTo(Path.of("out", "report-people.csv"));
    assertThat(AssessCommand.peopleBeside(Path.of("report"))).isEqualTo(Path.of("report-people.csv"));
  }
}
