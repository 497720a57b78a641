package dev.huzhu.evaluation.measure;

import dev.huzhu.evaluation.form.Kind;
import dev.huzhu.evaluation.math.Decimals;
import dev.huzhu.evaluation.subject.AssessedSubject;
import org.immutables.value.Value;

/**
 * {@code improvementRate(test)}: the {@code improvement} divided by the baseline's weighted mean.
 * Exact until one rounding to 4 places; missing when no unit has both phases or the baseline is 0.
 */
@Value.Immutable
public abstract class ImprovementRateMeasure extends ScoreMeasure {
  /** {@code improvementRate} in policy files. */
  public static final Kind<ImprovementRateMeasure> KIND = ScoreMeasure.kind("improvementRate", ImprovementRateMeasure.class,
      ImprovementRateMeasure::builder, Builder::build);

  public static Builder builder() {
    return new Builder();
  }

  /** The builder of a {@code improvementRate} measure. */
  public static final class Builder extends ImmutableImprovementRateMeasure.Builder
      implements ScoreMeasure.Builder {}

  @Override
  public Kind<ImprovementRateMeasure> kind() {
    return KIND;
  }

  @Override
  public RawValue evaluate(AssessedSubject subject) {
    Change change = Change.of(this, subject);
    if (change.baseline.isEmpty() || change.baseline.get().signum() == 0) {
      return RawValue.missing(change.evidence);
    }
    return RawValue.of(Decimals.raw(change.finalMean.orElseThrow().subtract(change.baseline.get())
        .divide(change.baseline.get())), change.evidence);
  }
}
