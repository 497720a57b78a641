package dev.huzhu.evaluation.scoring;

import static dev.huzhu.evaluation.scoring.ScoringExamples.d;
import static dev.huzhu.evaluation.scoring.ScoringExamples.points;
import static dev.huzhu.evaluation.scoring.ScoringExamples.xs;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code relative}: among the subjects whose x is present, p × (x − min) / (max − min); when
 * max = min each of them gets p. A missing x gets 0 and plays no part in min and max.
 */
class RelativeScoringTest {

  private static List<BigDecimal> relative(String max, String... values) {
    return RelativeScoring.of().points(d(max), xs(values));
  }

  @Test
  void scoresByPlaceBetweenLowestAndHighest() {
    assertEquals(points("0.00", "29.74", "40.00"), relative("40", "80.25", "87.5", "90"));
    // min 80.25: (80.25 − 80.25) / 9.75 × 40 = 0
    // (87.5 − 80.25) / (90 − 80.25) × 40 = 7.25 / 9.75 × 40 = 29.743… → 29.74
    // max 90: 9.75 / 9.75 × 40 = 40
  }

  @Test
  void allEqualValuesEarnFullPoints() {
    assertEquals(points("40.00", "40.00", "40.00"), relative("40", "5", "5", "5")); // max = min
  }

  @Test
  void singlePresentValueEarnsFullPoints() {
    assertEquals(points("40.00"), relative("40", "3")); // one subject: max = min = 3
  }

  @Test
  void missingValuesEarnNothingAndAreLeftOutOfMinAndMax() {
    assertEquals(points("0.00", "0.00", "10.00", "5.00"), relative("10", "10", "-", "20", "15"));
    // min 10, max 20 (a missing value is not 0): 10 → 0; missing → 0; 20 → 10;
    // (15 − 10) / (20 − 10) × 10 = 5
  }

  @Test
  void negativeValuesUseTheWholeSpan() {
    // improvements −2, 0, 4: span 6; (0 − (−2)) / 6 × 10 = 3.333… → 3.33
    assertEquals(points("0.00", "3.33", "10.00"), relative("10", "-2", "0", "4"));
  }

  @Test
  void exactHalfAtTheThirdDecimalRoundsUp() {
    // (1 − 0) / (8 − 0) × 1 = 0.125 → 0.13
    assertEquals(points("0.00", "0.13", "1.00"), relative("1", "0", "1", "8"));
  }

  @Test
  void pointsDoNotDependOnTheOrderOfSubjects() {
    // the same values as scoresByPlaceBetweenLowestAndHighest, reversed, with a missing one
    assertEquals(points("40.00", "0.00", "29.74", "0.00"),
        relative("40", "90", "-", "87.5", "80.25"));
  }

  @Test
  void allMissingEarnNothing() {
    assertEquals(points("0.00", "0.00"), relative("40", "-", "-"));
  }
}
