package dev.huzhu.testkit;

import dev.huzhu.evaluation.report.Report;
import dev.huzhu.evaluation.report.SubjectResult;
import java.util.Optional;

/** A subject's standing: its band, its rank, whether a veto struck it. */
final class SubjectStanding extends NamedExpectation {
  enum Kind { BAND, RANK, VETOED }

  private final String subject;
  private final Kind kind;
  private final String expected;

  SubjectStanding(Optional<String> name, String subject, Kind kind, String expected) {
    super(name);
    this.subject = subject;
    this.kind = kind;
    this.expected = expected;
  }

  @Override
  String defaultName() {
    return kind == Kind.VETOED
        ? subject + (expected.equals("true") ? " is vetoed" : " is not vetoed")
        : figure() + " is " + expected;
  }

  @Override
  public Expectation withName(String newName) {
    return new SubjectStanding(Optional.of(newName), subject, kind, expected);
  }

  private String figure() {
    return subject + (kind == Kind.BAND ? " grade" : kind == Kind.RANK ? " rank" : " vetoed");
  }

  @Override
  public ExpectationOutcome check(Report report) {
    Optional<SubjectResult> s = report.subject(subject);
    if (s.isEmpty()) {
      return ExpectationOutcome.failed(name(), expected, "no such subject", figure()
          + ": expected " + expected + ", but " + Explanations.noSubject(report, subject),
          Explanations.table(report));
    }
    String actual = actual(s.get());
    if (actual.equals(expected)) {
      return ExpectationOutcome.passed(name(), expected, figure() + " is " + actual);
    }
    // a rank is explained by the table of totals; a band or a veto by the subject's own figures
    return ExpectationOutcome.failed(name(), expected, actual, figure() + ": expected " + expected
        + ", but it is " + actual, kind == Kind.RANK ? Explanations.table(report, s.get())
        : Explanations.table(report, s.get()) + "\n" + Explanations.subject(report, s.get()));
  }

  private static String band(SubjectResult s) {
    return s.band().orElse("none (the policy has no grading)");
  }

  private String actual(SubjectResult s) {
    return switch (kind) {
      case BAND -> band(s);
      case RANK -> String.valueOf(s.rank());
      default -> String.valueOf(s.vetoed());
    };
  }

}
