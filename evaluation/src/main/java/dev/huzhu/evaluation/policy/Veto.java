package dev.huzhu.evaluation.policy;

import dev.huzhu.evaluation.math.Ratio;
import dev.huzhu.evaluation.measure.Measure;
import dev.huzhu.evaluation.measure.RawValue;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 一票否决: when the measure reaches {@link #atLeast()} (x ≥ atLeast), or falls to
 * {@link #atMost()} (x ≤ atMost) when the veto says that instead, the subject keeps its total but
 * gets the last band, no award, and passes 0 points to its members. A veto states exactly one of
 * the two (the policy validator checks); a missing value never vetoes. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Veto {
  public abstract String id();

  public abstract Optional<String> label();

  public abstract Measure measure();

  /** The value at or above which the veto strikes. */
  public abstract Optional<BigDecimal> atLeast();

  /** The value at or below which the veto strikes (lower is worse). */
  public abstract Optional<BigDecimal> atMost();

  public static ImmutableVeto.Builder builder() {
    return ImmutableVeto.builder();
  }

  /**
   * Whether a subject's raw value, as the policy keeps it, triggers the veto: x ≥ atLeast, or
   * x ≤ atMost; a missing value never does.
   */
  public boolean isTriggeredBy(RawValue x) {
    return x.kept().filter(v -> atLeast().map(t -> v.compareTo(Ratio.of(t)) >= 0)
        .or(() -> atMost().map(t -> v.compareTo(Ratio.of(t)) <= 0)).orElse(false)).isPresent();
  }
}
