package dev.huzhu.evaluation.policy;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * A part of a policy's score with its share of points, e.g. 过程性评价 (process, 40) and
 * 终结性评价 (outcome, 60). Its metrics' points add up to exactly its points, which the policy
 * validator checks. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Section {
  public abstract String id();

  public abstract String label();

  public abstract BigDecimal points();

  public abstract ImmutableList<Metric> metrics();

  public static ImmutableSection.Builder builder() {
    return ImmutableSection.builder();
  }

  /** A copy with its label replaced. */
  public Section withLabel(String value) {
    return ImmutableSection.copyOf(this).withLabel(value);
  }

  /** A copy with its points replaced. */
  public Section withPoints(BigDecimal value) {
    return ImmutableSection.copyOf(this).withPoints(value);
  }

  /** A copy with its metrics replaced, in the order given. */
  public Section withMetrics(Iterable<? extends Metric> values) {
    return ImmutableSection.copyOf(this).withMetrics(values);
  }
}
