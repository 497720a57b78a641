package dev.huzhu.evaluation.policy;

import dev.huzhu.evaluation.measure.Measure;
import dev.huzhu.evaluation.scoring.Scoring;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * One scored item of a section (考核指标): what is measured (a {@link Measure} giving the raw
 * value x) and how x becomes points (a {@link Scoring}, up to {@link #points()}), e.g. 组内交流材料:
 * the sum of materials shared, linear to a target of 12, worth 10 points. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class Metric {
  public abstract String id();

  public abstract String label();

  /** The most points the metric can give. */
  public abstract BigDecimal points();

  public abstract Measure measure();

  public abstract Scoring scoring();

  public static ImmutableMetric.Builder builder() {
    return ImmutableMetric.builder();
  }

  /** A copy with its label replaced. */
  public Metric withLabel(String value) {
    return ImmutableMetric.copyOf(this).withLabel(value);
  }

  /** A copy with its points replaced. */
  public Metric withPoints(BigDecimal value) {
    return ImmutableMetric.copyOf(this).withPoints(value);
  }

  /** A copy with its measure replaced. */
  public Metric withMeasure(dev.huzhu.evaluation.measure.Measure value) {
    return ImmutableMetric.copyOf(this).withMeasure(value);
  }

  /** A copy with its scoring replaced. */
  public Metric withScoring(dev.huzhu.evaluation.scoring.Scoring value) {
    return ImmutableMetric.copyOf(this).withScoring(value);
  }
}
