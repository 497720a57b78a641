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
 * {@code rank}: the competition rank r of x among the n subjects whose x is not missing (the
 * highest x is rank 1; ties share a rank: 1, 2, 2, 4), scored p × (n − r) / (n − 1), and p when
 * n = 1. The explanation gives r of n.
 */
@Value.Immutable(singleton = true)
public abstract class RankScoring extends ComparativeScoring {
  /** {@code rank} in policy files: it has no fields. */
  public static final Kind<RankScoring> KIND = Kind.of("rank", RankScoring.class,
      Form.empty(RankScoring::of));

  public static RankScoring of() {
    return ImmutableRankScoring.of();
  }

  @Override
  public Kind<RankScoring> kind() {
    return KIND;
  }

  @Override
  public ImmutableList<Ratio> exactPoints(BigDecimal p, List<Optional<Ratio>> values) {
    List<Ratio> present = present(values);
    long n = present.size();
    return values.stream().map(v -> v.map(x -> n == 1 ? Ratio.of(p)
        : Ratio.of(p).multiply(Ratio.of(n - rank(x, present))).divide(Ratio.of(n - 1)))
        .orElse(Ratio.ZERO)).collect(ImmutableList.toImmutableList());
  }

  @Override
  protected Comparison comparison(Ratio x, List<Ratio> present, Function<Ratio, BigDecimal> shown) {
    return Comparison.builder().n(present.size()).rank(rank(x, present)).build();
  }

  /** 1 + the number of values above x. */
  private static int rank(Ratio x, List<Ratio> present) {
    return 1 + (int) present.stream().filter(y -> y.compareTo(x) > 0).count();
  }
}
