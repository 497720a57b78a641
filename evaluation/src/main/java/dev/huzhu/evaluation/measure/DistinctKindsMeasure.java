package dev.huzhu.evaluation.measure;

import java.util.Optional;
import org.immutables.value.Value;

/** {@code distinctKinds}: the number of distinct kinds among the matching activities (diversity of help forms, 形式多样化). Exact; never missing. */
@Value.Immutable
public abstract class DistinctKindsMeasure extends FilteredLogMeasure {
  public static ImmutableDistinctKindsMeasure.Builder builder() {
    return ImmutableDistinctKindsMeasure.builder();
  }

  @Override
  public String type() {
    return "distinctKinds";
  }

  @Override
  protected boolean isDerived() {
    return false;
  }

  @Override
  public Accumulator newAccumulator(MeasureContext context) {
    return new DistinctCounter<>(this, a -> Optional.of(a.kind()), context.evidenceLimit());
  }
}
