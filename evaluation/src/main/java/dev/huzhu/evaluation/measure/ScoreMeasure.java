package dev.huzhu.evaluation.measure;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.huzhu.core.school.SchoolSubject;
import dev.huzhu.core.score.Phase;
import dev.huzhu.core.score.ScoreRecord;
import dev.huzhu.core.score.ScoreUnit;
import dev.huzhu.core.score.TestKind;
import dev.huzhu.evaluation.form.Field;
import dev.huzhu.evaluation.form.FieldType;
import dev.huzhu.evaluation.form.Form;
import dev.huzhu.evaluation.form.Kind;
import dev.huzhu.evaluation.math.Ratio;
import dev.huzhu.evaluation.subject.AssessedSubject;
import dev.huzhu.evaluation.subject.SubjectKind;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.immutables.value.Value;

/**
 * A measure of a subject's score records for one test (教学质量检测 or 质量抽测), reading the
 * record's mean, score rate, pass rate or excellent rate ({@link #scoreValue()}); a record lacking the
 * chosen rate is left out, and so is a record of another school subject (学科) or grade (年级)
 * than the optional filters name. Student-weighted means are exact until the one rounding to 4
 * places. Teams, schools and communities have score units; other subjects have none.
 *
 * <p>The family is open: a new measure of score records extends this class, gives its builder the
 * test and value ({@link Builder}) and declares its kind with
 * {@link #kind(String, Class, Supplier, Function, Field[])}.
 */
public abstract non-sealed class ScoreMeasure implements SubjectMeasure {
  private static final Field<ScoreMeasure, Builder, TestKind> TEST = Field.required("test",
      FieldType.enumOf(TestKind.class), ScoreMeasure::test, Builder::test);
  private static final Field<ScoreMeasure, Builder, ScoreValue> SCORE_VALUE = Field.defaulted("of",
      FieldType.words(Arrays.asList(ScoreValue.values()), ScoreValue::identifier),
      ScoreValue.MEAN, ScoreMeasure::scoreValue, Builder::scoreValue);
  private static final Field<ScoreMeasure, Builder, SchoolSubject> SUBJECT = Field.optional("subject",
      FieldType.enumOf(SchoolSubject.class), ScoreMeasure::schoolSubject, Builder::schoolSubject);
  private static final Field<ScoreMeasure, Builder, Integer> GRADE = Field.optional("grade",
      FieldType.integer(), ScoreMeasure::grade, Builder::grade);

  public abstract TestKind test();

  @Value.Default
  public ScoreValue scoreValue() {
    return ScoreValue.MEAN;
  }

  /** The school subject (学科) whose records are read; every subject when empty. */
  public abstract Optional<SchoolSubject> schoolSubject();

  /** The grade (年级) whose records are read; every grade when empty. */
  public abstract Optional<Integer> grade();

  /**
   * The builder of every score measure takes the test and the value read: a measure's own builder
   * ({@code LevelMeasure.Builder}) extends its generated one and implements this.
   */
  public interface Builder {
    /** Sets the test whose records are read. */
    Builder test(TestKind test);

    /** Sets the value read of each record. */
    Builder scoreValue(ScoreValue scoreValue);

    /** Sets the school subject (学科) whose records are read. */
    Builder schoolSubject(SchoolSubject schoolSubject);

    /** Sets the grade (年级) whose records are read. */
    Builder grade(int grade);
  }

  /**
   * The kind of a score measure named {@code word}: a file gives its {@code test}, its own fields,
   * the filters {@code subject} and {@code grade} when present, then {@code of} when it is not the
   * default {@code mean}.
   */
  @SafeVarargs
  protected static <T extends ScoreMeasure, B extends Builder> Kind<T> kind(String word,
      Class<T> type, Supplier<B> builder, Function<? super B, ? extends T> build,
      Field<? super T, ? super B, ?>... own) {
    ImmutableList.Builder<Field<? super T, ? super B, ?>> fields = ImmutableList.builder();
    fields.add(TEST);
    for (Field<? super T, ? super B, ?> field : own) {
      fields.add(field);
    }
    return Kind.of(word, type, Form.<T, B>of(builder, build,
        fields.add(SUBJECT).add(GRADE).add(SCORE_VALUE).build()));
  }

  /** Teams, schools and communities: other subjects have no score units. */
  @Override
  public ImmutableSet<SubjectKind> appliesTo() {
    return ImmutableSet.of(SubjectKind.TEAM, SubjectKind.SCHOOL, SubjectKind.COMMUNITY);
  }

  /** The subject's raw value from its score records; the period plays no part. */
  @Override
  public final RawValue evaluate(MeasureContext context) {
    return evaluate(context.subject());
  }

  /** The subject's raw value from its score records. */
  public abstract RawValue evaluate(AssessedSubject subject);

  /** Whether the record is of this test and phase, passes the filters and carries the value. */
  protected boolean reads(ScoreRecord r, Phase phase) {
    return r.test() == test() && r.phase() == phase && scoreValue().valueIn(r).isPresent()
        && (schoolSubject().isEmpty() || schoolSubject().get() == r.schoolSubject())
        && (grade().isEmpty() || grade().get() == r.grade());
  }

  /** The subject's records of this test at a phase that pass the filters and carry the value, by unit. */
  protected Map<ScoreUnit, ScoreRecord> records(AssessedSubject subject, Phase phase) {
    Map<ScoreUnit, ScoreRecord> byUnit = new TreeMap<>();
    for (ScoreRecord r : subject.scoreRecords()) {
      if (reads(r, phase)) {
        byUnit.put(r.scoreUnit(), r);
      }
    }
    return byUnit;
  }

  /** Σ students × value ÷ Σ students over the records, exact; empty when there are none. */
  protected Optional<Ratio> weightedMean(Iterable<ScoreRecord> records) {
    Ratio weighted = Ratio.ZERO;
    long students = 0;
    for (ScoreRecord r : records) {
      weighted = weighted.add(scoreValue().valueIn(r).orElseThrow().multiply(Ratio.of(r.students())));
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
