package dev.huzhu.evaluation.scoring;

import dev.huzhu.evaluation.math.Decimals;
import dev.huzhu.evaluation.math.Ratio;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * {@code linear(target)}: p × clamp(x, 0, target) / target — full points at the target (e.g. 12
 * materials shared), none at 0 or below. The target must be positive (the policy validator checks).
 */
@Value.Immutable
public abstract class LinearScoring extends IndividualScoring {
  @Value.Parameter
  public abstract BigDecimal target();

  public static LinearScoring of(BigDecimal target) {
    return ImmutableLinearScoring.of(target);
  }

  @Override
  public String type() {
    return "linear";
  }

  @Override
  public BigDecimal score(BigDecimal max, BigDecimal x) {
    BigDecimal clamped = x.signum() < 0 ? BigDecimal.ZERO : x.min(target());
    return Decimals.points(Ratio.of(max.multiply(clamped), target()));
  }
}
