package dev.huzhu.evaluation.measure;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.huzhu.core.activity.Activity;
import dev.huzhu.core.activity.ActivityKind;
import dev.huzhu.core.activity.Direction;
import dev.huzhu.core.activity.PreparationStage;
import dev.huzhu.core.activity.Quantity;
import dev.huzhu.core.school.SchoolSubject;
import dev.huzhu.evaluation.form.CheckContext;
import dev.huzhu.evaluation.form.Field;
import dev.huzhu.evaluation.form.FieldType;
import dev.huzhu.evaluation.form.Form;
import dev.huzhu.evaluation.form.Kind;
import dev.huzhu.evaluation.policy.PolicyProblemCode;
import dev.huzhu.evaluation.subject.SubjectKind;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A log measure with filters: of the activities credited to a subject and dated in the policy's
 * period, it considers those matching its kinds (empty matches every kind), and optionally its
 * school subject, grade, direction, the 同课异构 preparation stages (an activity must be at one of
 * them) and tags (an activity must carry every tag named).
 *
 * <p>The family is open: a new log measure with these filters extends this class, gives its
 * builder the filters ({@link Builder}) and declares its kind with
 * {@link #kind(String, Class, Supplier, Function, Field[])}.
 */
public abstract non-sealed class FilteredLogMeasure implements LogMeasure {
  private static final Field<FilteredLogMeasure, Builder, ImmutableSet<ActivityKind>> KINDS =
      Field.defaulted("kinds", FieldType.setOf(FieldType.enumOf(ActivityKind.class)),
          ImmutableSet.of(), FilteredLogMeasure::kinds, Builder::kinds).alwaysWritten();
  private static final Field<FilteredLogMeasure, Builder, SchoolSubject> SCHOOL_SUBJECT =
      Field.optional("subject", FieldType.enumOf(SchoolSubject.class),
          FilteredLogMeasure::schoolSubject, Builder::schoolSubject);
  private static final Field<FilteredLogMeasure, Builder, Integer> GRADE = Field.optional(
      "grade", FieldType.integer(), FilteredLogMeasure::grade, Builder::grade);
  private static final Field<FilteredLogMeasure, Builder, Direction> DIRECTION = Field.optional(
      "direction", FieldType.enumOf(Direction.class), FilteredLogMeasure::direction,
      Builder::direction);
  private static final Field<FilteredLogMeasure, Builder, ImmutableSet<PreparationStage>> STAGES =
      Field.defaulted("stages", FieldType.setOf(FieldType.enumOf(PreparationStage.class)),
          ImmutableSet.of(), FilteredLogMeasure::stages, Builder::stages);
  private static final Field<FilteredLogMeasure, Builder, ImmutableSet<String>> TAGS =
      Field.defaulted("tags", FieldType.setOf(FieldType.string()), ImmutableSet.of(),
          FilteredLogMeasure::tags, Builder::tags);
  private static final FieldType<Quantity> QUANTITY =
      FieldType.words(Arrays.asList(Quantity.values()), Quantity::identifier);

  /** The kinds matched; empty matches every kind. */
  public abstract ImmutableSet<ActivityKind> kinds();

  public abstract Optional<SchoolSubject> schoolSubject();

  public abstract Optional<Integer> grade();

  public abstract Optional<Direction> direction();

  /**
   * The 同课异构 preparation stages matched ({@code INDIVIDUAL}, {@code COLLECTIVE}, …); empty
   * matches any activity, with a stage or without. Only a {@code LESSON_PREPARATION} has a stage.
   */
  public abstract ImmutableSet<PreparationStage> stages();

  /** Tags an activity must all carry. */
  public abstract ImmutableSet<String> tags();

  /**
   * The builder of every filtered log measure takes the filters: a measure's own builder
   * ({@code SumMeasure.Builder}) extends its generated one and implements this.
   */
  public interface Builder {
    /** Sets the kinds matched, replacing any set before. */
    Builder kinds(Iterable<ActivityKind> elements);

    /** Sets the school subject an activity must have. */
    Builder schoolSubject(SchoolSubject schoolSubject);

    /** Sets the grade an activity must have. */
    Builder grade(int grade);

    /** Sets the direction an activity must have. */
    Builder direction(Direction direction);

    /** Sets the preparation stages matched, replacing any set before. */
    Builder stages(Iterable<PreparationStage> elements);

    /** Sets the tags an activity must all carry, replacing any set before. */
    Builder tags(Iterable<String> elements);
  }

  /**
   * The kind of a filtered log measure named {@code word}, with its own fields and the filters.
   * A file lists {@code kinds} first (always, so that {@code kinds: []} says "every kind"), then
   * the measure's own fields, then the other filters; the measure's own fields are read first.
   */
  @SafeVarargs
  protected static <T extends FilteredLogMeasure, B extends Builder> Kind<T> kind(String word,
      Class<T> type, Supplier<B> builder, Function<? super B, ? extends T> build,
      Field<? super T, ? super B, ?>... own) {
    ImmutableList.Builder<Field<? super T, ? super B, ?>> written = ImmutableList.builder();
    ImmutableList.Builder<Field<? super T, ? super B, ?>> read = ImmutableList.builder();
    written.add(KINDS);
    for (Field<? super T, ? super B, ?> field : own) {
      written.add(field);
      read.add(field);
    }
    List<Field<? super T, ? super B, ?>> others =
        List.of(SCHOOL_SUBJECT, GRADE, DIRECTION, STAGES, TAGS);
    written.addAll(others);
    read.add(KINDS).addAll(others);
    return Kind.of(word, type, Form.<T, B>of(builder, build, written.build())
        .readInOrder(read.build())).withCheck(FilteredLogMeasure::checkStages);
  }

  /** Stages select among preparations: with kinds that leave preparations out, nothing matches. */
  private static void checkStages(FilteredLogMeasure m, CheckContext at) {
    if (!m.stages().isEmpty() && !m.kinds().isEmpty()
        && !m.kinds().contains(ActivityKind.LESSON_PREPARATION)) {
      at.field(STAGES).add(PolicyProblemCode.MEASURE_NOT_APPLICABLE,
          "stages select 同课异构 preparations, but kinds " + m.kinds()
              + " leave LESSON_PREPARATION out: nothing would match");
    }
  }

  /** The {@code quantity} field of a measure of a quantity ({@code sum}, {@code mean}). */
  static <T, B> Field<T, B, Quantity> quantity(Function<? super T, Quantity> get,
      BiConsumer<? super B, Quantity> set) {
    return Field.required("quantity", QUANTITY, get, set);
  }

  /** Whether the activity passes the filters. */
  public boolean matches(Activity a) {
    return (kinds().isEmpty() || kinds().contains(a.kind()))
        && (schoolSubject().isEmpty() || a.schoolSubject().equals(schoolSubject()))
        && (grade().isEmpty() || a.grade().equals(grade()))
        && (direction().isEmpty() || a.direction().equals(direction()))
        && (stages().isEmpty()
            || a.preparationStage().map(stages()::contains).orElse(false))
        && (tags().isEmpty() || a.tags().containsAll(tags()));
  }

  @Override
  public ImmutableSet<SubjectKind> appliesTo() {
    return ImmutableSet.copyOf(SubjectKind.values());
  }

  /** Whether the value is derived (rounded to 4 places) rather than an exact count or sum. */
  protected boolean isDerived() {
    return true;
  }

  @Override
  public RawValue toRaw(Accumulator accumulator) {
    return RawValue.from(accumulator, isDerived());
  }

  /**
   * An accumulator of the number of distinct keys (months, host schools, …) among the matching
   * activities; an activity without a key is not counted, nor evidence.
   */
  protected final <K> Accumulator distinct(Function<Activity, Optional<K>> key,
      MeasureContext context) {
    return new DistinctCounter<>(this, key, context.evidenceLimit());
  }
}
