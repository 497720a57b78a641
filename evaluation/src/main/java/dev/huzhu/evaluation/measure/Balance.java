package dev.huzhu.evaluation.measure;

import com.google.common.collect.ImmutableList;
import dev.huzhu.core.score.Phase;
import dev.huzhu.core.score.ScoreRecord;
import dev.huzhu.evaluation.math.Ratio;
import dev.huzhu.evaluation.subject.AssessedSubject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The gap between a community's core school and its member schools at one phase: what
 * {@code gap} and {@code gapChange} compare. L(R) is the student-weighted value of records R.
 */
final class Balance {
  /** L(core records) − L(member records), exact; empty when either side has no record. */
  final Optional<Ratio> gap;
  /** The records on both sides. */
  final ImmutableList<ScoreRecord> used;

  private Balance(Optional<Ratio> gap, ImmutableList<ScoreRecord> used) {
    this.gap = gap;
    this.used = used;
  }

  static Balance of(ScoreMeasure measure, AssessedSubject community, Phase phase) {
    String core = community.coreSchool().orElseThrow();
    List<ScoreRecord> ofCore = new ArrayList<>();
    List<ScoreRecord> ofMembers = new ArrayList<>();
    for (ScoreRecord r : community.scoreRecords()) {
      if (measure.reads(r, phase)) {
        (r.school().equals(core) ? ofCore : ofMembers).add(r);
      }
    }
    Optional<Ratio> coreLevel = measure.weightedMean(ofCore);
    Optional<Ratio> memberLevel = measure.weightedMean(ofMembers);
    Optional<Ratio> gap = coreLevel.isPresent() && memberLevel.isPresent()
        ? Optional.of(coreLevel.get().subtract(memberLevel.get())) : Optional.empty();
    return new Balance(gap, ImmutableList.<ScoreRecord>builder().addAll(ofCore).addAll(ofMembers)
        .build());
  }
}
