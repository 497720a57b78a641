package dev.huzhu.evaluation.policy;

import dev.huzhu.evaluation.form.Kind;
import dev.huzhu.evaluation.form.Kinds;
import dev.huzhu.evaluation.measure.Measure;
import dev.huzhu.evaluation.measure.MeasureKinds;
import dev.huzhu.evaluation.scoring.Scoring;
import dev.huzhu.evaluation.scoring.ScoringKinds;
import java.util.Objects;

/**
 * The measures and scorings a policy file may name: those of this library
 * ({@link MeasureKinds}, {@link ScoringKinds}) and any a program adds, e.g.
 * {@code PolicyKinds.builtIn().withMeasure(MyMeasure.KIND)}. Immutable and thread-safe.
 */
public final class PolicyKinds {
  private static final PolicyKinds BUILT_IN =
      new PolicyKinds(MeasureKinds.BUILT_IN, ScoringKinds.BUILT_IN);

  private final Kinds<Measure> measures;
  private final Kinds<Scoring> scorings;

  private PolicyKinds(Kinds<Measure> measures, Kinds<Scoring> scorings) {
    this.measures = Objects.requireNonNull(measures);
    this.scorings = Objects.requireNonNull(scorings);
  }

  /** The measures and scorings of this library. */
  public static PolicyKinds builtIn() {
    return BUILT_IN;
  }

  /** Given measures and scorings. */
  public static PolicyKinds of(Kinds<Measure> measures, Kinds<Scoring> scorings) {
    return new PolicyKinds(measures, scorings);
  }

  /**
   * These kinds and one more measure, listed last in messages.
   *
   * @throws IllegalArgumentException when a measure already has its word
   */
  public PolicyKinds withMeasure(Kind<? extends Measure> measure) {
    return new PolicyKinds(measures.with(measure), scorings);
  }

  /**
   * These kinds and one more scoring, listed last in messages.
   *
   * @throws IllegalArgumentException when a scoring already has its word
   */
  public PolicyKinds withScoring(Kind<? extends Scoring> scoring) {
    return new PolicyKinds(measures, scorings.with(scoring));
  }

  /** The measures, in the order messages list them. */
  public Kinds<Measure> measures() {
    return measures;
  }

  /** The scorings, in the order messages list them. */
  public Kinds<Scoring> scorings() {
    return scorings;
  }

  @Override
  public String toString() {
    return measures + ", " + scorings;
  }
}
