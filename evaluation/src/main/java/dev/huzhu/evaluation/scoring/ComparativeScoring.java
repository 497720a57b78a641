package dev.huzhu.evaluation.scoring;

import com.google.common.collect.ImmutableList;
import dev.huzhu.evaluation.math.Ratio;
import dev.huzhu.evaluation.report.Comparison;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A scoring that compares the raw values of all the subjects ({@code relative}, {@code rank},
 * {@code ratioToBest}): a subject's points depend on the others', and its explanation states what
 * it was compared with ({@link Comparison}). The family is open: a new comparative scoring
 * extends this class.
 */
public abstract non-sealed class ComparativeScoring implements Scoring {
  /**
   * What each present value was compared with, given all the present values (never empty):
   * prepared once for the metric — its min and max, its order — so that a metric over n subjects
   * costs O(n log n), not O(n²).
   */
  protected abstract Function<Ratio, Comparison> comparator(List<Ratio> present,
      Function<Ratio, BigDecimal> shown);

  @Override
  public ImmutableList<Optional<Comparison>> comparisons(List<Optional<Ratio>> values,
      Function<Ratio, BigDecimal> shown) {
    List<Ratio> present = present(values);
    if (present.isEmpty()) {
      return values.stream().map(v -> Optional.<Comparison>empty())
          .collect(ImmutableList.toImmutableList());
    }
    Function<Ratio, Comparison> compare = comparator(present, shown);
    return values.stream().map(v -> v.map(compare))
        .collect(ImmutableList.toImmutableList());
  }

  /** The values that are not missing. */
  protected static List<Ratio> present(List<Optional<Ratio>> values) {
    return values.stream().flatMap(Optional::stream).toList();
  }
}
