package dev.huzhu.evaluation.measure;

import dev.huzhu.evaluation.form.Kind;
import java.util.Optional;
import org.immutables.value.Value;

/** {@code distinctKinds}: the number of distinct kinds among the matching activities (diversity of help forms, 形式多样化). Exact; never missing. */
@Value.Immutable
public abstract class DistinctKindsMeasure extends FilteredLogMeasure {
  /** {@code distinctKinds} in policy files. */
  public static final Kind<DistinctKindsMeasure> KIND = FilteredLogMeasure.kind("distinctKinds",
      DistinctKindsMeasure.class, DistinctKindsMeasure::builder, Builder::build);

  public static Builder builder() {
    return new Builder();
  }

  /** The builder of a {@code distinctKinds} measure. */
  public static final class Builder extends ImmutableDistinctKindsMeasure.Builder
      implements FilteredLogMeasure.Builder {}

  @Override
  public Kind<DistinctKindsMeasure> kind() {
    return KIND;
  }

  @Override
  protected boolean isDerived() {
    return false;
  }

  @Override
  public Accumulator newAccumulator(MeasureContext context) {
    return distinct(a -> Optional.of(a.kind()), context);
  }
}
