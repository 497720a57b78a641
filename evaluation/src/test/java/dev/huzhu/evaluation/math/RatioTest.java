package dev.huzhu.evaluation.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Exact rational arithmetic, and its one rounding: half-up (away from zero) at a given scale. */
class RatioTest {

  private static Ratio r(String numerator, String denominator) {
    return Ratio.of(new BigDecimal(numerator), new BigDecimal(denominator));
  }

  private static Ratio r(String value) {
    return Ratio.of(new BigDecimal(value));
  }

  @Test
  void addsAndSubtractsExactly() {
    assertEquals(r("1", "2"), r("1", "3").add(r("1", "6"))); // 1/3 + 1/6 = 2/6 + 1/6 = 1/2
    assertEquals(r("1", "6"), r("1", "2").subtract(r("1", "3"))); // 1/2 − 1/3 = 1/6
    assertEquals(r("0.3"), r("0.1").add(r("0.2"))); // 0.1 + 0.2 = 0.3, not 0.30000000000000004
  }

  @Test
  void multipliesAndDividesExactly() {
    assertEquals(r("1", "2"), r("2", "3").multiply(r("3", "4"))); // 2/3 × 3/4 = 6/12 = 1/2
    assertEquals(r("2"), r("1", "2").divide(r("1", "4"))); // 1/2 ÷ 1/4 = 2
    // 1/3 × 3 is exactly 1 again
    assertEquals(Ratio.ONE, r("1", "3").multiply(r("3")));
  }

  @Test
  void equalsAsNumbers() {
    assertEquals(r("1", "2"), r("2", "4")); // 1/2 = 2/4
    assertEquals(r("1", "2").hashCode(), r("2", "4").hashCode());
    assertEquals(r("0.5"), r("0.50")); // scale does not matter
    assertEquals(r("0.50").hashCode(), r("0.5").hashCode());
    assertNotEquals(r("1", "2"), r("1", "3"));
  }

  @Test
  void negativeDenominatorIsTheSameNumber() {
    assertEquals(r("-1", "2"), r("1", "-2")); // 1/−2 = −1/2
    assertTrue(r("1", "-2").compareTo(Ratio.ZERO) < 0);
    assertEquals(-1, r("1", "-2").signum());
  }

  @Test
  void comparesAsNumbers() {
    assertTrue(r("2", "3").compareTo(r("0.6666")) > 0); // 2/3 = 0.6666… > 0.6666
    assertTrue(r("2", "3").compareTo(r("0.6667")) < 0); // 2/3 < 0.6667
    assertEquals(r("1", "3"), r("1", "3").min(r("1", "2")));
    assertEquals(r("1", "2"), r("1", "3").max(r("1", "2")));
  }

  @Test
  void roundsHalfUpAtTheNextDecimal() {
    assertEquals(new BigDecimal("0.13"), r("1", "8").round(2)); // 1/8 = 0.125 → 0.13
    assertEquals(new BigDecimal("0.6667"), r("2", "3").round(4)); // 0.66666… → 0.6667
    assertEquals(new BigDecimal("0.3333"), r("1", "3").round(4)); // 0.33333… → 0.3333
    assertEquals(new BigDecimal("0.0001"), r("0.00005").round(4)); // 5 at the 5th decimal → up
    assertEquals(new BigDecimal("0.0000"), r("0.00004999").round(4)); // below half → down
  }

  @Test
  void halfUpRoundsNegativeHalvesAwayFromZero() {
    assertEquals(new BigDecimal("-0.0001"), r("-0.00005").round(4)); // −0.00005 → −0.0001
    assertEquals(new BigDecimal("-0.13"), r("-1", "8").round(2)); // −0.125 → −0.13
    assertEquals(new BigDecimal("-0.0188"), r("-1.5", "80").round(4)); // −0.01875 → −0.0188
  }

  @Test
  void roundedValueHasTheRequestedScale() {
    BigDecimal four = r("4").round(4); // 4 → 4.0000
    assertEquals(0, four.compareTo(new BigDecimal("4")));
    assertEquals(4, four.scale());
    assertEquals(new BigDecimal("10.00"), r("10").round(2));
  }

  @Test
  void terminatingRatioHasAnExactDecimal() {
    assertEquals(0, r("5", "4").toExactDecimal().compareTo(new BigDecimal("1.25"))); // 5/4 = 1.25
    assertEquals(0, r("7").toExactDecimal().compareTo(new BigDecimal("7")));
    assertThrows(ArithmeticException.class, () -> r("1", "3").toExactDecimal()); // 0.333… never ends
  }

  @Test
  void divisionByZeroThrows() {
    assertThrows(ArithmeticException.class, () -> Ratio.ONE.divide(Ratio.ZERO));
    assertThrows(ArithmeticException.class, () -> r("1", "0"));
    assertThrows(ArithmeticException.class, () -> r("5").divide(r("0", "7"))); // 0/7 is zero too
  }

  @Test
  void squareRootIsRoundedOnceFromItsExactValue() {
    assertEquals(new BigDecimal("3.0000"), r("9").sqrt(4)); // exact roots stay exact
    assertEquals(new BigDecimal("1.4142"), r("2").sqrt(4)); // √2 = 1.41421356…
    assertEquals(new BigDecimal("0.1063"), r("76", "6724").sqrt(4)); // √76 / 82 = 0.10631460…
    // √0.01265625 = 0.1125 exactly: a half at 3 places goes up; just below it goes down
    assertEquals(new BigDecimal("0.113"), r("0.01265625").sqrt(3));
    assertEquals(new BigDecimal("0.112"), r("0.0126562499").sqrt(3));
    // 1/3 = 0.333…: √ = 0.57735026…
    assertEquals(new BigDecimal("0.57735"), r("1", "3").sqrt(5));
    assertEquals(new BigDecimal("0.0000"), Ratio.ZERO.sqrt(4));
    assertThrows(ArithmeticException.class, () -> r("-1").sqrt(4));
  }
}
