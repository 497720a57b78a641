package dev.huzhu.evaluation.measure;

import dev.huzhu.evaluation.math.Decimals;
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

  /**
   * The raw value an accumulator holds: rounded once half-up to 4 places when {@code derived},
   * else the exact count or sum; missing when the accumulator has no data.
   */
  public static RawValue from(Accumulator accumulator, boolean derived) {
    return accumulator.exact()
        .map(x -> of(derived ? Decimals.raw(x) : x.toExactDecimal(), accumulator.evidence()))
        .orElseGet(() -> missing(accumulator.evidence()));
  }

  /** Whether there was no data to measure. */
  public boolean isMissing() {
    return value().isEmpty();
  }
}
