package dev.huzhu.evaluation.measure;

import dev.huzhu.evaluation.form.Kind;
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
  /** {@code improvement} in policy files. */
  public static final Kind<ImprovementMeasure> KIND = ScoreMeasure.kind("improvement", ImprovementMeasure.class,
      ImprovementMeasure::builder, Builder::build);

  public static Builder builder() {
    return new Builder();
  }

  /** The builder of a {@code improvement} measure. */
  public static final class Builder extends ImmutableImprovementMeasure.Builder
      implements ScoreMeasure.Builder {}

  @Override
  public Kind<ImprovementMeasure> kind() {
    return KIND;
  }

  @Override
  public RawValue evaluate(AssessedSubject subject) {
    Change change = Change.of(this, subject);
    if (change.baseline.isEmpty()) {
      return RawValue.missing(change.evidence);
    }
    return RawValue.of(Decimals.raw(change.finalMean.orElseThrow().subtract(change.baseline.get())),
        change.evidence);
  }
}
