package dev.huzhu.testkit;

import java.math.BigDecimal;

/** Assertions on one person's bundled points (评优晋级 priority list). */
public final class PersonAssert {
  private final ReportAssert reportAssert;
  private final String person;

  PersonAssert(ReportAssert reportAssert, String person) {
    this.reportAssert = reportAssert;
    this.person = person;
  }

  /** The person's bundled points: round2(total × coefficient), the best or the sum of them. */
  public PersonAssert hasPoints(String points) {
    reportAssert.expect(Expectation.personPoints(person, new BigDecimal(points)));
    return this;
  }

  /** The assertions on the report, to go on with another subject, award or person. */
  public ReportAssert and() {
    return reportAssert;
  }
}
