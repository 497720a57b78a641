package dev.huzhu.evaluation.measure;

import dev.huzhu.evaluation.math.Decimals;
import dev.huzhu.evaluation.subject.AssessedSubject;
import org.immutables.value.Value;

/**
 * {@code improvement(test)} (提高幅度): over the subject's units that have both phases, the
 * student-weighted mean of {@code FINAL} minus that of {@code BASELINE}. Rounded to 4 places;
 * missing when no unit has both phases.
 */
@Value.Immutable
public abstract class ImprovementMeasure extends ScoreMeasure {
  public static ImmutableImprovementMeasure.Builder builder() {
    return ImmutableImprovementMeasure.builder();
  }

  @Override
  public String type() {
    return "improvement";
  }

  @Override
  public RawValue evaluate(AssessedSubject subject) {
    Change change = Change.of(this, subject);
    if (change.baseline.isEmpty()) {
      return RawValue.missing(change.evidence);
    }
    return RawValue.of(Decimals.raw(change.fin.orElseThrow().subtract(change.baseline.get())),
        change.evidence);
  }
}
