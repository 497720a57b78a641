package dev.huzhu.testkit;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Assertions on one assessed subject: its total, a section's or metric's points, a metric's raw
 * value, its band, rank, order and veto. Each returns this assertion, so they chain; decimals are
 * written as text ({@code "92.00"}) and compared by value.
 */
public final class SubjectAssert {
  private final ReportAssert reportAssert;
  private final String subject;

  SubjectAssert(ReportAssert reportAssert, String subject) {
    this.reportAssert = reportAssert;
    this.subject = subject;
  }

  private SubjectAssert expect(Expectation e) {
    reportAssert.expect(e);
    return this;
  }

  /** The subject's total: max(0, sections + bonuses − deductions). */
  public SubjectAssert hasTotal(String points) {
    return expect(Expectation.total(subject, new BigDecimal(points)));
  }

  /** The points of one of the subject's sections (过程性评价, 终结性评价, …). */
  public SubjectAssert hasSectionPoints(String section, String points) {
    return expect(Expectation.sectionPoints(subject, section, new BigDecimal(points)));
  }

  /** The points one metric earned for the subject. */
  public SubjectAssert hasMetricPoints(String metric, String points) {
    return expect(Expectation.metricPoints(subject, metric, new BigDecimal(points)));
  }

  /** The metric's raw value x, e.g. {@code "0.6667"} for 4 lessons over 6 members. */
  public SubjectAssert hasRawValue(String metric, String value) {
    return expect(Expectation.rawValue(subject, metric, Optional.of(new BigDecimal(value))));
  }

  /** That the metric's measure had no data (it then scores 0 and the report flags it). */
  public SubjectAssert hasMissingValue(String metric) {
    return expect(Expectation.rawValue(subject, metric, Optional.empty()));
  }

  /** The identifier of the subject's band: {@code EXCELLENT}, {@code GOOD}, …. */
  public SubjectAssert hasBand(String band) {
    return expect(Expectation.band(subject, band));
  }

  /** The subject's competition rank on the total (1, 2, 2, 4). */
  public SubjectAssert hasRank(int rank) {
    return expect(Expectation.rank(subject, rank));
  }

  /** That the subject comes before another in the report's order. */
  public SubjectAssert isOrderedBefore(String other) {
    return expect(Expectation.orderedBefore(subject, other));
  }

  /** That a veto (一票否决) struck the subject. */
  public SubjectAssert isVetoed() {
    return expect(Expectation.vetoed(subject, true));
  }

  /** That no veto struck the subject. */
  public SubjectAssert isNotVetoed() {
    return expect(Expectation.vetoed(subject, false));
  }

  /** The assertions on the report, to go on with another subject, award or person. */
  public ReportAssert and() {
    return reportAssert;
  }
}
