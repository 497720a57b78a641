package dev.huzhu.testkit;

import com.google.common.collect.ImmutableList;
import dev.huzhu.core.validation.Problem;
import org.immutables.value.Value;

/**
 * What running one policy test file gave: the outcome of each expectation, or — when the file,
 * or a file it names, is invalid — every problem, and no outcome. One file of a
 * {@link PolicyTestRun}. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PolicyTestFileRun {
  /** The file, as it was given. */
  public abstract String file();

  /** The file's problems; when there are any, no expectation was checked. */
  public abstract ImmutableList<Problem> problems();

  /** The outcome of each expectation, in the file's order; empty when the file is invalid. */
  public abstract ImmutableList<ExpectationOutcome> outcomes();

  /** A builder of a file's run. */
  public static ImmutablePolicyTestFileRun.Builder builder() {
    return ImmutablePolicyTestFileRun.builder();
  }

  /** Whether the file, and every file it names, could be read and checked. */
  public boolean isValid() {
    return problems().isEmpty();
  }

  /** How many expectations held. */
  public long passed() {
    return outcomes().stream().filter(ExpectationOutcome::passed).count();
  }

  /** How many expectations did not hold. */
  public long failed() {
    return outcomes().size() - passed();
  }

  /** Whether the file is valid and every expectation held. */
  public boolean isSuccess() {
    return isValid() && failed() == 0;
  }
}
