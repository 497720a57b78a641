package dev.huzhu.evaluation.scoring;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * How a metric turns raw values into points (SPEC §3.3). Points are the exact value of the
 * formula on the raw values, rounded once half-up to 2 places; a missing raw value scores 0 and
 * takes no part in the comparisons of {@code relative}, {@code rank} and {@code ratioToBest}.
 */
public interface Scoring {
  /** The identifier used in policy files: {@code linear}, {@code tiers}, …. */
  String type();

  /**
   * The points of each raw value, in the same order, for a metric worth {@code max} points.
   * Comparative scorings look at all of them together; the result never depends on their order.
   */
  ImmutableList<BigDecimal> points(BigDecimal max, List<Optional<BigDecimal>> values);
}
