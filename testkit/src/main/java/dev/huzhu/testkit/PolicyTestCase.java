package dev.huzhu.testkit;

import dev.huzhu.core.validation.SourceLocation;
import org.immutables.value.Value;

/** One expectation of a policy test file and where it is written. Immutable and thread-safe. */
@Value.Immutable
public abstract class PolicyTestCase {
  @Value.Parameter
  public abstract Expectation expectation();

  @Value.Parameter
  public abstract SourceLocation location();

  public static PolicyTestCase of(Expectation expectation, SourceLocation location) {
    return ImmutablePolicyTestCase.of(expectation, location);
  }

  public String name() {
    return expectation().name();
  }
}
