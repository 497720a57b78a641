package dev.huzhu.evaluation.policy;

import dev.huzhu.evaluation.math.Ratio;
import dev.huzhu.evaluation.measure.Measure;
import dev.huzhu.evaluation.measure.RawValue;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * What a person must have done to be named in a people award: the measure over the activities
 * of the subject that they led ({@code LEAD}) reaches {@link #atLeast()}, e.g. at least two
 * demonstration or sent lessons. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class IndividualCriterion {
  @Value.Parameter
  public abstract Measure measure();

  @Value.Parameter
  public abstract BigDecimal atLeast();

  public static IndividualCriterion of(Measure measure, BigDecimal atLeast) {
    return ImmutableIndividualCriterion.of(measure, atLeast);
  }

  /**
   * Whether a person's raw value meets the criterion: the value as the policy keeps it (exact
   * under {@code values: exact}, not the figure shown) reaches {@link #atLeast()}; missing never
   * does.
   */
  public boolean isMetBy(RawValue x) {
    return x.kept().filter(v -> v.compareTo(Ratio.of(atLeast())) >= 0).isPresent();
  }
}
