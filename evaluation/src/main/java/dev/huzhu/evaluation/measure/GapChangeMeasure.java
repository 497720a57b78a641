package dev.huzhu.evaluation.measure;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.huzhu.core.score.Phase;
import dev.huzhu.core.score.ScoreRecord;
import dev.huzhu.evaluation.form.Kind;
import dev.huzhu.evaluation.math.Decimals;
import dev.huzhu.evaluation.subject.AssessedSubject;
import dev.huzhu.evaluation.subject.SubjectKind;
import org.immutables.value.Value;

/**
 * {@code gapChange(test)}, for a community (差距缩小): its {@code gap} at {@code BASELINE} minus its
 * gap at {@code FINAL}, from the exact gaps, rounded once to 4 places; positive when the gap
 * narrowed. Missing when either gap is.
 */
@Value.Immutable
public abstract class GapChangeMeasure extends ScoreMeasure {
  /** {@code gapChange} in policy files. */
  public static final Kind<GapChangeMeasure> KIND = ScoreMeasure.kind("gapChange",
      GapChangeMeasure.class, GapChangeMeasure::builder, Builder::build);

  public static Builder builder() {
    return new Builder();
  }

  /** The builder of a {@code gapChange} measure. */
  public static final class Builder extends ImmutableGapChangeMeasure.Builder
      implements ScoreMeasure.Builder {}

  @Override
  public Kind<GapChangeMeasure> kind() {
    return KIND;
  }

  /** Communities only: a core school and member schools. */
  @Override
  public ImmutableSet<SubjectKind> appliesTo() {
    return ImmutableSet.of(SubjectKind.COMMUNITY);
  }

  @Override
  public RawValue evaluate(AssessedSubject subject) {
    Balance baseline = Balance.of(this, subject, Phase.BASELINE);
    Balance atFinal = Balance.of(this, subject, Phase.FINAL);
    Evidence evidence = evidence(ImmutableList.<ScoreRecord>builder().addAll(baseline.used)
        .addAll(atFinal.used).build());
    if (baseline.gap.isEmpty() || atFinal.gap.isEmpty()) {
      return RawValue.missing(evidence);
    }
    return RawValue.derived(baseline.gap.get().subtract(atFinal.gap.get()), evidence);
  }
}
