package dev.huzhu.testkit;

import dev.huzhu.evaluation.report.Report;
import dev.huzhu.evaluation.report.SubjectResult;
import java.util.Optional;

/** That one subject comes before another in the report's order (docs/assessment.md#order-and-rank). */
final class SubjectOrder extends NamedExpectation {
  private final String first;
  private final String second;

  SubjectOrder(Optional<String> name, String first, String second) {
    super(name);
    this.first = first;
    this.second = second;
  }

  @Override
  String defaultName() {
    return first + " is ordered before " + second;
  }

  @Override
  public Expectation withName(String newName) {
    return new SubjectOrder(Optional.of(newName), first, second);
  }

  @Override
  public ExpectationOutcome check(Report report) {
    String want = first + " before " + second;
    for (String id : new String[] {first, second}) {
      if (report.subject(id).isEmpty()) {
        return ExpectationOutcome.failed(name(), want, "no such subject", "order: expected " + want
            + ", but " + Explanations.noSubject(report, id), Explanations.table(report));
      }
    }
    SubjectResult a = report.subject(first).orElseThrow();
    SubjectResult b = report.subject(second).orElseThrow();
    if (a.order() < b.order()) {
      return ExpectationOutcome.passed(name(), want, "order: " + first + " (" + a.order() + ") is before "
          + second + " (" + b.order() + ")");
    }
    String got = second + " before " + first;
    return ExpectationOutcome.failed(name(), want, got, "order: expected " + want + ", but " + first
        + " is #" + a.order() + " and " + second + " is #" + b.order(), Explanations.table(report, a, b)
        + "\n" + Explanations.subject(report, a) + Explanations.subject(report, b));
  }

}
