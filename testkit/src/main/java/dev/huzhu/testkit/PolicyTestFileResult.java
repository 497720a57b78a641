package dev.huzhu.testkit;

import com.google.common.collect.ImmutableList;
import dev.huzhu.core.validation.Problem;
import org.immutables.value.Value;

/**
 * What running one policy test file gave: the result of each expectation, or — when the file, or
 * a file it names, is invalid — every problem, and no result. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PolicyTestFileResult {
  /** The file, as it was given. */
  public abstract String file();

  /** The file's problems; when there are any, no expectation was checked. */
  public abstract ImmutableList<Problem> problems();

  /** The result of each expectation, in the file's order; empty when the file is invalid. */
  public abstract ImmutableList<ExpectationResult> results();

  /** A builder of a file's result. */
  public static ImmutablePolicyTestFileResult.Builder builder() {
    return ImmutablePolicyTestFileResult.builder();
  }

  /** Whether the file, and every file it names, could be read and checked. */
  public boolean isValid() {
    return problems().isEmpty();
  }

  /** How many expectations held. */
  public long passed() {
    return results().stream().filter(ExpectationResult::passed).count();
  }

  /** How many expectations did not hold. */
  public long failed() {
    return results().size() - passed();
  }

  /** Whether the file is valid and every expectation held. */
  public boolean isSuccess() {
    return isValid() && failed() == 0;
  }
}
