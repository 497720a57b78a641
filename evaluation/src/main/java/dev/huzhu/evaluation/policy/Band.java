package dev.huzhu.evaluation.policy;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A band (等次): the policy's own identifier of the band ({@code EXCELLENT}), its label (优秀), the
 * lowest total it takes, and optionally a quota: the largest share of the assessed subjects that
 * may receive it (优秀比例不超过30%). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Band {
  /** The band's identifier, the policy's own ({@code EXCELLENT}); {@code grade} in files. */
  public abstract String id();

  public abstract String label();

  public abstract BigDecimal minTotal();

  /** A fraction from 0 to 1 of the number of assessed subjects. */
  public abstract Optional<BigDecimal> quota();

  public static ImmutableBand.Builder builder() {
    return ImmutableBand.builder();
  }

  public static Band of(String id, String label, BigDecimal minTotal) {
    return builder().id(id).label(label).minTotal(minTotal).build();
  }

  /** A copy with its label replaced. */
  public Band withLabel(String value) {
    return ImmutableBand.copyOf(this).withLabel(value);
  }

  /** A copy with its lowest total replaced. */
  public Band withMinTotal(BigDecimal value) {
    return ImmutableBand.copyOf(this).withMinTotal(value);
  }

  /** A copy with its quota (名额), a fraction from 0 to 1 replaced. */
  public Band withQuota(BigDecimal value) {
    return ImmutableBand.copyOf(this).withQuota(value);
  }

  /** A copy without its quota (名额), a fraction from 0 to 1. */
  public Band withoutQuota() {
    return ImmutableBand.copyOf(this).withQuota(java.util.Optional.empty());
  }
}
