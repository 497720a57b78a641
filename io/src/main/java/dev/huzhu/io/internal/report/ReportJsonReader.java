package dev.huzhu.io.internal.report;

import dev.huzhu.core.team.TeamRole;
import dev.huzhu.evaluation.policy.AssessmentPeriod;
import dev.huzhu.evaluation.policy.ImmutableAssessmentPeriod;
import dev.huzhu.evaluation.report.AwardResult;
import dev.huzhu.evaluation.report.AwardedPerson;
import dev.huzhu.evaluation.report.ImmutableAwardResult;
import dev.huzhu.evaluation.report.ImmutableAwardedPerson;
import dev.huzhu.evaluation.report.ImmutablePersonalPoints;
import dev.huzhu.evaluation.report.ImmutablePointSource;
import dev.huzhu.evaluation.report.ImmutableReport;
import dev.huzhu.evaluation.report.ImmutableSectionResult;
import dev.huzhu.evaluation.report.ImmutableSubjectResult;
import dev.huzhu.evaluation.report.PersonalPoints;
import dev.huzhu.evaluation.report.PointSource;
import dev.huzhu.evaluation.report.Report;
import dev.huzhu.evaluation.report.SectionResult;
import dev.huzhu.evaluation.report.SubjectResult;
import dev.huzhu.evaluation.subject.ImmutableSubjectMember;
import dev.huzhu.evaluation.subject.SubjectKind;
import dev.huzhu.evaluation.subject.SubjectMember;
import dev.huzhu.io.FileSyntax;
import dev.huzhu.io.ReadLimits;
import dev.huzhu.io.document.Decoding;
import dev.huzhu.io.document.Documents;
import dev.huzhu.io.document.Fields;
import dev.huzhu.io.document.Reader;
import dev.huzhu.io.document.Readers;
import java.util.Optional;

/**
 * Decodes a {@code huzhu-report} document as strictly as every other file: an unknown or missing
 * field, a value of the wrong type, an unknown identifier, a duplicate key, text after the
 * document and a newer version are problems with file, line, column and path, all reported at
 * once. A raw value's {@code missing} must agree with its {@code value}. Absent optional values
 * may be left out or written as {@code null}.
 */
public final class ReportJsonReader {
  static final Reader<AssessmentPeriod> PERIOD = ResultReaders.object("a period", f -> {
    ImmutableAssessmentPeriod.Builder b = ImmutableAssessmentPeriod.builder();
    f.required("from", Readers.DATE, b::from);
    f.required("to", Readers.DATE, b::to);
    return f.build(b::build);
  });

  static final Reader<SubjectMember> MEMBER = ResultReaders.object("a member", f -> {
    ImmutableSubjectMember.Builder b = ImmutableSubjectMember.builder();
    f.required("person", Readers.STRING, b::person);
    f.required("role", Readers.enumOf(TeamRole.class), b::role);
    return f.build(b::build);
  });

  static final Reader<SectionResult> SECTION = ResultReaders.object("a section result", f -> {
    ImmutableSectionResult.Builder b = SectionResult.builder();
    f.required("id", Readers.STRING, b::id);
    f.required("label", Readers.STRING, b::label);
    f.required("maxPoints", Readers.DECIMAL, b::maxPoints);
    f.required("points", Readers.DECIMAL, b::points);
    f.required("metrics", Readers.list(ResultReaders.METRIC), b::addAllMetrics);
    return f.build(b::build);
  });

