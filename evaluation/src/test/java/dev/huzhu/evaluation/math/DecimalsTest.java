package dev.huzhu.evaluation.math;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The two roundings of docs/assessment.md#arithmetic-and-rounding: raw values to 4 places and points to 2, both half-up. */
class DecimalsTest {

  @Test
  void rawValueIsRoundedOnceToFourPlaces() {
    // 251/3 = 83.66666… → 83.6667 (the mean rating of 80, 85, 86)
    assertEquals(new BigDecimal("83.6667"),
        Decimals.raw(Ratio.of(new BigDecimal("251"), new BigDecimal("3"))));
    // 5/6 = 0.83333… → 0.8333 (5 lessons over 6 members)
    assertEquals(new BigDecimal("0.8333"),
        Decimals.raw(Ratio.of(new BigDecimal("5"), new BigDecimal("6"))));
  }

  @Test
  void pointsAreRoundedOnceToTwoPlaces() {
    // 10 × 2/3 = 20/3 = 6.666… → 6.67
    assertEquals(new BigDecimal("6.67"),
        Decimals.points(Ratio.of(new BigDecimal("20"), new BigDecimal("3"))));
    // 5.625 → 5.63
    assertEquals(new BigDecimal("5.63"), Decimals.points(Ratio.of(new BigDecimal("5.625"))));
  }

  @Test
  void exactPointsAreShownWithTwoPlaces() {
    assertEquals(new BigDecimal("10.00"), Decimals.points(new BigDecimal("10"))); // 10 → 10.00
    assertEquals(new BigDecimal("2.50"), Decimals.points(new BigDecimal("2.5"))); // 2.5 → 2.50
    assertEquals(new BigDecimal("1.01"), Decimals.points(new BigDecimal("1.005"))); // half-up
  }
}
