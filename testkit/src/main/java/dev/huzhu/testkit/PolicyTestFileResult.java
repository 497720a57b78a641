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

  public abstract ImmutableList<ExpectationResult> results();

  public static ImmutablePolicyTestFileResult.Builder builder() {
    return ImmutablePolicyTestFileResult.builder();
  }

  public boolean isValid() {
    return problems().isEmpty();
  }

  public long passed() {
    return results().stream().filter(ExpectationResult::passed).count();
  }

  public long failed() {
    return results().size() - passed();
  }

  /** Whether the file is valid and every expectation held. */
  public boolean isSuccess() {
    return isValid() && failed() == 0;
  }
}
