package dev.huzhu.evaluation.measure;

/**
 * A measure computed from the activity log in one pass, through an {@link Accumulator} per
 * subject (docs/assessment.md#measures: count, sum, mean, distinct months/schools/kinds, per member, follow-up
 * coverage, monthly compliance).
 */
public sealed interface LogMeasure extends Measure permits FilteredLogMeasure, PerMemberMeasure {
  /** A fresh accumulator for one subject. */
  Accumulator newAccumulator(MeasureContext context);

  /** The raw value an accumulator holds, exact or rounded as docs/assessment.md#arithmetic-and-rounding says. */
  RawValue toRaw(Accumulator accumulator);
}
