package dev.huzhu.evaluation.measure;

import dev.huzhu.core.activity.Activity;
import dev.huzhu.evaluation.math.Ratio;
import java.util.Optional;
import org.immutables.value.Value;

/** {@code count}: how many activities match. Exact; never missing (0 is a count). */
@Value.Immutable
public abstract class CountMeasure extends FilteredLogMeasure {
  public static ImmutableCountMeasure.Builder builder() {
    return ImmutableCountMeasure.builder();
  }

  @Override
  public String type() {
    return "count";
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
