package dev.huzhu.evaluation.measure;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.huzhu.core.score.Phase;
import dev.huzhu.core.score.ScoreRecord;
import dev.huzhu.core.score.ScoreUnit;
import dev.huzhu.core.score.TestKind;
import dev.huzhu.evaluation.math.Ratio;
import dev.huzhu.evaluation.subject.AssessedSubject;
import dev.huzhu.evaluation.subject.SubjectKind;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * A measure of a subject's score records for one test (教学质量检测 or 质量抽测), reading the
 * record's mean, score rate, pass rate or excellent rate ({@link #of()}); a record lacking the
 * chosen rate is left out. Student-weighted means are exact until the one rounding to 4 places.
 */
public abstract class ScoreMeasure implements SubjectMeasure {
  public abstract TestKind test();

  @Value.Default
  public ScoreValue of() {
    return ScoreValue.MEAN;
  }

  /** Teams only: other subjects have no score units. */
  @Override
  public ImmutableSet<SubjectKind> appliesTo() {
    return ImmutableSet.of(SubjectKind.TEAM);
  }

  /** The subject's records of this test at a phase that carry the value, by unit. */
  protected Map<ScoreUnit, ScoreRecord> records(AssessedSubject subject, Phase phase) {
    Map<ScoreUnit, ScoreRecord> byUnit = new TreeMap<>();
    for (ScoreRecord r : subject.scoreRecords()) {
      if (r.test() == test() && r.phase() == phase && of().of(r).isPresent()) {
        byUnit.put(r.unit(), r);
      }
    }
    return byUnit;
  }

  /** Σ students × value ÷ Σ students over the records, exact; empty when there are none. */
  protected Optional<Ratio> weightedMean(Iterable<ScoreRecord> records) {
    Ratio weighted = Ratio.ZERO;
    long students = 0;
    for (ScoreRecord r : records) {
      weighted = weighted.add(of().of(r).orElseThrow().multiply(Ratio.of(r.students())));
      students += r.students();
    }
    return students == 0 ? Optional.empty()
        : Optional.of(weighted.divide(Ratio.of(BigDecimal.valueOf(students))));
  }

  /** The keys of the records, for evidence. */
  protected static Evidence evidence(Iterable<ScoreRecord> records) {
    ImmutableList.Builder<String> keys = ImmutableList.builder();
    records.forEach(r -> keys.add(r.key()));
    ImmutableList<String> sorted = keys.build().stream().sorted()
        .collect(ImmutableList.toImmutableList());
    return Evidence.of(sorted, sorted.size());
  }
}
