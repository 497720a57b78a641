package dev.huzhu.evaluation.scoring;

import com.google.common.collect.ImmutableList;
import dev.huzhu.evaluation.math.Decimals;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** A scoring that looks at each raw value alone ({@code linear}, {@code tiers}). */
public abstract non-sealed class IndividualScoring implements Scoring {
  /** The points of one present raw value, rounded to 2 places. */
  public abstract BigDecimal score(BigDecimal max, BigDecimal x);

  @Override
  public ImmutableList<BigDecimal> points(BigDecimal max, List<Optional<BigDecimal>> values) {
    return values.stream().map(v -> v.map(x -> score(max, x)).orElse(Decimals.points(BigDecimal.ZERO)))
        .collect(ImmutableList.toImmutableList());
  }
}
