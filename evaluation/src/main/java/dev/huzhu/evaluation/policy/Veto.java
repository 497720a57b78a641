package dev.huzhu.evaluation.policy;

import dev.huzhu.evaluation.measure.Measure;
import dev.huzhu.evaluation.measure.RawValue;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 一票否决: when the measure reaches {@link #atLeast()}, the subject keeps its total but gets the
 * last band and no award. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Veto {
  public abstract String id();

  public abstract Optional<String> label();

  public abstract Measure measure();

  public abstract BigDecimal atLeast();

  public static ImmutableVeto.Builder builder() {
    return ImmutableVeto.builder();
  }

  /** Whether a subject's raw value triggers the veto: it reaches {@link #atLeast()}; missing never does. */
  public boolean isTriggeredBy(RawValue x) {
    return x.value().filter(v -> v.compareTo(atLeast()) >= 0).isPresent();
  }
}
