package dev.huzhu.evaluation.measure;

import dev.huzhu.evaluation.math.Decimals;
import dev.huzhu.evaluation.math.Ratio;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A subject's raw value x for a measure: exact for counts and sums; for a derived value (a mean,
 * a share, an improvement) rounded once half-up to 4 places, or kept unrounded when the policy
 * says {@code rounding: {values: exact}} (the policy's {@code Rounding.keep} decides, in one
 * place); or missing when there was no data (no score units, no deliveries); with the evidence
 * behind it. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class RawValue {
  /** The value as the report shows it; absent when missing. */
  public abstract Optional<BigDecimal> value();

  public abstract Evidence evidence();

  /**
   * A derived value's exact rational value before any rounding; absent for an exact count or sum,
   * and for a derived value once rounded to 4 places under the default rounding.
   */
  @Value.Auxiliary
  public abstract Optional<Ratio> unrounded();

  /**
   * Whether the value is the square root of an exact rational (a dispersion): then
   * {@link #unrounded()} holds that exact square, and the root is rounded once, to 4 places by
   * default or to 12 when the policy keeps values exact.
   */
  @Value.Auxiliary
  @Value.Default
  public boolean irrational() {
    return false;
  }

  /** An exact count or sum, or a value already rounded as it is to be kept. */
  public static RawValue of(BigDecimal value, Evidence evidence) {
    return ImmutableRawValue.builder().value(value).evidence(evidence).build();
  }

  /**
   * A derived value: its exact rational value, shown rounded once half-up to 4 places until the
   * policy's rounding keeps it exact.
   */
  public static RawValue derived(Ratio exact, Evidence evidence) {
    return ImmutableRawValue.builder().value(Decimals.raw(exact)).unrounded(exact)
        .evidence(evidence).build();
  }

  /**
   * The square root of an exact rational (a dispersion, S / X̄ from its exact square): shown
   * rounded once half-up to 4 places until the policy's rounding takes the root at its own
   * places; the root is never rounded twice.
   */
  public static RawValue root(Ratio square, Evidence evidence) {
    return ImmutableRawValue.builder().value(Decimals.rawSqrt(square)).unrounded(square)
        .irrational(true).evidence(evidence).build();
  }

  /** A derived value kept unrounded, and the decimal the report shows for it. */
  public static RawValue unrounded(Ratio exact, BigDecimal shown, Evidence evidence) {
    return ImmutableRawValue.builder().value(shown).unrounded(exact).evidence(evidence).build();
  }

  public static RawValue missing(Evidence evidence) {
    return ImmutableRawValue.builder().evidence(evidence).build();
  }

  /**
   * The raw value an accumulator holds: a derived value when {@code derived}, else the exact
   * count or sum; missing when the accumulator has no data.
   */
  public static RawValue from(Accumulator accumulator, boolean derived) {
    return accumulator.exact()
        .map(x -> derived ? derived(x, accumulator.evidence())
            : of(x.toExactDecimal(), accumulator.evidence()))
        .orElseGet(() -> missing(accumulator.evidence()));
  }

  /**
   * The value as the policy keeps it, for scorings, vetoes and adjustments: the unrounded value
   * when there is one, else the value shown.
   */
  public Optional<Ratio> kept() {
    if (irrational()) {
      // unrounded() is the square; the root kept is the one rounded once
      return value().map(Ratio::of);
    }
    return unrounded().or(() -> value().map(Ratio::of));
  }

  /** Whether there was no data to measure. */
  public boolean isMissing() {
    return value().isEmpty();
  }
}
