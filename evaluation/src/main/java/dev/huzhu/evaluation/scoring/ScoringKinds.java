package dev.huzhu.evaluation.scoring;

import dev.huzhu.evaluation.form.Kinds;

/**
 * The scorings policy files name, one line each, in the order messages list them. A new scoring
 * is one class that declares its {@code KIND} and one line here; a program adds one of its own
 * with {@code ScoringKinds.BUILT_IN.with(…)}.
 */
public final class ScoringKinds {
  private ScoringKinds() {}

  /** Every scoring of this library. */
  public static final Kinds<Scoring> BUILT_IN = Kinds.of(Scoring.class, "scoring",
      LinearScoring.KIND,
      TiersScoring.KIND,
      RelativeScoring.KIND,
      RankScoring.KIND,
      RatioToBestScoring.KIND,
      RangeScoring.KIND);
}
