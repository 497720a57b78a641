package dev.huzhu.evaluation.policy;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A grade band (等次): the policy's own grade identifier ({@code EXCELLENT}), its label (优秀), the
 * lowest total it takes, and optionally a quota: the largest share of the assessed subjects that
 * may receive it (优秀比例不超过30%). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Band {
  public abstract String grade();

  public abstract String label();

  public abstract BigDecimal minTotal();

  /** A fraction from 0 to 1 of the number of assessed subjects. */
  public abstract Optional<BigDecimal> quota();

  public static ImmutableBand.Builder builder() {
    return ImmutableBand.builder();
  }

  public static Band of(String grade, String label, BigDecimal minTotal) {
    return builder().grade(grade).label(label).minTotal(minTotal).build();
  }
}
