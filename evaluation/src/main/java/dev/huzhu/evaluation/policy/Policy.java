package dev.huzhu.evaluation.policy;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
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

  /** A copy with its title replaced. */
  public Policy withTitle(String value) {
    return ImmutablePolicy.copyOf(this).withTitle(value);
  }

  /** A copy with its period replaced. */
  public Policy withPeriod(AssessmentPeriod value) {
    return ImmutablePolicy.copyOf(this).withPeriod(value);
  }

  /** A copy with the subjects it assesses replaced. */
  public Policy withSubjects(SubjectSelection value) {
    return ImmutablePolicy.copyOf(this).withSubjects(value);
  }

  /** A copy with its sections replaced, in the order given. */
  public Policy withSections(Iterable<? extends Section> values) {
    return ImmutablePolicy.copyOf(this).withSections(values);
  }

  /** A copy with its adjustments (加分/扣分) replaced, in the order given. */
  public Policy withAdjustments(Iterable<? extends Adjustment> values) {
    return ImmutablePolicy.copyOf(this).withAdjustments(values);
  }

  /** A copy with its vetoes (一票否决) replaced, in the order given. */
  public Policy withVetoes(Iterable<? extends Veto> values) {
    return ImmutablePolicy.copyOf(this).withVetoes(values);
  }

  /** A copy with its grading (等次) replaced. */
  public Policy withGrading(Grading value) {
    return ImmutablePolicy.copyOf(this).withGrading(value);
  }

  /** A copy without its grading (等次). */
  public Policy withoutGrading() {
    return ImmutablePolicy.copyOf(this).withGrading(java.util.Optional.empty());
  }

  /** A copy with its awards replaced, in the order given. */
  public Policy withAwards(Iterable<? extends Award> values) {
    return ImmutablePolicy.copyOf(this).withAwards(values);
  }

  /** A copy with its bundling (捆绑) replaced. */
  public Policy withBundling(Bundling value) {
    return ImmutablePolicy.copyOf(this).withBundling(value);
  }

  /** A copy without its bundling (捆绑). */
  public Policy withoutBundling() {
    return ImmutablePolicy.copyOf(this).withBundling(java.util.Optional.empty());
  }

  /** A copy with its rounding replaced. */
  public Policy withRounding(Rounding value) {
    return ImmutablePolicy.copyOf(this).withRounding(value);
  }

  /**
   * A copy without one metric, its section's other metrics re-weighted so that the section keeps
   * its points (按比例折算): each gets the section's points × its own points ÷ the points left.
   * The shares are cut at the finest scale the section's points and its metrics' points are
   * written with, the units left over going to the largest remainders (the earlier metric on a
   * tie), so that they add up exactly; each keeps the scale it was written with when that holds
   * its share exactly ({@code 10} of {@code 30} becomes {@code 15}, not {@code 15.00}). A veto,
   * award or adjustment that names the metric makes the copy invalid, as {@link #validate()} says.
   *
   * @throws dev.huzhu.core.UnknownIdException when no section has a metric with the id
   * @throws dev.huzhu.core.InvalidValueException when it is its section's only metric, or the
   *     others have no points to share by
   */
  public Policy withoutMetric(String metricId) {
    List<Section> sections = new ArrayList<>();
    boolean found = false;
    for (int i = 0; i < sections().size(); i++) {
      Section section = sections().get(i);
      if (section.metrics().stream().noneMatch(m -> m.id().equals(metricId))) {
        sections.add(section);
        continue;
      }
      found = true;
      List<Metric> rest = section.metrics().stream().filter(m -> !m.id().equals(metricId)).toList();
      BigDecimal left = rest.stream().map(Metric::points).reduce(BigDecimal.ZERO, BigDecimal::add);
      if (rest.isEmpty() || left.signum() <= 0) {
        throw new dev.huzhu.core.InvalidValueException(dev.huzhu.core.validation.Problem.of(
            PolicyProblemCode.SECTION_POINTS_MISMATCH, "sections[" + i + "].metrics", "metric " + metricId
                + (rest.isEmpty() ? " is the only metric of section " : " leaves no points to share"
                + " by in section ") + section.id() + "; drop or change the section instead"));
      }
      sections.add(section.withMetrics(reweigh(rest, left, section.points())));
    }
    if (!found) {
      throw new dev.huzhu.core.UnknownIdException("metric", metricId, "policy " + id());
    }
    return withSections(sections);
  }

  private static List<Metric> reweigh(List<Metric> metrics, BigDecimal left, BigDecimal points) {
    int scale = Math.max(0, points.scale());
    for (Metric m : metrics) {
      scale = Math.max(scale, m.points().scale());
    }
    // in units of 10^-scale: shares of the section's units, floored, then the largest remainders
    BigInteger units = points.movePointRight(scale).toBigIntegerExact();
    BigInteger whole = left.movePointRight(scale).setScale(0, RoundingMode.UNNECESSARY)
        .unscaledValue();
    BigInteger[] floor = new BigInteger[metrics.size()];
    BigInteger[] remainder = new BigInteger[metrics.size()];
    BigInteger given = BigInteger.ZERO;
    for (int i = 0; i < metrics.size(); i++) {
      BigInteger share = units.multiply(metrics.get(i).points().movePointRight(scale)
          .toBigIntegerExact());
      BigInteger[] qr = share.divideAndRemainder(whole);
      floor[i] = qr[0];
      remainder[i] = qr[1];
      given = given.add(qr[0]);
    }
    Integer[] order = new Integer[metrics.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> {
      int c = remainder[b].compareTo(remainder[a]);
      return c != 0 ? c : Integer.compare(a, b);
    });
    for (int k = 0; given.compareTo(units) < 0; k++) {
      floor[order[k]] = floor[order[k]].add(BigInteger.ONE);
      given = given.add(BigInteger.ONE);
    }
    List<Metric> out = new ArrayList<>();
    for (int i = 0; i < metrics.size(); i++) {
      BigDecimal share = new BigDecimal(floor[i], scale);
      int written = Math.max(0, metrics.get(i).points().scale());
      if (written < scale && share.stripTrailingZeros().scale() <= written) {
        share = share.setScale(written, RoundingMode.UNNECESSARY);
      }
      out.add(metrics.get(i).withPoints(share));
    }
    return out;
  }
}
