package dev.huzhu.evaluation.report;

import dev.huzhu.evaluation.measure.Evidence;
import dev.huzhu.evaluation.policy.AdjustmentType;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One bonus or deduction of one subject: its raw value x and the points added or taken away
 * ({@code min(pointsEach × x, cap)}, never below 0, with 2 places). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AdjustmentResult {
  public abstract String id();

  public abstract String label();

  public abstract AdjustmentType type();

  public abstract Optional<BigDecimal> value();

  /** The points added (bonus) or taken away (deduction); 0 or more. */
  public abstract BigDecimal points();

  public abstract Evidence evidence();

  public static ImmutableAdjustmentResult.Builder builder() {
    return ImmutableAdjustmentResult.builder();
  }

  /** The signed effect on the total: + for a bonus, − for a deduction. */
  public BigDecimal effect() {
    return type() == AdjustmentType.BONUS ? points() : points().negate();
  }
}
