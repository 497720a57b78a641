package dev.huzhu.testkit;

import dev.huzhu.evaluation.report.PersonalPoints;
import dev.huzhu.evaluation.report.Report;
import java.math.BigDecimal;
import java.util.Optional;

/** A person's bundled points (捆绑 → 评优晋级). */
final class PersonFigure extends NamedExpectation {
  private final String person;
  private final BigDecimal expected;

  PersonFigure(Optional<String> name, String person, BigDecimal expected) {
    super(name);
    this.person = person;
    this.expected = expected;
  }

  @Override
  String defaultName() {
    return person + " points are " + expected.toPlainString();
  }

  @Override
  public Expectation withName(String newName) {
    return new PersonFigure(Optional.of(newName), person, expected);
  }

  @Override
  public ExpectationOutcome check(Report report) {
    String want = expected.toPlainString();
    Optional<PersonalPoints> p = report.person(person);
    if (p.isEmpty()) {
      return ExpectationOutcome.failed(name(), want, "not on the list", person + " points: expected "
          + want + ", but " + person + " is not a member of any subject assessed by "
          + report.policyId(), Explanations.people(report));
    }
    String got = p.get().points().toPlainString();
    if (Explanations.same(p.get().points(), expected)) {
      return ExpectationOutcome.passed(name(), want, person + " points are " + got);
    }
    return ExpectationOutcome.failed(name(), want, got, person + " points: expected " + want
        + ", but they are " + got, Explanations.person(report, p.get()));
  }

}
