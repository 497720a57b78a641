package dev.huzhu.evaluation.measure;

import com.google.common.collect.ImmutableSet;
import dev.huzhu.core.score.Phase;
import dev.huzhu.evaluation.form.Field;
import dev.huzhu.evaluation.form.FieldType;
import dev.huzhu.evaluation.form.Kind;
import dev.huzhu.evaluation.math.Decimals;
import dev.huzhu.evaluation.subject.AssessedSubject;
import dev.huzhu.evaluation.subject.SubjectKind;
import org.immutables.value.Value;

/**
 * {@code gap(test, phase)}, for a community (城乡差距): the student-weighted value of its core
 * school's records minus that of its member schools' records, at one phase; positive when the
 * core school is ahead. Rounded once to 4 places; missing when either side has no record.
 */
@Value.Immutable
public abstract class GapMeasure extends ScoreMeasure {
  private static final Field<GapMeasure, Builder, Phase> PHASE = Field.required("phase",
      FieldType.enumOf(Phase.class), GapMeasure::phase, Builder::phase);

  /** {@code gap} in policy files. */
  public static final Kind<GapMeasure> KIND = ScoreMeasure.kind("gap", GapMeasure.class,
      GapMeasure::builder, Builder::build, PHASE);

  public abstract Phase phase();

  public static Builder builder() {
    return new Builder();
  }

  /** The builder of a {@code gap} measure. */
  public static final class Builder extends ImmutableGapMeasure.Builder
      implements ScoreMeasure.Builder {}

  @Override
  public Kind<GapMeasure> kind() {
    return KIND;
  }

  /** Communities only: a core school and member schools. */
  @Override
  public ImmutableSet<SubjectKind> appliesTo() {
    return ImmutableSet.of(SubjectKind.COMMUNITY);
  }

  @Override
  public RawValue evaluate(AssessedSubject subject) {
    Balance balance = Balance.of(this, subject, phase());
    return balance.gap.map(x -> RawValue.derived(x, evidence(balance.used)))
        .orElseGet(() -> RawValue.missing(evidence(balance.used)));
  }
}
