package dev.huzhu.evaluation.policy;

import dev.huzhu.evaluation.math.Decimals;
import dev.huzhu.evaluation.math.Ratio;
import dev.huzhu.evaluation.measure.RawValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.immutables.value.Value;

/**
 * How a policy rounds (docs/assessment.md#arithmetic-and-rounding): {@code rounding: {values: 4,
 * points: metric}} by default — each derived raw value rounded once half-up to 4 places, each
 * metric's and adjustment's points once to 2 — or, for a bureau whose formula rounds only once
 * (S = (合格率×50% + 得分率×45% + 优秀率×5%)×100), {@code {values: exact, points: total}}: raw
 * values unrounded, points exact, and only the total rounded, once, half-up to 2 places. Every
 * rule of rounding is here: measures hand their exact values, and {@link #keep(RawValue)} is the
 * one place that decides how a derived value is kept. Immutable and thread-safe.
 */
@Value.Immutable(singleton = true)
public abstract class Rounding {
  /** Places of an unrounded figure as the report shows it, when its expansion is longer. */
  public static final int SHOWN_SCALE = 12;
  /** Places of points kept exact, as the report shows them. */
  public static final int EXACT_POINTS_SHOWN_SCALE = 4;

  /** How derived raw values are kept. */
  public enum Values {
    /** Rounded once, half-up, to 4 places (the default). */
    FOUR_PLACES("4"),
    /** Unrounded; an irrational value (a dispersion) rounded once to 12 places. */
    EXACT("exact");

    private final String word;

    Values(String word) {
      this.word = word;
    }

    /** The word in policy files: {@code 4} or {@code exact}. */
    public String word() {
      return word;
    }
  }

  /** Where points are rounded. */
  public enum Points {
    /** Each metric's and adjustment's points, once, to 2 places (the default). */
    METRIC("metric"),
    /** Only the total, once, to 2 places; metric, section and adjustment points stay exact. */
    TOTAL("total");

    private final String word;

    Points(String word) {
      this.word = word;
    }

    /** The word in policy files: {@code metric} or {@code total}. */
    public String word() {
      return word;
    }
  }

  @Value.Default
  public Values values() {
    return Values.FOUR_PLACES;
  }

  @Value.Default
  public Points points() {
    return Points.METRIC;
  }

  /** The default: values to 4 places, points per metric. */
  public static Rounding defaults() {
    return ImmutableRounding.of();
  }

  public static Rounding of(Values values, Points points) {
    return ImmutableRounding.builder().values(values).points(points).build();
  }

  public boolean isDefault() {
    return values() == Values.FOUR_PLACES && points() == Points.METRIC;
  }

  /** Places to which an irrational raw value (a dispersion) is rounded: 4, or 12 when exact. */
  public int irrationalScale() {
    return values() == Values.EXACT ? SHOWN_SCALE : Decimals.RAW_SCALE;
  }

  /**
   * A raw value as this policy keeps it: a derived value rounded once to 4 places, or under
   * {@code values: exact} kept unrounded (shown exactly when its decimal expansion ends within
   * 12 places, else rounded to 12 for the eye) — an irrational one rounded once to 12 places.
   * Counts, sums and missing values are kept as they are.
   */
  public RawValue keep(RawValue raw) {
    if (raw.unrounded().isEmpty() || raw.value().isEmpty()) {
      return raw;
    }
    Ratio exact = raw.unrounded().get();
    if (raw.irrational()) {
      // exact is the square of the value: its root, correctly rounded, once
      return RawValue.of(exact.sqrt(irrationalScale()), raw.evidence());
    }
    if (values() == Values.FOUR_PLACES) {
      return RawValue.of(Decimals.raw(exact), raw.evidence());
    }
    return RawValue.unrounded(exact, shown(exact), raw.evidence());
  }

  /** A value as kept, as the report shows it. */
  public BigDecimal shown(Ratio kept) {
    return kept.toDecimal(SHOWN_SCALE);
  }

  /**
   * The points of a metric or an adjustment as this policy keeps them: rounded once half-up to 2
   * places, or exact under {@code points: total}.
   */
  public Ratio keptPoints(Ratio exact) {
    return points() == Points.TOTAL ? exact : Ratio.of(Decimals.points(exact));
  }

  /**
   * Points as kept (a metric's, a section's, an adjustment's), as the report shows them: with 2
   * places, or under {@code points: total} rounded half-up to 4 places.
   */
  public BigDecimal shownPoints(Ratio kept) {
    return points() == Points.TOTAL ? kept.round(EXACT_POINTS_SHOWN_SCALE)
        : Decimals.points(kept.round(Decimals.POINTS_SCALE));
  }

  /** The total from its exact value: max(0, exact), rounded once half-up to 2 places. */
  public BigDecimal total(Ratio exact) {
    return Decimals.points(exact.max(Ratio.ZERO));
  }

  /**
   * The exact total as the explanation states it: exactly (82.484), or rounded to 12 places when
   * its expansion is longer.
   */
  public BigDecimal shownExactTotal(Ratio exact) {
    // without trailing zeros (82.484, not 82.4840), but with at least the total's 2 places
    BigDecimal shown = exact.max(Ratio.ZERO).toDecimal(SHOWN_SCALE).stripTrailingZeros();
    return shown.scale() < Decimals.POINTS_SCALE
        ? shown.setScale(Decimals.POINTS_SCALE, RoundingMode.UNNECESSARY) : shown;
  }

  @Override
  public String toString() {
    return "rounding: {values: " + values().word() + ", points: " + points().word() + "}";
  }
}
