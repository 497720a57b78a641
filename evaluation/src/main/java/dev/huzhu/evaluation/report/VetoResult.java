package dev.huzhu.evaluation.report;

import dev.huzhu.evaluation.measure.Evidence;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/** One veto (一票否决) of one subject: its raw value and whether it was triggered. Immutable and thread-safe. */
@Value.Immutable
public abstract class VetoResult {
  public abstract String id();

  public abstract String label();

  public abstract Optional<BigDecimal> value();

  public abstract boolean triggered();

  public abstract Evidence evidence();

  public static ImmutableVetoResult.Builder builder() {
    return ImmutableVetoResult.builder();
  }
}
