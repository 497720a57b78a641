package dev.huzhu.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huzhu.evaluation.report.Comparison;
import dev.huzhu.evaluation.report.ImmutableReport;
import dev.huzhu.evaluation.report.ImmutableSubjectResult;
import dev.huzhu.evaluation.report.MetricResult;
import dev.huzhu.evaluation.report.PersonalPoints;
import dev.huzhu.evaluation.report.PointSource;
import dev.huzhu.evaluation.report.Report;
import dev.huzhu.evaluation.report.SectionResult;
import dev.huzhu.evaluation.report.SubjectResult;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The report files carry what comparative scorings and exact totals add — what a comparative scoring compared with, the exact
 * total before a policy's one rounding, a source marked vetoed that passed 0 points — and read
 * back equal. The report is the hand-built tiny one, with g-chin (24.67, vetoed) passing 0.00 to
 * p-2, the quality metric scored {@code relative} among n = 2 (min 1.2000, max 3.9000), and
 * g-math's exact total 87.5 stated.
 */
class ReportFilesComparisonTest {

  static Report report() {
    Report tiny = ExampleReports.tiny();
    Comparison compared = Comparison.builder().n(2).min(new BigDecimal("1.2000"))
        .max(new BigDecimal("3.9000")).build();
    List<SubjectResult> subjects = tiny.subjects().stream().map(s -> (SubjectResult) ImmutableSubjectResult
        .copyOf(s).withSections(s.sections().stream().map(section -> SectionResult.builder()
            .copyFrom(section).metrics(section.metrics().stream().map(m -> m.id().equals("quality")
                ? MetricResult.builder().copyFrom(m).comparison(compared).build() : m).toList())
            .build()).toList())
        .withExactTotal(s.id().equals("g-math") ? java.util.Optional.of(new BigDecimal("87.5"))
            : java.util.Optional.empty())).toList();
    List<PersonalPoints> people = tiny.personal().stream().map(p -> (PersonalPoints) PersonalPoints.builder()
        .copyFrom(p).sources(p.sources().stream().map(src -> src.subject().equals("g-chin")
            ? PointSource.builder().copyFrom(src).vetoed(true).points(new BigDecimal("0.00")).build()
            : src).toList()).build()).toList();
    return ImmutableReport.copyOf(tiny).withSubjects(subjects).withPersonal(people);
  }

  @Test
  void jsonReadsBackEqual() {
    Report r = report();
    assertThat(ReportFiles.parseJson(ReportFiles.toJson(r))).isEqualTo(r);
  }

  @Test
  void jsonStatesTheComparisonTheExactTotalAndTheVetoedSource() {
    String json = ReportFiles.toJson(report());
    assertThat(json).contains("\"exactTotal\": 87.5,")
        .contains("\"comparison\": {\n")
        .contains("\"min\": 1.2000,", "\"max\": 3.9000")
        .contains("\"vetoed\": true");
    // nothing new is written where there is nothing to say
    assertThat(ReportFiles.toJson(ExampleReports.tiny())).doesNotContain("comparison")
        .doesNotContain("exactTotal").doesNotContain("\"vetoed\": true\n");
  }

  @Test
  void theSubjectsCsvGivesTheComparisonAndTheExactTotalAsNumbers() {
    StringWriter out = new StringWriter();
    ReportFiles.writeSubjectsCsv(report(), out);
    String[] lines = out.toString().split("\n");
    assertThat(lines[0]).contains(",vetoed,exactTotal,process,")
        .contains(",outcome.quality.value,outcome.quality.n,outcome.quality.min,outcome.quality.max,");
    // g-math: exact total 87.5; quality 3.9000 compared with n = 2, min 1.2000, max 3.9000
    assertThat(lines[1]).contains(",false,87.5,27.50,").contains(",3.9000,2,1.2000,3.9000,");
    // g-chin states no exact total: an empty cell
    assertThat(lines[2]).contains(",true,,6.67,");
  }

  @Test
  void thePeopleCsvMarksTheVetoedSourceWithTheSubjectsTotal() {
    StringWriter out = new StringWriter();
    ReportFiles.writePeopleCsv(report(), out);
    // p-2: g-math member 87.50; g-chin leader, vetoed: 0.00, the subject's total 24.67 shown
    assertThat(out.toString()).contains("g-math:MEMBER:87.50;g-chin:LEADER:0.00:vetoed:24.67");
  }
}
