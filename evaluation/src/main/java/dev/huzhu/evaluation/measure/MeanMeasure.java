package dev.huzhu.evaluation.measure;

import dev.huzhu.core.activity.Activity;
import dev.huzhu.core.activity.Quantity;
import dev.huzhu.evaluation.form.Kind;
import dev.huzhu.evaluation.math.Ratio;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code mean} of a quantity over the matching activities that carry it — e.g. the mean
 * {@code rating} of lessons observed on the 品牌课/达标课 rubric. Rounded to 4 places; missing when
 * no matching activity carries it.
 */
@Value.Immutable
public abstract class MeanMeasure extends FilteredLogMeasure {
  public abstract Quantity quantity();

  /** {@code mean} in policy files. */
  public static final Kind<MeanMeasure> KIND = FilteredLogMeasure.kind("mean", MeanMeasure.class,
      MeanMeasure::builder, Builder::build,
      quantity(MeanMeasure::quantity, Builder::quantity));

  public static Builder builder() {
    return new Builder();
  }

  /** The builder of a {@code mean} measure. */
  public static final class Builder extends ImmutableMeanMeasure.Builder
      implements FilteredLogMeasure.Builder {}

  @Override
  public Kind<MeanMeasure> kind() {
    return KIND;
  }

  @Override
  public Accumulator newAccumulator(MeasureContext context) {
    return new Averager(this, context.evidenceLimit());
  }

  private static final class Averager implements Accumulator {
    private final MeanMeasure measure;
    private final EvidenceSet evidence;
    private BigDecimal sum = BigDecimal.ZERO;
    private long n;

    Averager(MeanMeasure measure, int limit) {
      this.measure = measure;
      this.evidence = new EvidenceSet(limit);
    }

    @Override
    public void accept(Activity a) {
      if (measure.matches(a)) {
        a.quantity(measure.quantity()).ifPresent(q -> {
          sum = sum.add(q);
          n++;
          evidence.add(a.id());
        });
      }
    }

    @Override
    public void merge(Accumulator other) {
      Averager o = (Averager) other;
      sum = sum.add(o.sum);
      n += o.n;
      evidence.merge(o.evidence);
    }

    @Override
    public Optional<Ratio> exact() {
      return n == 0 ? Optional.empty() : Optional.of(Ratio.of(sum, BigDecimal.valueOf(n)));
    }

    @Override
    public Evidence evidence() {
      return evidence.build();
    }
  }
}
