package dev.huzhu.testkit;

/** Assertions on one award: which subjects it selects or which people it names. */
public final class AwardAssert {
  private final ReportAssert reportAssert;
  private final String award;

  AwardAssert(ReportAssert reportAssert, String award) {
    this.reportAssert = reportAssert;
    this.award = award;
  }

  private AwardAssert expect(Expectation e) {
    reportAssert.expect(e);
    return this;
  }

  /** That the award selects the subject (优秀互助组 …). */
  public AwardAssert includes(String subject) {
    return expect(Expectation.awardIncludes(award, subject, true));
  }

  /** That the award does not select the subject, which the report must hold. */
  public AwardAssert excludes(String subject) {
    return expect(Expectation.awardIncludes(award, subject, false));
  }

  /** That a people award names the person (成绩突出的组长和教师). */
  public AwardAssert names(String person) {
    return expect(Expectation.awardNames(award, person, true));
  }

  /** That a people award does not name the person, who must be on the report's personal list. */
  public AwardAssert doesNotName(String person) {
    return expect(Expectation.awardNames(award, person, false));
  }

  /** That the award has no winner at all. */
  public AwardAssert isEmpty() {
    return expect(Expectation.awardEmpty(award));
  }

  /** The assertions on the report, to go on with another subject, award or person. */
  public ReportAssert and() {
    return reportAssert;
  }
}
