package dev.huzhu.evaluation.measure;

import org.immutables.value.Value;

/** {@code distinctSchools}: the number of distinct host schools among the matching activities (activities without a host school are not counted). Exact; never missing. */
@Value.Immutable
public abstract class DistinctSchoolsMeasure extends FilteredLogMeasure {
  public static ImmutableDistinctSchoolsMeasure.Builder builder() {
    return ImmutableDistinctSchoolsMeasure.builder();
  }

  @Override
  public String type() {
    return "distinctSchools";
  }

  @Override
  protected boolean isDerived() {
    return false;
  }

  @Override
  public Accumulator newAccumulator(MeasureContext context) {
    return new DistinctCounter<>(this, a -> a.host(), context.evidenceLimit());
  }
}
