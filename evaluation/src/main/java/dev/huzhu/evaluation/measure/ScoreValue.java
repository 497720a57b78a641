package dev.huzhu.evaluation.measure;

import dev.huzhu.core.score.ScoreRecord;
import dev.huzhu.evaluation.math.Ratio;
import java.util.Optional;

/** Which number of a score record a score measure reads ({@code of}). */
public enum ScoreValue {
  /** The mean score. The default. */
  MEAN("mean"),
  /** 得分率: mean ÷ full mark, per record. */
  SCORE_RATE("scoreRate"),
  /** 合格率. */
  PASS_RATE("passRate"),
  /** 优秀率. */
  EXCELLENT_RATE("excellentRate");

  private final String identifier;

  ScoreValue(String identifier) {
    this.identifier = identifier;
  }

  /** The name used in policy files. */
  public String identifier() {
    return identifier;
  }

  /** The record's value, exact; empty when the record lacks the rate. */
  public Optional<Ratio> valueIn(ScoreRecord r) {
    switch (this) {
      case MEAN:
        return Optional.of(Ratio.of(r.mean()));
      case SCORE_RATE:
        return Optional.of(Ratio.of(r.mean(), r.fullMark()));
      case PASS_RATE:
        return r.passRate().map(Ratio::of);
      case EXCELLENT_RATE:
        return r.excellentRate().map(Ratio::of);
      default:
        throw new AssertionError(this);
    }
  }
}
