package dev.huzhu.evaluation.scoring;

import static dev.huzhu.evaluation.scoring.ScoringExamples.d;
import static dev.huzhu.evaluation.scoring.ScoringExamples.points;
import static dev.huzhu.evaluation.scoring.ScoringExamples.xs;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code ratioToBest} (以最高分为满分折算): p × max(x, 0) / M, M the largest present x; when
 * M ≤ 0 everyone gets 0.
 */
class RatioToBestScoringTest {

  private static List<BigDecimal> ratioToBest(String max, String... values) {
    return RatioToBestScoring.of().points(d(max), xs(values));
  }

  @Test
  void bestEarnsFullPointsAndOthersTheirShare() {
    assertEquals(points("7.50", "10.00", "5.63"), ratioToBest("10", "60", "80", "45"));
    // M = 80: 10 × 60/80 = 7.5; 10 × 80/80 = 10; 10 × 45/80 = 5.625 → 5.63 (half-up)
  }

  @Test
  void negativeValueEarnsNothing() {
    assertEquals(points("0.00", "10.00"), ratioToBest("10", "-5", "20")); // max(−5, 0) = 0; 10 × 20/20
  }

  @Test
  void bestOfZeroGivesEveryoneNothing() {
    assertEquals(points("0.00", "0.00"), ratioToBest("10", "0", "-3")); // M = 0 ≤ 0
  }

  @Test
  void negativeBestGivesEveryoneNothing() {
    assertEquals(points("0.00", "0.00"), ratioToBest("10", "-1", "-4")); // M = −1 ≤ 0
  }

  @Test
  void missingValueEarnsNothingAndIsNotTheBest() {
    assertEquals(points("0.00", "10.00", "6.67"), ratioToBest("10", "-", "3", "2"));
    // M = 3: missing → 0; 10 × 3/3 = 10; 10 × 2/3 = 6.666… → 6.67
  }

  @Test
  void thirdsRoundFromTheExactFraction() {
    assertEquals(points("3.33", "10.00"), ratioToBest("10", "1", "3")); // 10 × 1/3 = 3.333… → 3.33
  }

  @Test
  void allMissingEarnNothing() {
    assertEquals(points("0.00", "0.00"), ratioToBest("10", "-", "-"));
  }
}
