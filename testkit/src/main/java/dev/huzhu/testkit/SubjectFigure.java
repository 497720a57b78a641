package dev.huzhu.testkit;

import dev.huzhu.evaluation.report.MetricResult;
import dev.huzhu.evaluation.report.Report;
import dev.huzhu.evaluation.report.SectionResult;
import dev.huzhu.evaluation.report.SubjectResult;
import java.math.BigDecimal;
import java.util.Optional;

/** A decimal figure of one subject: its total, a section's points, a metric's points or raw value. */
final class SubjectFigure extends NamedExpectation {
  enum Kind { TOTAL, SECTION, METRIC_POINTS, RAW_VALUE }

  private final String subject;
  private final Kind kind;
  private final String part; // the section or metric id; empty for the total
  private final Optional<BigDecimal> expected; // empty: a raw value expected to be missing

  private SubjectFigure(Optional<String> name, String subject, Kind kind, String part,
      Optional<BigDecimal> expected) {
    super(name);
    this.subject = subject;
    this.kind = kind;
    this.part = part;
    this.expected = expected;
  }

  static SubjectFigure total(String subject, BigDecimal points) {
    return new SubjectFigure(Optional.empty(), subject, Kind.TOTAL, "", Optional.of(points));
  }

  static SubjectFigure section(String subject, String section, BigDecimal points) {
    return new SubjectFigure(Optional.empty(), subject, Kind.SECTION, section, Optional.of(points));
  }

  static SubjectFigure metricPoints(String subject, String metric, BigDecimal points) {
    return new SubjectFigure(Optional.empty(), subject, Kind.METRIC_POINTS, metric,
        Optional.of(points));
  }

  static SubjectFigure rawValue(String subject, String metric, Optional<BigDecimal> value) {
    return new SubjectFigure(Optional.empty(), subject, Kind.RAW_VALUE, metric, value);
  }

  @Override
  String defaultName() {
    return figure() + " is " + Explanations.plain(expected);
  }

  @Override
  public Expectation withName(String newName) {
    return new SubjectFigure(Optional.of(newName), subject, kind, part, expected);
  }

  private String figure() {
    return switch (kind) {
      case TOTAL -> subject + " total";
      case SECTION -> subject + " section " + part + " points";
      case METRIC_POINTS -> subject + " metric " + part + " points";
      default -> subject + " metric " + part + " raw value";
    };
  }

  @Override
  public ExpectationOutcome check(Report report) {
    String want = Explanations.plain(expected);
    Optional<SubjectResult> s = report.subject(subject);
    if (s.isEmpty()) {
      return ExpectationOutcome.failed(name(), want, "no such subject", figure() + ": expected "
          + want + ", but " + Explanations.noSubject(report, subject), Explanations.table(report));
    }
    Optional<Optional<BigDecimal>> actual = actual(s.get());
    if (actual.isEmpty()) {
      return ExpectationOutcome.failed(name(), want, "no such " + partKind(), figure()
          + ": expected " + want + ", but the report has no " + partKind() + " " + part
          + " for " + subject, Explanations.subject(report, s.get()));
    }
    Optional<BigDecimal> is = actual.get();
    boolean same = is.isPresent() == expected.isPresent()
        && (is.isEmpty() || Explanations.same(is.get(), expected.get()));
    String got = Explanations.plain(is);
    if (same) {
      return ExpectationOutcome.passed(name(), want, figure() + " is " + got);
    }
    return ExpectationOutcome.failed(name(), want, got, figure() + ": expected " + want
        + ", but it is " + got, Explanations.subject(report, s.get()));
  }

  private String partKind() {
    return kind == Kind.SECTION ? "section" : "metric";
  }

  private Optional<Optional<BigDecimal>> actual(SubjectResult s) {
    return switch (kind) {
      case TOTAL -> Optional.of(Optional.of(s.total()));
      case SECTION -> s.section(part).map(SectionResult::points).map(Optional::of);
      case METRIC_POINTS -> s.metric(part).map(MetricResult::points).map(Optional::of);
      default -> s.metric(part).map(MetricResult::value);
    };
  }

}
