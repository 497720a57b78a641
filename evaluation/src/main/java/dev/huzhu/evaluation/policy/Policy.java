package dev.huzhu.evaluation.policy;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An assessment policy (考核方案): what is assessed, over which period, in which sections and
 * metrics, with which adjustments, vetoes, grading, awards and bundling (docs/assessment.md#policy-shape). A policy is
 * plain data; {@link PolicyValidator} checks it whole and {@code Assessment} refuses an invalid
 * one with every problem. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Policy {
  public abstract String id();

  public abstract String title();

  public abstract AssessmentPeriod period();

  public abstract SubjectSelection subjects();

  public abstract ImmutableList<Section> sections();

  public abstract ImmutableList<Adjustment> adjustments();

  public abstract ImmutableList<Veto> vetoes();

  public abstract Optional<Grading> grading();

  public abstract ImmutableList<Award> awards();

  public abstract Optional<Bundling> bundling();

  /** How raw values and points are rounded; by default values to 4 places, points per metric. */
  @Value.Default
  public Rounding rounding() {
    return Rounding.defaults();
  }

  public static ImmutablePolicy.Builder builder() {
    return ImmutablePolicy.builder();
  }

  /** The most points the sections can give: the sum of their points. */
  public BigDecimal sectionPoints() {
    return sections().stream().map(Section::points).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** Every problem of this policy; empty when it is valid. */
  public ImmutableList<dev.huzhu.core.validation.Problem> validate() {
    return PolicyValidator.validate(this);
  }

  /**
   * Every problem of this policy against the dataset it is to assess (a community in
   * {@code subjects.within} the dataset does not hold); empty when it fits.
   */
  public ImmutableList<dev.huzhu.core.validation.Problem> validate(dev.huzhu.core.Dataset dataset) {
    return PolicyValidator.validate(this, dataset);
  }
}
