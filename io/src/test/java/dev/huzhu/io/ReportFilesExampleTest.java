package dev.huzhu.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huzhu.evaluation.report.Report;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files of a small hand-built report, compared with text written by hand. */
class ReportFilesExampleTest {
  static String resource(String name) {
    try (InputStream in = ReportFilesExampleTest.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void jsonIsExactlyTheHandWrittenDocument() {
    assertThat(ReportFiles.toJson(ExampleReports.tiny())).isEqualTo(resource("/report/tiny.json"));
  }

  @Test
  void decimalsKeepTheirScale() {
    String json = ReportFiles.toJson(ExampleReports.tiny());
    assertThat(json).contains("\"total\": 87.50,", "\"value\": 3.9000,", "\"points\": 0.00,",
        "\"coefficient\": 1.0,", "\"maxPoints\": 40,");
    Report read = ReportFiles.parseJson(json);
    assertThat(read.subjects().get(0).total().toString()).isEqualTo("87.50");
    assertThat(read.subjects().get(1).metric("quality").orElseThrow().value().orElseThrow().toString())
        .isEqualTo("1.2000");
  }

  @Test
  void theHandWrittenDocumentReadsBackAsTheReport() {
    assertThat(ReportFiles.parseJson(resource("/report/tiny.json"))).isEqualTo(ExampleReports.tiny());
  }

  @Test
  void aMissingValueIsLeftOutAndSaidToBeMissing() {
    Report read = ReportFiles.parseJson(resource("/report/tiny.json"));
    assertThat(read.subject("g-chin").orElseThrow().metric("thematic").orElseThrow().isMissing()).isTrue();
    assertThat(read.subject("g-chin").orElseThrow().adjustments().get(0).value()).isEmpty();
  }

  @Test
  void subjectsCsvIsExactlyTheHandWrittenTable() {
    StringWriter out = new StringWriter();
    ReportFiles.writeSubjectsCsv(ExampleReports.tiny(), out);
    assertThat(out.toString()).isEqualTo("\uFEFF"
        + "order,rank,id,kind,label,total,grade,gradeLabel,vetoed,process,process.materials,"
        + "process.materials.value,process.thematic,process.thematic.value,outcome,outcome.quality,"
        + "outcome.quality.value,adjustments.regular,vetoes.misconduct\n"
        + "1,1,g-math,TEAM,数学中心教研组,87.50,EXCELLENT,优秀,false,27.50,20.00,12,7.50,3,58.50,58.50,"
        + "3.9000,1.50,false\n"
        // the missing thematic value is an empty cell; its points are 0.00
        + "2,2,g-chin,TEAM,语文中心教研组,24.67,FAIL,不合格,true,6.67,6.67,4,0.00,,18.00,18.00,"
        + "1.2000,0.00,true\n");
  }

  @Test
  void peopleCsvIsExactlyTheHandWrittenTable() {
    StringWriter out = new StringWriter();
    ReportFiles.writePeopleCsv(ExampleReports.tiny(), out);
    assertThat(out.toString()).isEqualTo("\uFEFF"
        + "order,person,name,points,sources\n"
        + "1,p-1,李明,87.50,g-math:LEADER:87.50\n"
        // a comma is quoted; p-2 is in both groups and keeps the larger (MAX)
        + "2,p-2,\"Wang, Fang\",87.50,g-math:MEMBER:87.50;g-chin:LEADER:24.67\n"
        // a name that starts a formula gets a leading '
        + "3,p-3,'=李娟,19.74,g-chin:MEMBER:19.74\n");
  }

  @Test
  void aDeductionIsANegativeNumberNotAGuardedText() {
    Report report = ExampleReports.tiny();
    var math = report.subjects().get(0);
    var deducted = dev.huzhu.evaluation.report.ImmutableSubjectResult.copyOf(math)
        .withAdjustments(dev.huzhu.evaluation.report.ImmutableAdjustmentResult
            .copyOf(math.adjustments().get(0))
            .withType(dev.huzhu.evaluation.policy.AdjustmentType.DEDUCTION));
    StringWriter out = new StringWriter();
    ReportFiles.writeSubjectsCsv(dev.huzhu.evaluation.report.ImmutableReport.copyOf(report)
        .withSubjects(deducted), out);
    assertThat(out.toString().lines().skip(1).findFirst().orElseThrow()).endsWith(",-1.50,false");
  }

  @Test
  void textIsTheTableTheExplanationsAndThePeople() {
    Report report = ExampleReports.tiny();
    assertThat(ReportFiles.toText(report)).isEqualTo(report.table() + "\n"
        + report.explain("g-math") + "\n" + report.explain("g-chin") + "\n" + report.awardsAndPeople());
  }

  @Test
  void aFileWrittenReadsBack(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("report.json");
    ReportFiles.writeJson(ExampleReports.tiny(), file);
    assertThat(Files.readString(file)).isEqualTo(resource("/report/tiny.json"));
    assertThat(ReportFiles.readJson(file)).isEqualTo(ExampleReports.tiny());
  }

  @Test
  void aFileWithAByteOrderMarkReadsBack(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("report.json");
    Files.writeString(file, "\uFEFF" + resource("/report/tiny.json"));
    assertThat(ReportFiles.readJson(file)).isEqualTo(ExampleReports.tiny());
  }

  @Test
  void aFileThatIsNotThereIsUnreadable(@TempDir Path dir) {
    Path file = dir.resolve("none.json");
    FileException e = org.assertj.core.api.Assertions.catchThrowableOfType(FileException.class,
        () -> ReportFiles.readJson(file));
    assertThat(e.problems()).extracting(p -> p.code().name() + ": " + p.message())
        .containsExactly("UNREADABLE: cannot read " + file + ": there is no such file");
  }
}
