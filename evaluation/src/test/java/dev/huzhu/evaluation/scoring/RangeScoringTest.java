package dev.huzhu.evaluation.scoring;

import static dev.huzhu.evaluation.scoring.ScoringExamples.d;
import static dev.huzhu.evaluation.scoring.ScoringExamples.points;
import static dev.huzhu.evaluation.scoring.ScoringExamples.xs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code range(zeroAt, fullAt)}: p × clamp((x − zeroAt) / (fullAt − zeroAt), 0, 1); with
 * fullAt &lt; zeroAt lower is better.
 */
class RangeScoringTest {

  /** 差距缩小 (gap narrowed), 40 points: none at 0, full at 0.05. */
  private static final RangeScoring NARROWING = RangeScoring.of(d("0"), d("0.05"));

  /** 差异系数, 30 points: full at 0.2 or below, none at 0.5 or above (lower is better). */
  private static final RangeScoring DISPERSION = RangeScoring.of(d("0.5"), d("0.2"));

  private static List<BigDecimal> narrowing(String... values) {
    return NARROWING.points(d("40"), xs(values));
  }

  private static List<BigDecimal> dispersion(String... values) {
    return DISPERSION.points(d("30"), xs(values));
  }

  @Test
  void higherIsBetterInProportionBetweenTheEnds() {
    // (0.02 − 0) / (0.05 − 0) = 0.4 → 40 × 0.4 = 16.00
    // (0.0333 − 0) / 0.05 = 0.666 → 40 × 0.666 = 26.64
    // (0.0125 − 0) / 0.05 = 0.25 → 10.00
    assertEquals(points("16.00", "26.64", "10.00"), narrowing("0.02", "0.0333", "0.0125"));
  }

  @Test
  void higherIsBetterClampsAtBothEnds() {
    // 0 → 0.00 (at zeroAt); −0.01 → (−0.01)/0.05 = −0.2 → clamped to 0 → 0.00 (the gap widened);
    // 0.05 → 40.00 (at fullAt); 0.08 → 1.6 → clamped to 1 → 40.00
    assertEquals(points("0.00", "0.00", "40.00", "40.00"), narrowing("0", "-0.01", "0.05", "0.08"));
  }

  @Test
  void lowerIsBetterInProportionBetweenTheEnds() {
    // (0.35 − 0.5) / (0.2 − 0.5) = −0.15 / −0.3 = 0.5 → 30 × 0.5 = 15.00
    // (0.3 − 0.5) / −0.3 = 2/3 → 30 × 2/3 = 20.00
    // (0.4 − 0.5) / −0.3 = 1/3 → 30 × 1/3 = 10.00
    // (0.2497 − 0.5) / −0.3 = 0.2503 / 0.3 = 0.834333… → 30 × 0.834333… = 25.03
    assertEquals(points("15.00", "20.00", "10.00", "25.03"),
        dispersion("0.35", "0.3", "0.4", "0.2497"));
  }

  @Test
  void lowerIsBetterClampsAtBothEnds() {
    // 0.2 → 30.00 (at fullAt); 0.1 → (0.1 − 0.5)/−0.3 = 4/3 → clamped to 1 → 30.00;
    // 0.5 → 0.00 (at zeroAt); 0.6 → −1/3 → clamped to 0 → 0.00
    assertEquals(points("30.00", "30.00", "0.00", "0.00"), dispersion("0.2", "0.1", "0.5", "0.6"));
  }

  @Test
  void aMissingValueScoresNothing() {
    assertEquals(points("0.00", "15.00"), dispersion("-", "0.35"));
  }

  @Test
  void itSaysWhichWayIsBetter() {
    assertTrue(DISPERSION.isLowerBetter());
    assertFalse(NARROWING.isLowerBetter());
  }
}
