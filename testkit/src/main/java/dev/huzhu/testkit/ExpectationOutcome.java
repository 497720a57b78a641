package dev.huzhu.testkit;

import dev.huzhu.core.validation.SourceLocation;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Whether one expectation held on a report: its name, and when it failed, what was expected, what
 * the report holds, and the explanation of the figure (its value, points and records) so that the
 * author sees why, not just two numbers. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ExpectationOutcome {
  /** The expectation's name. */
  public abstract String name();

  /** Whether the expectation held. */
  public abstract boolean passed();

  /** What was expected, as written: {@code 92.00}, {@code GOOD}, {@code before g-zc-chinese3}. */
  public abstract String expected();

  /** What the report holds, in the same terms. */
  public abstract String actual();

  /** One line: the figure, what was expected and what it is. */
  public abstract String message();

  /** The explanation of the figure checked, as the report renders it; several lines. */
  public abstract String explanation();

  /** Where the expectation is written, when it comes from a policy test file. */
  public abstract Optional<SourceLocation> location();

  /** This outcome placed where its expectation is written. */
  public ExpectationOutcome at(SourceLocation where) {
    return ImmutableExpectationOutcome.copyOf(this).withLocation(where);
  }

  static ExpectationOutcome passed(String name, String expected, String message) {
    return ImmutableExpectationOutcome.builder().name(name).passed(true).expected(expected)
        .actual(expected).message(message).explanation("").build();
  }

  static ExpectationOutcome failed(String name, String expected, String actual, String message,
      String explanation) {
    return ImmutableExpectationOutcome.builder().name(name).passed(false).expected(expected)
        .actual(actual).message(message).explanation(explanation).build();
  }

  /** The message and, for a failure, the explanation below it. */
  public String describe() {
    return passed() || explanation().isEmpty() ? message()
        : message() + "\n" + explanation().stripTrailing();
  }
}
