package dev.huzhu.evaluation.measure;

import com.google.common.collect.ImmutableSet;
import dev.huzhu.core.score.Phase;
import dev.huzhu.core.score.ScoreRecord;
import dev.huzhu.evaluation.form.Field;
import dev.huzhu.evaluation.form.FieldType;
import dev.huzhu.evaluation.form.Kind;
import dev.huzhu.evaluation.math.Decimals;
import dev.huzhu.evaluation.math.Ratio;
import dev.huzhu.evaluation.subject.AssessedSubject;
import dev.huzhu.evaluation.subject.SubjectKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * {@code dispersion(test, phase)}, for a community: the 差异系数 of its schools as the national
 * balanced-development review computes it. With v_i the student-weighted value of school i's
 * records and P_i its students over those records, X̄ = Σ P_i v_i / Σ P_i,
 * S = √(Σ P_i (v_i − X̄)² / Σ P_i), and the value is S / X̄ — computed as the square root of the
 * exact (S / X̄)² and rounded once to 4 places, S never rounded on its own. With a rate
 * ({@code of}), a school's records and students are those carrying it. Missing with fewer than
 * two schools with records, or X̄ ≤ 0.
 */
@Value.Immutable
public abstract class DispersionMeasure extends ScoreMeasure {
  private static final Field<DispersionMeasure, Builder, Phase> PHASE = Field.required("phase",
      FieldType.enumOf(Phase.class), DispersionMeasure::phase, Builder::phase);

  /** {@code dispersion} in policy files. */
  public static final Kind<DispersionMeasure> KIND = ScoreMeasure.kind("dispersion",
      DispersionMeasure.class, DispersionMeasure::builder, Builder::build, PHASE);

  public abstract Phase phase();

  public static Builder builder() {
    return new Builder();
  }

  /** The builder of a {@code dispersion} measure. */
  public static final class Builder extends ImmutableDispersionMeasure.Builder
      implements ScoreMeasure.Builder {}

  @Override
  public Kind<DispersionMeasure> kind() {
    return KIND;
  }

  /** Communities only: the schools of one community. */
  @Override
  public ImmutableSet<SubjectKind> appliesTo() {
    return ImmutableSet.of(SubjectKind.COMMUNITY);
  }

  @Override
  public RawValue evaluate(AssessedSubject subject) {
    Map<String, List<ScoreRecord>> bySchool = new LinkedHashMap<>();
    List<ScoreRecord> used = new ArrayList<>();
    for (ScoreRecord r : subject.scoreRecords()) {
      if (reads(r, phase())) {
        bySchool.computeIfAbsent(r.school(), s -> new ArrayList<>()).add(r);
        used.add(r);
      }
    }
    Evidence evidence = evidence(used);
    if (bySchool.size() < 2) {
      return RawValue.missing(evidence);
    }
    List<Ratio> values = new ArrayList<>();
    List<Ratio> students = new ArrayList<>();
    Ratio weighted = Ratio.ZERO;
    Ratio all = Ratio.ZERO;
    for (List<ScoreRecord> records : bySchool.values()) {
      Ratio v = weightedMean(records).orElseThrow();
      Ratio p = Ratio.of(BigDecimal.valueOf(records.stream().mapToLong(ScoreRecord::students).sum()));
      values.add(v);
      students.add(p);
      weighted = weighted.add(p.multiply(v));
      all = all.add(p);
    }
    Ratio mean = weighted.divide(all);
    if (mean.signum() <= 0) {
      return RawValue.missing(evidence);
    }
    Ratio squares = Ratio.ZERO;
    for (int i = 0; i < values.size(); i++) {
      Ratio d = values.get(i).subtract(mean);
      squares = squares.add(students.get(i).multiply(d).multiply(d));
    }
    // (S / X̄)² = (Σ P_i (v_i − X̄)² / Σ P_i) / X̄², exact; its root is rounded once
    Ratio variance = squares.divide(all);
    // the exact square goes on; its root is taken once, at the 4 (or, kept exact, 12) places kept
    return RawValue.root(variance.divide(mean.multiply(mean)), evidence);
  }
}
