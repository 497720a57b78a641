package dev.huzhu.evaluation.scoring;

import java.math.BigDecimal;
import org.immutables.value.Value;

/** One step of a {@code tiers} scoring: x at least {@code atLeast} earns {@code points}. */
@Value.Immutable
public abstract class Tier {
  @Value.Parameter
  public abstract BigDecimal atLeast();

  @Value.Parameter
  public abstract BigDecimal points();

  public static Tier of(BigDecimal atLeast, BigDecimal points) {
    return ImmutableTier.of(atLeast, points);
  }
}
