package dev.huzhu.testkit.property;

import org.immutables.value.Value;

/**
 * What one check of a {@link PolicyProperty} on one dataset found: the property holds, is
 * violated (the message says what was seen, with the figures), or does not apply (the message
 * says why). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PropertyOutcome {
  /** The three outcomes of a check. */
  public enum Status {
    HOLDS,
    VIOLATED,
    NOT_APPLICABLE
  }

  /** Held, violated or not applicable. */
  @Value.Parameter
  public abstract Status status();

  /** What was violated, or why the property does not apply; empty when it holds. */
  @Value.Parameter
  public abstract String message();

  /** The property held on the dataset. */
  public static PropertyOutcome holds() {
    return ImmutablePropertyOutcome.of(Status.HOLDS, "");
  }

  /** The property was broken; the message says how, with the figures. */
  public static PropertyOutcome violated(String message) {
    return ImmutablePropertyOutcome.of(Status.VIOLATED, message);
  }

  /** The dataset (or policy) gave the property nothing to check; the reason says why. */
  public static PropertyOutcome notApplicable(String reason) {
    return ImmutablePropertyOutcome.of(Status.NOT_APPLICABLE, reason);
  }

  /** Whether the property was broken. */
  public boolean isViolated() {
    return status() == Status.VIOLATED;
  }

  @Override
  public String toString() {
    return status() == Status.HOLDS ? "holds" : status() + ": " + message();
  }
}
