package dev.huzhu.io;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Iterables;
import dev.huzhu.core.HuzhuStyle;
import dev.huzhu.core.activity.Activity;
import dev.huzhu.core.activity.Quantity;
import dev.huzhu.evaluation.form.Field;
import dev.huzhu.evaluation.form.FieldType;
import dev.huzhu.evaluation.form.Kind;
import dev.huzhu.evaluation.math.Ratio;
import dev.huzhu.evaluation.measure.Accumulator;
import dev.huzhu.evaluation.measure.Evidence;
import dev.huzhu.evaluation.measure.FilteredLogMeasure;
import dev.huzhu.evaluation.measure.MeasureContext;
import dev.huzhu.evaluation.policy.PolicyProblemCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * {@code lessonDays}, a measure the library does not have, added as the library adds its own: this
 * one file, and one line that registers it ({@code PolicyKinds.builtIn().withMeasure(KIND)}). The
 * number of distinct days on which the matching activities carry at least {@code minLessons}
 * lessons in all (1 unless a file says otherwise). Exact; never missing.
 */
@HuzhuStyle
@Value.Immutable
public abstract class LessonDaysMeasure extends FilteredLogMeasure {
  private static final Field<LessonDaysMeasure, Builder, Integer> MIN_LESSONS = Field.defaulted(
      "minLessons", FieldType.integer(), 1, LessonDaysMeasure::minLessons, Builder::minLessons);

  /** {@code lessonDays} in policy files; its minimum must not be negative. */
  public static final Kind<LessonDaysMeasure> KIND = FilteredLogMeasure.kind("lessonDays",
      LessonDaysMeasure.class, LessonDaysMeasure::builder, Builder::build, MIN_LESSONS)
      .withCheck((m, at) -> {
        if (m.minLessons() < 0) {
          at.field(MIN_LESSONS).add(PolicyProblemCode.NEGATIVE_NUMBER,
              MIN_LESSONS.name() + " is " + m.minLessons());
        }
      });

  /** The lessons a day's matching activities must carry to count. */
  @Value.Default
  public int minLessons() {
    return 1;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The builder of a {@code lessonDays} measure. */
  public static final class Builder extends ImmutableLessonDaysMeasure.Builder
      implements FilteredLogMeasure.Builder {}

  @Override
  public Kind<LessonDaysMeasure> kind() {
    return KIND;
  }

  @Override
  protected boolean isDerived() {
    return false;
  }

  @Override
  public Accumulator newAccumulator(MeasureContext context) {
    return new Days(this, context.evidenceLimit());
  }

  /** The lessons of each day; the evidence is every matching activity. */
  private static final class Days implements Accumulator {
    private final LessonDaysMeasure measure;
    private final int limit;
    private final Map<LocalDate, BigDecimal> lessons = new HashMap<>();
    // a toy keeps every id; the library's measures keep only as many as the limit
    private final TreeSet<String> ids = new TreeSet<>();

    Days(LessonDaysMeasure measure, int limit) {
      this.measure = measure;
      this.limit = limit;
    }

    @Override
    public void accept(Activity a) {
      if (measure.matches(a)) {
        lessons.merge(a.date(), a.quantity(Quantity.LESSONS).orElse(BigDecimal.ZERO),
            BigDecimal::add);
        ids.add(a.id());
      }
    }

    @Override
    public void merge(Accumulator other) {
      Days o = (Days) other;
      o.lessons.forEach((day, n) -> lessons.merge(day, n, BigDecimal::add));
      ids.addAll(o.ids);
    }

    @Override
    public Optional<Ratio> exact() {
      BigDecimal min = BigDecimal.valueOf(measure.minLessons());
      return Optional.of(Ratio.of(lessons.values().stream().filter(n -> n.compareTo(min) >= 0)
          .count()));
    }

    @Override
    public Evidence evidence() {
      return Evidence.of(ImmutableList.copyOf(Iterables.limit(ids, limit)), ids.size());
    }
  }
}
