package dev.huzhu.evaluation.scoring;

import com.google.common.collect.ImmutableList;
import dev.huzhu.evaluation.math.Decimals;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * {@code tiers}: the points of the highest tier whose {@code atLeast} ≤ x; 0 below every tier. Tiers
 * are listed from the highest threshold down, each worth at most the metric's points (the policy
 * validator checks both).
 */
@Value.Immutable
public abstract class TiersScoring extends IndividualScoring {
  @Value.Parameter
  public abstract ImmutableList<Tier> tiers();

  public static TiersScoring of(Iterable<? extends Tier> tiers) {
    return ImmutableTiersScoring.of(tiers);
  }

  @Override
  public String type() {
    return "tiers";
  }

  @Override
  public BigDecimal score(BigDecimal max, BigDecimal x) {
    BigDecimal best = null;
    BigDecimal points = BigDecimal.ZERO;
    for (Tier t : tiers()) {
      if (t.atLeast().compareTo(x) <= 0 && (best == null || t.atLeast().compareTo(best) > 0)) {
        best = t.atLeast();
        points = t.points();
      }
    }
    return Decimals.points(points);
  }
}
