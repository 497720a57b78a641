package dev.huzhu.evaluation.policy;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * How totals become grades: bands listed best first, the last with {@code minTotal} 0 and no
 * quota. Walking the subjects in order, each gets the first band whose minimum it reaches and
 * whose seats are not used up. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Grading {
  @Value.Default
  public QuotaRounding quotaRounding() {
    return QuotaRounding.FLOOR;
  }

  public abstract ImmutableList<Band> bands();

  public static ImmutableGrading.Builder builder() {
    return ImmutableGrading.builder();
  }
}
