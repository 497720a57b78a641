package dev.huzhu.evaluation.policy;

import dev.huzhu.evaluation.measure.Measure;
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
}
