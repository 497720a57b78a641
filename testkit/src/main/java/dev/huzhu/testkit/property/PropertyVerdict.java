package dev.huzhu.testkit.property;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The verdict on one property over all the seeds of a check (a {@link PropertyOutcome} is what
 * one check on one dataset found): it held on every seed it applied to (and applied to at least
 * one), did not apply to any, or failed — with the counterexample of the first seed it failed
 * on, after which no further seed is tried. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PropertyVerdict {
  /** How a property fared over all seeds. */
  public enum Status {
    /** Held on every seed, and applied to at least one. */
    HOLDS,
    /** Applied to no seed. */
    NOT_APPLICABLE,
    /** Failed on a seed. */
    FAILED
  }

  /** The property's name. */
  public abstract String property();

  /** What the property says, in one sentence. */
  public abstract String description();

  /** Held on every applicable seed, failed, or not applicable on any seed. */
  public abstract Status status();

  /** Seeds checked, the failing one included. */
  public abstract int seedsTried();

  /** Seeds on which the property applied (held or failed). */
  public abstract int seedsApplicable();

  /** Why the property did not apply, on the first seed it did not; empty when it always applied. */
  public abstract Optional<String> notApplicableReason();

  /** The shrunk counterexample, when it failed. */
  public abstract Optional<Counterexample> counterexample();

  /** A builder of a property's verdict. */
  public static ImmutablePropertyVerdict.Builder builder() {
    return ImmutablePropertyVerdict.builder();
  }

  @Override
  public String toString() {
    return switch (status()) {
      case HOLDS -> property() + ": holds (applied on " + seedsApplicable() + " of " + seedsTried()
          + " seeds)";
      case NOT_APPLICABLE -> property() + ": not applicable on any of " + seedsTried() + " seeds ("
          + notApplicableReason().orElse("") + ")";
      default -> property() + ": FAILED on seed " + counterexample().map(Counterexample::seed)
          .map(String::valueOf).orElse("?");
    };
  }
}
