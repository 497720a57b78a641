package dev.huzhu.testkit;

import dev.huzhu.evaluation.report.Report;
import org.opentest4j.AssertionFailedError;

/**
 * The report of one assessment under test, and the assertions on it: start from a subject, an
 * award or a person. A failed assertion throws opentest4j's {@link AssertionFailedError} (JUnit
 * shows expected and actual side by side) whose message carries the explanation of the figure.
 */
public final class ReportAssert {
  private final Report report;

  ReportAssert(Report report) {
    this.report = report;
  }

  /** The report, for checks of your own. */
  public Report report() {
    return report;
  }

  /** Assertions on one subject; the subject need not exist until an assertion is made. */
  public SubjectAssert subject(String id) {
    return new SubjectAssert(this, id);
  }

  /** Assertions on one award. */
  public AwardAssert award(String id) {
    return new AwardAssert(this, id);
  }

  /** Assertions on one person's bundled points. */
  public PersonAssert person(String id) {
    return new PersonAssert(this, id);
  }

  /** Checks an expectation built with {@link Expectation}'s factories. */
  public ReportAssert expect(Expectation expectation) {
    ExpectationOutcome outcome = expectation.check(report);
    if (!outcome.passed()) {
      throw new AssertionFailedError(outcome.describe(), outcome.expected(), outcome.actual());
    }
    return this;
  }
}
