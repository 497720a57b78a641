package dev.huzhu.evaluation.scoring;

import static dev.huzhu.evaluation.scoring.ScoringExamples.d;
import static dev.huzhu.evaluation.scoring.ScoringExamples.points;
import static dev.huzhu.evaluation.scoring.ScoringExamples.xs;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code linear(target)}: p × clamp(x, 0, target) / target, rounded half-up to 2 places. */
class LinearScoringTest {

  private static List<BigDecimal> linear(String max, String target, String... values) {
    return LinearScoring.of(d(target)).points(d(max), xs(values));
  }

  @Test
  void scoresInProportionToTheTarget() {
    // 组内交流材料: 9 materials of a target of 12, worth 10 points
    assertEquals(points("7.50"), linear("10", "12", "9")); // 10 × 9 / 12 = 7.5 → 7.50
  }

  @Test
  void reachingOrPassingTheTargetEarnsFullPoints() {
    assertEquals(points("10.00", "10.00"), linear("10", "12", "12", "30"));
    // 10 × 12 / 12 = 10; 30 is clamped to 12: 10 × 12 / 12 = 10
  }

  @Test
  void zeroAndNegativeValuesEarnNothing() {
    // x = 0: 10 × 0 / 12 = 0; x = −1.5 (a decline) is clamped to 0
    assertEquals(points("0.00", "0.00"), linear("10", "12", "0", "-1.5"));
  }

  @Test
  void missingValueEarnsNothing() {
    assertEquals(points("0.00", "5.00"), linear("10", "4", "-", "2")); // missing → 0; 10 × 2 / 4 = 5
  }

  @Test
  void thirdsAreRoundedFromTheExactFraction() {
    assertEquals(points("3.33"), linear("10", "3", "1")); // 10 × 1 / 3 = 3.333… → 3.33
    assertEquals(points("13.33"), linear("20", "3", "2")); // 20 × 2 / 3 = 13.333… → 13.33
    assertEquals(points("6.67"), linear("10", "3", "2")); // 10 × 2 / 3 = 6.666… → 6.67
  }

  @Test
  void exactHalfAtTheThirdDecimalRoundsUp() {
    assertEquals(points("1.25"), linear("10", "1", "0.1245")); // 10 × 0.1245 / 1 = 1.245 → 1.25
    assertEquals(points("6.25"), linear("15", "2", "0.8333")); // 15 × 0.8333 / 2 = 6.24975 → 6.25
  }

  @Test
  void justBelowHalfAtTheThirdDecimalRoundsDown() {
    assertEquals(points("4.12"), linear("10", "1", "0.4124999")); // 10 × 0.4124999 = 4.124999 → 4.12
  }

  @Test
  void noBinaryFloatingPointIsInvolved() {
    // 2.01 × 0.5 / 1 = 1.005 exactly → 1.01 (as a double, 2.01 × 0.5 is 1.00499999… → 1.00)
    assertEquals(points("1.01"), linear("2.01", "1", "0.5"));
    // 10 × 0.0526 / 0.1 = 5.26 (a fractional target divides exactly)
    assertEquals(points("5.26"), linear("10", "0.1", "0.0526"));
  }

  @Test
  void pointsAlwaysHaveTwoDecimalPlaces() {
    List<BigDecimal> p = linear("10", "4", "4", "1");
    // 10 × 4 / 4 = 10 → 10.00; 10 × 1 / 4 = 2.5 → 2.50
    assertEquals(0, p.get(0).compareTo(new BigDecimal("10")));
    assertEquals(2, p.get(0).scale());
    assertEquals(0, p.get(1).compareTo(new BigDecimal("2.5")));
    assertEquals(2, p.get(1).scale());
  }

  @Test
  void eachValueIsScoredAlone() {
    // 10 × 3 / 4 = 7.5; missing → 0; 10 × 1 / 4 = 2.5; 9 clamps to 4 → 10
    assertEquals(points("7.50", "0.00", "2.50", "10.00"), linear("10", "4", "3", "-", "1", "9"));
  }
}
