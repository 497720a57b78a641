package dev.huzhu.evaluation.policy;

import dev.huzhu.evaluation.math.Decimals;
import dev.huzhu.evaluation.math.Ratio;
import dev.huzhu.evaluation.measure.Measure;
import dev.huzhu.evaluation.measure.RawValue;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A bonus (加分) or deduction (扣分) outside the sections: {@code min(pointsEach × x, cap)} where
 * x is the measure's raw value, rounded half-up to 2 places; no cap means no limit. A missing x
 * adjusts nothing. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Adjustment {
  public abstract String id();

  /** A label for reports; the id when absent. */
  public abstract Optional<String> label();

  public abstract AdjustmentType type();

  public abstract Measure measure();

  public abstract BigDecimal pointsEach();

  public abstract Optional<BigDecimal> cap();

  public static ImmutableAdjustment.Builder builder() {
    return ImmutableAdjustment.builder();
  }

  /**
   * The points this adjustment adds (加分) or takes away (扣分) for a subject's raw value x:
   * {@code min(pointsEach × x, cap)}, never below 0, rounded once half-up to 2 places; 0.00 when
   * x is missing.
   */
  public BigDecimal points(RawValue x) {
    return x.value().map(this::points).orElse(Decimals.points(BigDecimal.ZERO));
  }

  /** {@code min(pointsEach × x, cap)}, never below 0, rounded once half-up to 2 places. */
  public BigDecimal points(BigDecimal x) {
    return Decimals.points(exactPoints(Ratio.of(x)));
  }

  /**
   * {@code min(pointsEach × x, cap)}, never below 0, exact — for the policy's rounding to round
   * (once to 2 places by default, not at all under {@code points: total}).
   */
  public Ratio exactPoints(Ratio x) {
    Ratio exact = Ratio.of(pointsEach()).multiply(x).max(Ratio.ZERO);
    return cap().isPresent() ? exact.min(Ratio.of(cap().get())) : exact;
  }
}
