package dev.huzhu.evaluation.scoring;

import com.google.common.collect.ImmutableList;
import dev.huzhu.evaluation.form.Form;
import dev.huzhu.evaluation.form.Kind;
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
public abstract class RelativeScoring extends ComparativeScoring {
  /** {@code relative} in policy files: it has no fields. */
  public static final Kind<RelativeScoring> KIND = Kind.of("relative", RelativeScoring.class,
      Form.empty(RelativeScoring::of));

  public static RelativeScoring of() {
    return ImmutableRelativeScoring.of();
  }

  @Override
  public Kind<RelativeScoring> kind() {
    return KIND;
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
