package dev.huzhu.evaluation.math;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The two roundings of docs/assessment.md#arithmetic-and-rounding: raw values to 4 places, points to 2, both half-up. */
public final class Decimals {
  /** Decimal places of a derived raw value (mean, per member, improvement, rate, share). */
  public static final int RAW_SCALE = 4;
  /** Decimal places of points. */
  public static final int POINTS_SCALE = 2;

  private Decimals() {}

  /** A derived raw value: the exact value rounded once, half-up, to 4 places. */
  public static BigDecimal raw(Ratio exact) {
    return exact.round(RAW_SCALE);
  }

  /**
   * A derived raw value that is a square root (a 差异系数): the root of the exact {@code square}
   * rounded once, half-up, to 4 places; the root is never rounded before.
   */
  public static BigDecimal rawSqrt(Ratio square) {
    return square.sqrt(RAW_SCALE);
  }

  /** Points: the exact value rounded once, half-up, to 2 places. */
  public static BigDecimal points(Ratio exact) {
    return exact.round(POINTS_SCALE);
  }

  /** Points already exact (a sum of points, a declared tier): shown with 2 places. */
  public static BigDecimal points(BigDecimal exact) {
    return exact.setScale(POINTS_SCALE, RoundingMode.HALF_UP);
  }
}
