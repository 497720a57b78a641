package dev.huzhu.evaluation.scoring;

import com.google.common.collect.ImmutableList;
import dev.huzhu.evaluation.form.Form;
import dev.huzhu.evaluation.form.Kind;
import dev.huzhu.evaluation.math.Ratio;
import dev.huzhu.evaluation.report.Comparison;
import java.math.BigDecimal;
import java.util.Arrays;
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
    Ratio[] ascending = ascending(present);
    return values.stream().map(v -> v.map(x -> n == 1 ? Ratio.of(p)
        : Ratio.of(p).multiply(Ratio.of(n - rank(x, ascending))).divide(Ratio.of(n - 1)))
        .orElse(Ratio.ZERO)).collect(ImmutableList.toImmutableList());
  }

  @Override
  protected Function<Ratio, Comparison> comparator(List<Ratio> present,
      Function<Ratio, BigDecimal> shown) {
    Ratio[] ascending = ascending(present);
    return x -> Comparison.builder().n(present.size()).rank(rank(x, ascending)).build();
  }

  /** The values sorted once, so that each rank is a binary search rather than a scan. */
  private static Ratio[] ascending(List<Ratio> present) {
    Ratio[] sorted = present.toArray(new Ratio[0]);
    Arrays.sort(sorted);
    return sorted;
  }

  /** 1 + the number of values above x (a competition rank: ties share the better place). */
  private static int rank(Ratio x, Ratio[] ascending) {
    // the first index whose value is above x; everything from there on is above it
    int lo = 0;
    int hi = ascending.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ascending[mid].compareTo(x) <= 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return 1 + ascending.length - lo;
  }
}
