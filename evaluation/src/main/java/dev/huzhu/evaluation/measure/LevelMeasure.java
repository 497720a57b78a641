package dev.huzhu.evaluation.measure;

import dev.huzhu.core.score.Phase;
import dev.huzhu.core.score.ScoreRecord;
import dev.huzhu.evaluation.math.Decimals;
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
  public abstract Phase phase();

  public static ImmutableLevelMeasure.Builder builder() {
    return ImmutableLevelMeasure.builder();
  }

  @Override
  public String type() {
    return "level";
  }

  @Override
  public RawValue evaluate(AssessedSubject subject) {
    Collection<ScoreRecord> records = records(subject, phase()).values();
    return weightedMean(records).map(x -> RawValue.of(Decimals.raw(x), evidence(records)))
        .orElseGet(() -> RawValue.missing(Evidence.none()));
  }
}
