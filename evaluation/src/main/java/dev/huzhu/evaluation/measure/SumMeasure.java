package dev.huzhu.evaluation.measure;

import dev.huzhu.core.activity.Activity;
import dev.huzhu.core.activity.Quantity;
import dev.huzhu.evaluation.form.Kind;
import dev.huzhu.evaluation.math.Ratio;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code sum} of a quantity over the matching activities; an activity that lacks the quantity adds
 * 0 (but still counts as evidence). Exact; never missing.
 */
@Value.Immutable
public abstract class SumMeasure extends FilteredLogMeasure {
  public abstract Quantity quantity();

  /** {@code sum} in policy files. */
  public static final Kind<SumMeasure> KIND = FilteredLogMeasure.kind("sum", SumMeasure.class,
      SumMeasure::builder, Builder::build,
      quantity(SumMeasure::quantity, Builder::quantity));

  public static Builder builder() {
    return new Builder();
  }

  /** The builder of a {@code sum} measure. */
  public static final class Builder extends ImmutableSumMeasure.Builder
      implements FilteredLogMeasure.Builder {}

  @Override
  public Kind<SumMeasure> kind() {
    return KIND;
  }

  @Override
  protected boolean isDerived() {
    return false;
  }

  @Override
  public Accumulator newAccumulator(MeasureContext context) {
    return new Summer(this, context.evidenceLimit());
  }

  private static final class Summer implements Accumulator {
    private final SumMeasure measure;
    private final EvidenceSet evidence;
    private BigDecimal sum = BigDecimal.ZERO;

    Summer(SumMeasure measure, int limit) {
      this.measure = measure;
      this.evidence = new EvidenceSet(limit);
    }

    @Override
    public void accept(Activity a) {
      if (measure.matches(a)) {
        a.quantity(measure.quantity()).ifPresent(q -> sum = sum.add(q));
        evidence.add(a.id());
      }
    }

    @Override
    public void merge(Accumulator other) {
      Summer o = (Summer) other;
      sum = sum.add(o.sum);
      evidence.merge(o.evidence);
    }

    @Override
    public Optional<Ratio> exact() {
      return Optional.of(Ratio.of(sum));
    }

    @Override
    public Evidence evidence() {
      return evidence.build();
    }
  }
}
