package dev.huzhu.testkit;

import dev.huzhu.core.validation.SourceLocation;
import org.immutables.value.Value;

/** One expectation of a policy test file and where it is written. Immutable and thread-safe. */
@Value.Immutable
public abstract class PolicyTestCase {
  /** The expectation. */
  @Value.Parameter
  public abstract Expectation expectation();

  /** Where the expectation begins in its file. */
  @Value.Parameter
  public abstract SourceLocation location();

  /** An expectation written at a place in a file. */
  public static PolicyTestCase of(Expectation expectation, SourceLocation location) {
    return ImmutablePolicyTestCase.of(expectation, location);
  }

  /** The expectation's name. */
  public String name() {
    return expectation().name();
  }
}
