package dev.huzhu.evaluation.report;

import dev.huzhu.evaluation.measure.Evidence;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One metric of one subject: the raw value x (absent when missing), the points it earned out of
 * the metric's maximum, and the records behind x. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class MetricResult {
  public abstract String id();

  public abstract String label();

  /** The metric's points, the most it can earn. */
  public abstract BigDecimal maxPoints();

  /** The raw value x; absent when the measure had no data. */
  public abstract Optional<BigDecimal> value();

  /**
   * The points earned, with 2 decimal places; under {@code rounding: {points: total}} the exact
   * points rounded half-up to 4 places for the eye.
   */
  public abstract BigDecimal points();

  public abstract Evidence evidence();

  /**
   * For a comparative scoring ({@code relative}, {@code rank}, {@code ratioToBest}), what the raw
   * value was compared with, so that the points re-add by hand; absent otherwise and when missing.
   */
  public abstract Optional<Comparison> comparison();

  /** Whether the measure had no data (it then scores 0). */
  public boolean isMissing() {
    return value().isEmpty();
  }

  public static ImmutableMetricResult.Builder builder() {
    return ImmutableMetricResult.builder();
  }
}
