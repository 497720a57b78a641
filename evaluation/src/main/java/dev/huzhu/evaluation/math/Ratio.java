package dev.huzhu.evaluation.math;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact rational number: a decimal numerator over a positive decimal denominator. huzhu keeps
 * every derived value exact until the one rounding the rules allow (docs/assessment.md#arithmetic-and-rounding), so a
 * bureau's score sheet can be reproduced to the cent. Immutable and thread-safe.
 */
public final class Ratio implements Comparable<Ratio> {
  public static final Ratio ZERO = new Ratio(BigDecimal.ZERO, BigDecimal.ONE);
  public static final Ratio ONE = new Ratio(BigDecimal.ONE, BigDecimal.ONE);

  private final BigDecimal numerator;
  private final BigDecimal denominator;

  private Ratio(BigDecimal numerator, BigDecimal denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /** {@code numerator / denominator}; the denominator must not be zero. */
  public static Ratio of(BigDecimal numerator, BigDecimal denominator) {
    Objects.requireNonNull(numerator, "numerator");
    if (denominator.signum() == 0) {
      throw new ArithmeticException("a ratio's denominator is zero");
    }
    return denominator.signum() < 0 ? new Ratio(numerator.negate(), denominator.negate())
        : new Ratio(numerator, denominator);
  }

  /** The exact value of a decimal. */
  public static Ratio of(BigDecimal value) {
    return new Ratio(value, BigDecimal.ONE);
  }

  public static Ratio of(long value) {
    return of(BigDecimal.valueOf(value));
  }

  public Ratio add(Ratio o) {
    return of(numerator.multiply(o.denominator).add(o.numerator.multiply(denominator)),
        denominator.multiply(o.denominator));
  }

  public Ratio subtract(Ratio o) {
    return add(o.negate());
  }

  public Ratio negate() {
    return new Ratio(numerator.negate(), denominator);
  }

  public Ratio multiply(Ratio o) {
    return of(numerator.multiply(o.numerator), denominator.multiply(o.denominator));
  }

  /** This divided by {@code o}; {@code o} must not be zero. */
  public Ratio divide(Ratio o) {
    if (o.signum() == 0) {
      throw new ArithmeticException("division by zero");
    }
    return of(numerator.multiply(o.denominator), denominator.multiply(o.numerator));
  }

  /**
   * The exact decimal value, for a ratio whose decimal expansion terminates (a count or a sum
   * over 1); throws {@link ArithmeticException} otherwise.
   */
  public BigDecimal toExactDecimal() {
    return denominator.compareTo(BigDecimal.ONE) == 0 ? numerator : numerator.divide(denominator);
  }

  /**
   * The value as a decimal: exactly when its expansion ends within {@code maxScale} places,
   * otherwise rounded half-up to {@code maxScale} places. A ratio over 1 keeps its numerator's
   * scale ({@code 87.50} stays {@code 87.50}).
   */
  public BigDecimal toDecimal(int maxScale) {
    if (denominator.compareTo(BigDecimal.ONE) == 0 && numerator.scale() <= maxScale) {
      return numerator;
    }
    try {
      BigDecimal exact = numerator.divide(denominator);
      if (exact.scale() <= maxScale) {
        return exact;
      }
    } catch (ArithmeticException nonTerminating) {
      // falls through to the rounding
    }
    return round(maxScale);
  }

  public int signum() {
    return numerator.signum();
  }

  /** The value rounded half-up to {@code scale} decimal places. */
  public BigDecimal round(int scale) {
    return numerator.divide(denominator, scale, RoundingMode.HALF_UP);
  }

  public Ratio min(Ratio o) {
    return compareTo(o) <= 0 ? this : o;
  }

  public Ratio max(Ratio o) {
    return compareTo(o) >= 0 ? this : o;
  }

  @Override
  public int compareTo(Ratio o) {
    return numerator.multiply(o.denominator).compareTo(o.numerator.multiply(denominator));
  }

  /** Equal as numbers: 1/2 equals 2/4. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Ratio other && compareTo(other) == 0;
  }

  @Override
  public int hashCode() {
    return round(12).stripTrailingZeros().hashCode();
  }

  @Override
  public String toString() {
    return numerator.toPlainString() + "/" + denominator.toPlainString();
  }
}
