package dev.huzhu.evaluation.measure;

import dev.huzhu.core.score.Phase;
import dev.huzhu.core.score.ScoreRecord;
import dev.huzhu.evaluation.form.Field;
import dev.huzhu.evaluation.form.FieldType;
import dev.huzhu.evaluation.form.Kind;
import dev.huzhu.evaluation.subject.AssessedSubject;
import java.util.Collection;
import org.immutables.value.Value;

/**
 * {@code level(test, phase)}: the student-weighted value at one phase over the subject's units that
 * have it. With {@code linear(target: 1)} a policy states a bureau's quality formula, e.g.
 * S = (合格率×50% + 得分率×45% + 优秀率×5%) × 100 as three metrics of 50, 45 and 5 points. Rounded
 * to 4 places; missing when no unit has that phase.
 */
@Value.Immutable
public abstract class LevelMeasure extends ScoreMeasure {
  private static final Field<LevelMeasure, Builder, Phase> PHASE = Field.required("phase",
      FieldType.enumOf(Phase.class), LevelMeasure::phase, Builder::phase);

  /** {@code level} in policy files. */
  public static final Kind<LevelMeasure> KIND = ScoreMeasure.kind("level", LevelMeasure.class,
      LevelMeasure::builder, Builder::build, PHASE);

  public abstract Phase phase();

  public static Builder builder() {
    return new Builder();
  }

  /** The builder of a {@code level} measure. */
  public static final class Builder extends ImmutableLevelMeasure.Builder
      implements ScoreMeasure.Builder {}

  @Override
  public Kind<LevelMeasure> kind() {
    return KIND;
  }

  @Override
  public RawValue evaluate(AssessedSubject subject) {
    Collection<ScoreRecord> records = records(subject, phase()).values();
    return weightedMean(records).map(x -> RawValue.derived(x, evidence(records)))
        .orElseGet(() -> RawValue.missing(Evidence.none()));
  }
}
