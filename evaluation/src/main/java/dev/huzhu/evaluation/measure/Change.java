package dev.huzhu.evaluation.measure;

import com.google.common.collect.ImmutableList;
import dev.huzhu.core.score.Phase;
import dev.huzhu.core.score.ScoreRecord;
import dev.huzhu.core.score.ScoreUnit;
import dev.huzhu.evaluation.math.Ratio;
import dev.huzhu.evaluation.subject.AssessedSubject;
import java.util.Map;
import java.util.Optional;

/**
 * The baseline and final weighted means of a subject over the units that have both phases: what
 * {@code improvement} and {@code improvementRate} compare.
 */
final class Change {
  final Optional<Ratio> baseline;
  final Optional<Ratio> finalMean;
  final Evidence evidence;

  private Change(Optional<Ratio> baseline, Optional<Ratio> finalMean, Evidence evidence) {
    this.baseline = baseline;
    this.finalMean = finalMean;
    this.evidence = evidence;
  }

  static Change of(ScoreMeasure measure, AssessedSubject subject) {
    Map<ScoreUnit, ScoreRecord> baselines = measure.records(subject, Phase.BASELINE);
    Map<ScoreUnit, ScoreRecord> finals = measure.records(subject, Phase.FINAL);
    baselines.keySet().retainAll(finals.keySet());
    finals.keySet().retainAll(baselines.keySet());
    ImmutableList<ScoreRecord> used = ImmutableList.<ScoreRecord>builder()
        .addAll(baselines.values()).addAll(finals.values()).build();
    return new Change(measure.weightedMean(baselines.values()), measure.weightedMean(finals.values()),
        ScoreMeasure.evidence(used));
  }
}
