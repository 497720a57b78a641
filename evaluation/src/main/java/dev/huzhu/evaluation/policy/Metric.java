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
}
