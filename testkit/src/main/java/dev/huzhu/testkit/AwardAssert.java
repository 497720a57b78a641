package dev.huzhu.testkit;

/** Assertions on one award: which subjects it selects or which people it names. */
public final class AwardAssert {
  private final Verification verification;
  private final String award;

  AwardAssert(Verification verification, String award) {
    this.verification = verification;
    this.award = award;
  }

  private AwardAssert expect(Expectation e) {
    verification.expect(e);
    return this;
  }

  public AwardAssert includes(String subject) {
    return expect(Expectation.awardIncludes(award, subject, true));
  }

  public AwardAssert excludes(String subject) {
    return expect(Expectation.awardIncludes(award, subject, false));
  }

  public AwardAssert names(String person) {
    return expect(Expectation.awardNames(award, person, true));
  }

  public AwardAssert doesNotName(String person) {
    return expect(Expectation.awardNames(award, person, false));
  }

  public AwardAssert isEmpty() {
    return expect(Expectation.awardEmpty(award));
  }

  public Verification and() {
    return verification;
  }
}
