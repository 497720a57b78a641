package dev.huzhu.evaluation.measure;

import dev.huzhu.core.activity.Activity;
import dev.huzhu.evaluation.form.Kind;
import org.immutables.value.Value;

/** {@code distinctSchools}: the number of distinct host schools among the matching activities (activities without a host school are not counted). Exact; never missing. */
@Value.Immutable
public abstract class DistinctSchoolsMeasure extends FilteredLogMeasure {
  /** {@code distinctSchools} in policy files. */
  public static final Kind<DistinctSchoolsMeasure> KIND = FilteredLogMeasure.kind("distinctSchools",
      DistinctSchoolsMeasure.class, DistinctSchoolsMeasure::builder, Builder::build);

  public static Builder builder() {
    return new Builder();
  }

  /** The builder of a {@code distinctSchools} measure. */
  public static final class Builder extends ImmutableDistinctSchoolsMeasure.Builder
      implements FilteredLogMeasure.Builder {}

  @Override
  public Kind<DistinctSchoolsMeasure> kind() {
    return KIND;
  }

  @Override
  protected boolean isDerived() {
    return false;
  }

  @Override
  public Accumulator newAccumulator(MeasureContext context) {
    return distinct(Activity::host, context);
  }
}
