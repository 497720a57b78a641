package dev.huzhu.evaluation.report;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a comparative scoring compared a subject's raw value with, so that its points re-add by
 * hand: the number n of subjects whose value was not missing, and for {@code relative} the
 * smallest and largest of their values ({@code p × (x − min) / (max − min)}), for {@code rank} the
 * subject's competition rank r ({@code p × (n − r) / (n − 1)}), for {@code ratioToBest} the best
 * value M ({@code p × max(x, 0) / M}). Values are shown as the policy keeps them. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class Comparison {
  /** How many subjects took part: those whose raw value was not missing. */
  public abstract int n();

  /** {@code relative}: the smallest value compared. */
  public abstract Optional<BigDecimal> min();

  /** {@code relative}: the largest value compared. */
  public abstract Optional<BigDecimal> max();

  /** {@code rank}: the subject's competition rank r among the n (1 for the highest x). */
  public abstract Optional<Integer> rank();

  /** {@code ratioToBest}: the best value M, the one that earns full points. */
  public abstract Optional<BigDecimal> best();

  public static ImmutableComparison.Builder builder() {
    return ImmutableComparison.builder();
  }

  /** The comparison as the explanation states it: {@code min 1.2, max 2.5 of n = 4}. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    min().ifPresent(v -> s.append("min ").append(v.toPlainString()).append(", "));
    max().ifPresent(v -> s.append("max ").append(v.toPlainString()).append(", "));
    rank().ifPresent(r -> s.append("rank ").append(r).append(' '));
    best().ifPresent(v -> s.append("best M = ").append(v.toPlainString()).append(", "));
    return s.append(rank().isPresent() ? "of n = " : "n = ").append(n()).toString();
  }
}
