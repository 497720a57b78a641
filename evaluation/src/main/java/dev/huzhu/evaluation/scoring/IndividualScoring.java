package dev.huzhu.evaluation.scoring;

import com.google.common.collect.ImmutableList;
import dev.huzhu.evaluation.math.Decimals;
import dev.huzhu.evaluation.math.Ratio;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** A scoring that looks at each raw value alone ({@code linear}, {@code tiers}, {@code range}). */
public abstract non-sealed class IndividualScoring implements Scoring {
  /** The exact points of one present raw value, for a metric worth {@code max} points. */
  public abstract Ratio exact(BigDecimal max, Ratio x);

  /** The points of one present raw value, rounded to 2 places. */
  public BigDecimal score(BigDecimal max, BigDecimal x) {
    return Decimals.points(exact(max, Ratio.of(x)));
  }

  @Override
  public ImmutableList<Ratio> exactPoints(BigDecimal max, List<Optional<Ratio>> values) {
    return values.stream().map(v -> v.map(x -> exact(max, x)).orElse(Ratio.ZERO))
        .collect(ImmutableList.toImmutableList());
  }
}
