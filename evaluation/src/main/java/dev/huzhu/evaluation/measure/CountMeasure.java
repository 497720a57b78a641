package dev.huzhu.evaluation.measure;

import dev.huzhu.core.activity.Activity;
import dev.huzhu.evaluation.form.Kind;
import dev.huzhu.evaluation.math.Ratio;
import java.util.Optional;
import org.immutables.value.Value;

/** {@code count}: how many activities match. Exact; never missing (0 is a count). */
@Value.Immutable
public abstract class CountMeasure extends FilteredLogMeasure {
  /** {@code count} in policy files. */
  public static final Kind<CountMeasure> KIND = FilteredLogMeasure.kind("count", CountMeasure.class,
      CountMeasure::builder, Builder::build);

  public static Builder builder() {
    return new Builder();
  }

  /** The builder of a {@code count} measure. */
  public static final class Builder extends ImmutableCountMeasure.Builder
      implements FilteredLogMeasure.Builder {}

  @Override
  public Kind<CountMeasure> kind() {
    return KIND;
  }

  @Override
  protected boolean isDerived() {
    return false;
  }

  @Override
  public Accumulator newAccumulator(MeasureContext context) {
    return new Counter(this, context.evidenceLimit());
  }

  private static final class Counter implements Accumulator {
    private final CountMeasure measure;
    private final EvidenceSet evidence;
    private long count;

    Counter(CountMeasure measure, int limit) {
      this.measure = measure;
      this.evidence = new EvidenceSet(limit);
    }

    @Override
    public void accept(Activity a) {
      if (measure.matches(a)) {
        count++;
        evidence.add(a.id());
      }
    }

    @Override
    public void merge(Accumulator other) {
      Counter o = (Counter) other;
      count += o.count;
      evidence.merge(o.evidence);
    }

    @Override
    public Optional<Ratio> exact() {
      return Optional.of(Ratio.of(count));
    }

    @Override
    public Evidence evidence() {
      return evidence.build();
    }
  }
}
