package dev.huzhu.testkit;

import java.math.BigDecimal;

/** Assertions on one person's bundled points (评优晋级 priority list). */
public final class PersonAssert {
  private final Verification verification;
  private final String person;

  PersonAssert(Verification verification, String person) {
    this.verification = verification;
    this.person = person;
  }

  /** The person's bundled points: round2(total × coefficient), the best or the sum of them. */
  public PersonAssert hasPoints(String points) {
    verification.expect(Expectation.personPoints(person, new BigDecimal(points)));
    return this;
  }

  /** The verification, to go on with another subject, award or person. */
  public Verification and() {
    return verification;
  }
}
