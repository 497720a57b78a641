package dev.huzhu.evaluation.scoring;

import com.google.common.collect.ImmutableList;
import dev.huzhu.evaluation.form.Kind;
import dev.huzhu.evaluation.form.Kinded;
import dev.huzhu.evaluation.math.Decimals;
import dev.huzhu.evaluation.math.Ratio;
import dev.huzhu.evaluation.report.Comparison;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * How a metric turns raw values into points (docs/assessment.md#scorings). A scoring gives the
 * exact value of its formula on the raw values as the policy keeps them; the policy's rounding
 * then rounds it (by default once, half-up, to 2 places). A missing raw value scores 0 and takes
 * no part in the comparisons of {@code relative}, {@code rank} and {@code ratioToBest}.
 * The hierarchy is sealed: a scoring looks at each raw value alone ({@link IndividualScoring}) or
 * compares them ({@link ComparativeScoring}); new kinds join one of these open families and
 * {@link ScoringKinds}.
 */
public sealed interface Scoring extends Kinded permits IndividualScoring, ComparativeScoring {
  /** The scoring's kind: its word in policy files, its fields and its checks. */
  @Override
  Kind<? extends Scoring> kind();

  /** The identifier used in policy files: {@code linear}, {@code tiers}, …. */
  default String type() {
    return kind().word();
  }

  /**
   * The exact points of each raw value, in the same order, for a metric worth {@code max} points.
   * Comparative scorings look at all of them together; the result never depends on their order.
   */
  ImmutableList<Ratio> exactPoints(BigDecimal max, List<Optional<Ratio>> values);

  /**
   * The points of each raw value rounded once, half-up, to 2 places — the default rounding of
   * docs/assessment.md#arithmetic-and-rounding.
   */
  default ImmutableList<BigDecimal> points(BigDecimal max, List<Optional<BigDecimal>> values) {
    return exactPoints(max, values.stream().map(v -> v.map(Ratio::of)).toList()).stream()
        .map(Decimals::points).collect(ImmutableList.toImmutableList());
  }

  /**
   * What each raw value was compared with, in the same order; empty for a scoring that looks at
   * each value alone and for a missing value. {@code shown} turns a value as kept into the decimal
   * the report shows.
   */
  default ImmutableList<Optional<Comparison>> comparisons(List<Optional<Ratio>> values,
      Function<Ratio, BigDecimal> shown) {
    return values.stream().map(v -> Optional.<Comparison>empty())
        .collect(ImmutableList.toImmutableList());
  }
}
