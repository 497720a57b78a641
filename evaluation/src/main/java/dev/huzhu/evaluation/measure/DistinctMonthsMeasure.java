package dev.huzhu.evaluation.measure;

import java.time.YearMonth;
import java.util.Optional;
import org.immutables.value.Value;

/** {@code distinctMonths}: the number of distinct calendar months with a matching activity (regularity, 每月). Exact; never missing. */
@Value.Immutable
public abstract class DistinctMonthsMeasure extends FilteredLogMeasure {
  public static ImmutableDistinctMonthsMeasure.Builder builder() {
    return ImmutableDistinctMonthsMeasure.builder();
  }

  @Override
  public String type() {
    return "distinctMonths";
  }

  @Override
  protected boolean isDerived() {
    return false;
  }

  @Override
  public Accumulator newAccumulator(MeasureContext context) {
    return new DistinctCounter<>(this, a -> Optional.of(YearMonth.from(a.date())), context.evidenceLimit());
  }
}
