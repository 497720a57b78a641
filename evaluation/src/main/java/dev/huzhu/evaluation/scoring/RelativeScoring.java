package dev.huzhu.evaluation.scoring;

import com.google.common.collect.ImmutableList;
import dev.huzhu.evaluation.math.Decimals;
import dev.huzhu.evaluation.math.Ratio;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code relative}: among the subjects whose x is not missing, p × (x − min) / (max − min); when
 * max = min every one of them gets p.
 */
@Value.Immutable(singleton = true)
public abstract class RelativeScoring implements Scoring {
  public static RelativeScoring of() {
    return ImmutableRelativeScoring.of();
  }

  @Override
  public String type() {
    return "relative";
  }

  @Override
  public ImmutableList<BigDecimal> points(BigDecimal p, List<Optional<BigDecimal>> values) {
    Optional<BigDecimal> min = values.stream().flatMap(Optional::stream).min(BigDecimal::compareTo);
    Optional<BigDecimal> max = values.stream().flatMap(Optional::stream).max(BigDecimal::compareTo);
    return values.stream().map(v -> v.map(x -> {
      BigDecimal span = max.get().subtract(min.get());
      return span.signum() == 0 ? Decimals.points(p)
          : Decimals.points(Ratio.of(p.multiply(x.subtract(min.get())), span));
    }).orElse(Decimals.points(BigDecimal.ZERO))).collect(ImmutableList.toImmutableList());
  }
}