  static final Reader<SubjectResult> SUBJECT = ResultReaders.object("a subject result", f -> {
    ImmutableSubjectResult.Builder b = SubjectResult.builder();
    f.required("id", Readers.STRING, b::id);
    f.required("kind", Readers.enumOf(SubjectKind.class), b::kind);
    f.required("label", Readers.STRING, b::label);
    f.required("order", ResultReaders.POSITIVE, b::order);
    f.required("rank", ResultReaders.POSITIVE, b::rank);
    f.required("total", Readers.DECIMAL, b::total);
    f.optional("grade", Readers.STRING, b::band);
    f.optional("gradeLabel", Readers.STRING, b::bandLabel);
    f.required("vetoed", Readers.BOOLEAN, b::vetoed);
    f.required("sections", Readers.list(SECTION), b::addAllSections);
    f.required("adjustments", Readers.list(ResultReaders.ADJUSTMENT), b::addAllAdjustments);
    f.required("vetoes", Readers.list(ResultReaders.VETO), b::addAllVetoes);
    f.required("members", Readers.list(MEMBER), b::addAllMembers);
    return f.build(b::build);
  });

  static final Reader<AwardedPerson> AWARDED = ResultReaders.object("an awarded person", f -> {
    ImmutableAwardedPerson.Builder b = AwardedPerson.builder();
    f.required("person", Readers.STRING, b::person);
    f.required("subject", Readers.STRING, b::subject);
    f.required("role", Readers.enumOf(TeamRole.class), b::role);
    f.optional("value", Readers.DECIMAL, b::value);
    return f.build(b::build);
  });

  static final Reader<AwardResult> AWARD = ResultReaders.object("an award result", f -> {
    ImmutableAwardResult.Builder b = AwardResult.builder();
    f.required("id", Readers.STRING, b::id);
    f.required("label", Readers.STRING, b::label);
    f.required("forPeople", Readers.BOOLEAN, b::forPeople);
    f.required("subjects", Readers.list(Readers.STRING), b::addAllSubjects);
    f.required("people", Readers.list(AWARDED), b::addAllPeople);
    return f.build(b::build);
  });

  static final Reader<PointSource> SOURCE = ResultReaders.object("a point source", f -> {
    ImmutablePointSource.Builder b = PointSource.builder();
    f.required("subject", Readers.STRING, b::subject);
    f.required("role", Readers.enumOf(TeamRole.class), b::role);
    f.required("total", Readers.DECIMAL, b::total);
    f.required("coefficient", Readers.DECIMAL, b::coefficient);
    f.required("points", Readers.DECIMAL, b::points);
    return f.build(b::build);
  });

  static final Reader<PersonalPoints> PERSON = ResultReaders.object("a person's points", f -> {
    ImmutablePersonalPoints.Builder b = PersonalPoints.builder();
    f.required("person", Readers.STRING, b::person);
    f.optional("name", Readers.STRING, b::name);
    f.required("points", Readers.DECIMAL, b::points);
    f.required("sources", Readers.list(SOURCE), b::addAllSources);
    return f.build(b::build);
  });

  private ReportJsonReader() {}

  /**
   * Reads a report document; every problem found is thrown at once as an
   * {@link dev.huzhu.io.InvalidFileException}.
   */
  public static Report read(java.io.Reader text, String file, ReadLimits limits) {
    Decoding problems = new Decoding(file, limits.maxProblems());
    Optional<Report> report = Optional.empty();
    try {
      report = Documents.read(text, FileSyntax.JSON, limits, problems)
          .flatMap(root -> Documents.header(root, ReportJsonWriter.FORMAT, ReportJsonWriter.VERSION,
              problems, "a report"))
          .flatMap(ReportJsonReader::report);
    } catch (Decoding.StopReading e) {
      // the problems so far are reported below, the last one saying that reading stopped
    }
    problems.throwIfAny("the report");
    return report.orElseThrow(() -> new IllegalStateException("a report read without problems "
        + "must have a value"));
  }

  private static Optional<Report> report(Fields f) {
    ImmutableReport.Builder b = Report.builder();
    f.required("policy", Readers.STRING, b::policyId);
    f.required("title", Readers.STRING, b::title);
    f.required("period", PERIOD, b::period);
    f.required("subjects", Readers.list(SUBJECT), b::addAllSubjects);
    f.required("awards", Readers.list(AWARD), b::addAllAwards);
    f.required("personal", Readers.list(PERSON), b::addAllPersonal);
    return f.build(b::build);
  }
}
