package dev.huzhu.evaluation.scoring;

import com.google.common.collect.ImmutableList;
import dev.huzhu.evaluation.form.Kind;
import dev.huzhu.evaluation.form.Kinded;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * How a metric turns raw values into points (docs/assessment.md#scorings). Points are the exact value of the
 * formula on the raw values, rounded once half-up to 2 places; a missing raw value scores 0 and
 * takes no part in the comparisons of {@code relative}, {@code rank} and {@code ratioToBest}.
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
   * The points of each raw value, in the same order, for a metric worth {@code max} points.
   * Comparative scorings look at all of them together; the result never depends on their order.
   */
  ImmutableList<BigDecimal> points(BigDecimal max, List<Optional<BigDecimal>> values);
}
