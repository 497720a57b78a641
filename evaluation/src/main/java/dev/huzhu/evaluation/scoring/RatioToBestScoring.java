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
 * {@code ratioToBest} (以最高分为满分折算): p × max(x, 0) / M, where M is the largest x among the
 * subjects whose x is not missing; when M ≤ 0 every subject gets 0.
 */
@Value.Immutable(singleton = true)
public abstract class RatioToBestScoring extends ComparativeScoring {
  /** {@code ratioToBest} in policy files: it has no fields. */
  public static final Kind<RatioToBestScoring> KIND = Kind.of("ratioToBest",
      RatioToBestScoring.class, Form.empty(RatioToBestScoring::of));

  public static RatioToBestScoring of() {
    return ImmutableRatioToBestScoring.of();
  }

  @Override
  public Kind<RatioToBestScoring> kind() {
    return KIND;
  }

  @Override
  public ImmutableList<BigDecimal> points(BigDecimal p, List<Optional<BigDecimal>> values) {
    Optional<BigDecimal> best = values.stream().flatMap(Optional::stream).max(BigDecimal::compareTo);
    return values.stream().map(v -> v.map(x -> best.get().signum() <= 0
        ? Decimals.points(BigDecimal.ZERO)
        : Decimals.points(Ratio.of(p.multiply(x.max(BigDecimal.ZERO)), best.get())))
        .orElse(Decimals.points(BigDecimal.ZERO))).collect(ImmutableList.toImmutableList());
  }
}
