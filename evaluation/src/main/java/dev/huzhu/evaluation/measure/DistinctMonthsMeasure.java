package dev.huzhu.evaluation.measure;

import dev.huzhu.evaluation.form.Kind;
import java.time.YearMonth;
import java.util.Optional;
import org.immutables.value.Value;

/** {@code distinctMonths}: the number of distinct calendar months with a matching activity (regularity, 每月). Exact; never missing. */
@Value.Immutable
public abstract class DistinctMonthsMeasure extends FilteredLogMeasure {
  /** {@code distinctMonths} in policy files. */
  public static final Kind<DistinctMonthsMeasure> KIND = FilteredLogMeasure.kind("distinctMonths",
      DistinctMonthsMeasure.class, DistinctMonthsMeasure::builder, Builder::build);

  public static Builder builder() {
    return new Builder();
  }

  /** The builder of a {@code distinctMonths} measure. */
  public static final class Builder extends ImmutableDistinctMonthsMeasure.Builder
      implements FilteredLogMeasure.Builder {}

  @Override
  public Kind<DistinctMonthsMeasure> kind() {
    return KIND;
  }

  @Override
  protected boolean isDerived() {
    return false;
  }

  @Override
  public Accumulator newAccumulator(MeasureContext context) {
    return distinct(a -> Optional.of(YearMonth.from(a.date())), context);
  }
}
