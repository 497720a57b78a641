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
 * {@code rank}: the competition rank r of x among the n subjects whose x is not missing (the
 * highest x is rank 1; ties share a rank: 1, 2, 2, 4), scored p × (n − r) / (n − 1), and p when
 * n = 1.
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
  public ImmutableList<BigDecimal> points(BigDecimal p, List<Optional<BigDecimal>> values) {
    List<BigDecimal> present = values.stream().flatMap(Optional::stream).toList();
    long n = present.size();
    return values.stream().map(v -> v.map(x -> {
      if (n == 1) {
        return Decimals.points(p);
      }
      long r = 1 + present.stream().filter(y -> y.compareTo(x) > 0).count();
      return Decimals.points(Ratio.of(p.multiply(BigDecimal.valueOf(n - r)), BigDecimal.valueOf(n - 1)));
    }).orElse(Decimals.points(BigDecimal.ZERO))).collect(ImmutableList.toImmutableList());
  }
}
