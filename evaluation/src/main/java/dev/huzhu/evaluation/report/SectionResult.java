package dev.huzhu.evaluation.report;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import org.immutables.value.Value;

/** One section of one subject: the sum of its metrics' points. Immutable and thread-safe. */
@Value.Immutable
public abstract class SectionResult {
  public abstract String id();

  public abstract String label();

  public abstract BigDecimal maxPoints();

  /** The sum of the metrics' points. */
  public abstract BigDecimal points();

  public abstract ImmutableList<MetricResult> metrics();

  public static ImmutableSectionResult.Builder builder() {
    return ImmutableSectionResult.builder();
  }
}
