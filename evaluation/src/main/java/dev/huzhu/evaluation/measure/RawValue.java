package dev.huzhu.evaluation.measure;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A subject's raw value x for a measure: exact for counts and sums, rounded once half-up to 4
 * places for derived values, or missing when there was no data (no score units, no deliveries);
 * with the evidence behind it. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class RawValue {
  public abstract Optional<BigDecimal> value();

  public abstract Evidence evidence();

  public static RawValue of(BigDecimal value, Evidence evidence) {
    return ImmutableRawValue.builder().value(value).evidence(evidence).build();
  }

  public static RawValue missing(Evidence evidence) {
    return ImmutableRawValue.builder().evidence(evidence).build();
  }

  /** Whether there was no data to measure. */
  public boolean isMissing() {
    return value().isEmpty();
  }
}
