package dev.huzhu.evaluation.scoring;

import com.google.common.collect.ImmutableList;
import dev.huzhu.evaluation.form.Form;
import dev.huzhu.evaluation.form.Kind;
import dev.huzhu.evaluation.math.Ratio;
import dev.huzhu.evaluation.report.Comparison;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * {@code relative}: among the subjects whose x is not missing, p × (x − min) / (max − min); when
 * max = min every one of them gets p. The explanation gives min, max and n.
 */
@Value.Immutable(singleton = true)
public abstract class RelativeScoring extends ComparativeScoring {
  /** {@code relative} in policy files: it has no fields. */
  public static final Kind<RelativeScoring> KIND = Kind.of("relative", RelativeScoring.class,
      Form.empty(RelativeScoring::of));

  public static RelativeScoring of() {
    return ImmutableRelativeScoring.of();
  }

  @Override
  public Kind<RelativeScoring> kind() {
    return KIND;
  }

  @Override
  public ImmutableList<Ratio> exactPoints(BigDecimal p, List<Optional<Ratio>> values) {
    List<Ratio> present = present(values);
    if (present.isEmpty()) {
      return values.stream().map(v -> Ratio.ZERO).collect(ImmutableList.toImmutableList());
    }
    // min and max once for the metric, not once per subject
    Ratio min = present.stream().reduce(Ratio::min).orElseThrow();
    Ratio span = present.stream().reduce(Ratio::max).orElseThrow().subtract(min);
    return values.stream().map(v -> v.map(x -> span.signum() == 0 ? Ratio.of(p)
        : Ratio.of(p).multiply(x.subtract(min)).divide(span)).orElse(Ratio.ZERO))
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  protected Function<Ratio, Comparison> comparator(List<Ratio> present,
      Function<Ratio, BigDecimal> shown) {
    // every subject is compared with the same min and max: one Comparison serves them all
    Comparison same = Comparison.builder().n(present.size())
        .min(shown.apply(present.stream().reduce(Ratio::min).orElseThrow()))
        .max(shown.apply(present.stream().reduce(Ratio::max).orElseThrow())).build();
    return x -> same;
  }
}
