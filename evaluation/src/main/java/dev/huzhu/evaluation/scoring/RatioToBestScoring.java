package dev.huzhu.evaluation.scoring;

import com.google.common.collect.ImmutableList;
import dev.huzhu.evaluation.form.Form;
import dev.huzhu.evaluation.form.Kind;
import dev.huzhu.evaluation.math.Ratio;
import dev.huzhu.evaluation.report.Comparison;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * {@code ratioToBest} (以最高分为满分折算): p × max(x, 0) / M, where M is the largest x among the
 * subjects whose x is not missing; when M ≤ 0 every subject gets 0. The explanation gives M and n.
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
  public ImmutableList<Ratio> exactPoints(BigDecimal p, List<Optional<Ratio>> values) {
    Optional<Ratio> best = present(values).stream().reduce(Ratio::max);
    return values.stream().map(v -> v.map(x -> best.get().signum() <= 0 ? Ratio.ZERO
        : Ratio.of(p).multiply(x.max(Ratio.ZERO)).divide(best.get())).orElse(Ratio.ZERO))
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  protected Function<Ratio, Comparison> comparator(List<Ratio> present,
      Function<Ratio, BigDecimal> shown) {
    // every subject is compared with the same best: one Comparison serves them all
    Comparison same = Comparison.builder().n(present.size())
        .best(shown.apply(present.stream().reduce(Ratio::max).orElseThrow())).build();
    return x -> same;
  }
}
