package dev.huzhu.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.person.Person;
import dev.huzhu.core.team.TeamRole;
import dev.huzhu.evaluation.report.ImmutablePersonalPoints;
import dev.huzhu.evaluation.report.ImmutableReport;
import dev.huzhu.evaluation.report.ImmutableSubjectResult;
import dev.huzhu.evaluation.report.PersonalPoints;
import dev.huzhu.evaluation.report.Report;
import dev.huzhu.evaluation.report.SubjectResult;
import dev.huzhu.evaluation.subject.SubjectKind;
import dev.huzhu.evaluation.subject.SubjectMember;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A redacted report names no one, in any of its files (docs/files.md#personal-data-and-redaction). */
class RedactionTest {
  /** Every file of the report, as one text to search. */
  static String everyOutput(Report report) {
    return ReportFiles.toJson(report)
        + ReportRoundTripTest.csv(report, ReportFiles::writeSubjectsCsv)
        + ReportRoundTripTest.csv(report, ReportFiles::writePeopleCsv)
        + ReportFiles.toText(report);
  }

  @ParameterizedTest(name = "seed {0}, {1}")
  @MethodSource("dev.huzhu.io.ReportRoundTripTest#seedsAndPolicies")
  void noNameOfAnyoneAppearsInARedactedReport(long seed, String policyId) {
    Dataset dataset = ReportRoundTripTest.dataset(seed);
    String output = everyOutput(ReportFiles.redact(ReportRoundTripTest.report(seed, policyId)));
    for (Person p : dataset.people()) {
      assertThat(output).as("seed %d: %s's name", seed, p.id()).doesNotContain(p.name());
    }
  }

  @ParameterizedTest(name = "seed {0}, {1}")
  @MethodSource("dev.huzhu.io.ReportRoundTripTest#seedsAndPolicies")
  void aReportNamesTeachersAndCadresButNoStudentOrParent(long seed, String policyId) {
    Dataset dataset = ReportRoundTripTest.dataset(seed);
    Report report = ReportRoundTripTest.report(seed, policyId);
    String output = everyOutput(report);
    Set<String> nameable = dataset.people().stream().filter(Person::isNameable).map(Person::name)
        .collect(Collectors.toSet());
    // without redaction the members are named: the search above has something to find
    report.personal().stream().flatMap(p -> p.name().stream())
        .forEach(name -> assertThat(output).contains(name));
    dataset.people().stream().filter(p -> !p.isNameable() && !nameable.contains(p.name()))
        .forEach(p -> assertThat(output).as("seed %d: %s's name", seed, p.id()).doesNotContain(p.name()));
  }

  @Test
  void theExampleNamesNoOneOnceRedacted() {
    String output = everyOutput(ReportFiles.redact(ExampleReports.tiny()));
    assertThat(output).doesNotContain("李明", "Wang", "Fang", "李娟");
    assertThat(ReportRoundTripTest.csv(ReportFiles.redact(ExampleReports.tiny()),
        ReportFiles::writePeopleCsv)).isEqualTo("\uFEFF"
            + "order,person,name,points,sources\n"
            + "1,p-1,p-1,87.50,g-math:LEADER:87.50\n"
            + "2,p-2,p-2,87.50,g-math:MEMBER:87.50;g-chin:LEADER:24.67\n"
            + "3,p-3,p-3,19.74,g-chin:MEMBER:19.74\n");
  }

  @Test
  void anExchangeIsLabelledByItsPersonsId() {
    // an exchange subject carries its person's name as its label (SubjectResolver)
    SubjectResult exchange = ImmutableSubjectResult.copyOf(ExampleReports.tiny().subjects().get(0))
        .withId("x-1").withKind(SubjectKind.EXCHANGE).withLabel("赵洋")
        .withMembers(SubjectMember.of("p-9", TeamRole.MEMBER));
    Report report = ImmutableReport.copyOf(ExampleReports.tiny()).withSubjects(exchange)
        .withPersonal(List.of());
    assertThat(ReportFiles.redact(report).subjects().get(0).label()).isEqualTo("p-9");
  }

  @Test
  void aNameInsideALabelIsReplacedButOneCharacterNamesOnlyWhole() {
    Report tiny = ExampleReports.tiny();
    SubjectResult studio = ImmutableSubjectResult.copyOf(tiny.subjects().get(0)).withLabel("李明名师工作室");
    SubjectResult single = ImmutableSubjectResult.copyOf(tiny.subjects().get(1)).withLabel("明德小学");
    PersonalPoints one = ImmutablePersonalPoints.copyOf(tiny.personal().get(2)).withName("明");
    Report report = ImmutableReport.copyOf(tiny).withSubjects(studio, single)
        .withPersonal(tiny.personal().get(0), tiny.personal().get(1), one);
    Report redacted = ReportFiles.redact(report);
    assertThat(redacted.subjects()).extracting(SubjectResult::label)
        .containsExactly("p-1名师工作室", "明德小学");
    assertThat(redacted.personal()).extracting(p -> p.name().orElseThrow())
        .containsExactly("p-1", "p-2", "p-3");
  }

  @Test
  void aLongerNameWinsOverAShorterOneItStartsWith() {
    Report tiny = ExampleReports.tiny();
    PersonalPoints longer = ImmutablePersonalPoints.copyOf(tiny.personal().get(2)).withName("李明华");
    SubjectResult studio = ImmutableSubjectResult.copyOf(tiny.subjects().get(0)).withLabel("李明华与李明");
    Report report = ImmutableReport.copyOf(tiny).withSubjects(studio)
        .withPersonal(tiny.personal().get(0), longer);
    assertThat(ReportFiles.redact(report).subjects().get(0).label()).isEqualTo("p-3与p-1");
  }

  @Test
  void redactingTwiceChangesNothingMore() {
    Report once = ReportFiles.redact(ExampleReports.tiny());
    assertThat(ReportFiles.redact(once)).isEqualTo(once);
  }
}
