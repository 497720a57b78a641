package dev.huzhu.evaluation.scoring;

import static dev.huzhu.evaluation.scoring.ScoringExamples.d;
import static dev.huzhu.evaluation.scoring.ScoringExamples.points;
import static dev.huzhu.evaluation.scoring.ScoringExamples.xs;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.huzhu.evaluation.math.Ratio;
import dev.huzhu.evaluation.report.Comparison;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code rank}: competition rank r among the n subjects with x present (highest is 1; ties share
 * a rank: 1, 2, 2, 4), scored p × (n − r) / (n − 1); p when n = 1.
 */
class RankScoringTest {

  private static List<BigDecimal> rank(String max, String... values) {
    return RankScoring.of().points(d(max), xs(values));
  }

  @Test
  void tiesShareARankAndTheNextRankIsSkipped() {
    assertEquals(points("10.00", "6.67", "6.67", "0.00"), rank("10", "90", "85", "85", "70"));
    // n = 4, ranks 1, 2, 2, 4: 10 × 3/3 = 10; 10 × 2/3 = 6.666… → 6.67 (twice); 10 × 0/3 = 0
  }

  @Test
  void singlePresentValueAmongMissingEarnsFullPoints() {
    assertEquals(points("10.00", "0.00", "0.00"), rank("10", "3", "-", "-")); // n = 1 → p; missing → 0
  }

  @Test
  void missingValuesEarnNothingAndDoNotCountInN() {
    assertEquals(points("10.00", "0.00", "5.00", "0.00"), rank("10", "50", "-", "40", "30"));
    // n = 3 (not 4): 50 r=1 → 10 × 2/2 = 10; 40 r=2 → 10 × 1/2 = 5; 30 r=3 → 0; missing → 0
  }

  @Test
  void allTiedEarnFullPoints() {
    assertEquals(points("10.00", "10.00", "10.00"), rank("10", "7", "7", "7")); // r = 1: 10 × 2/2
  }

  @Test
  void thirdsRoundHalfUp() {
    assertEquals(points("5.00", "3.33", "1.67", "0.00"), rank("5", "4", "3", "2", "1"));
    // n = 4: 5 × 3/3 = 5; 5 × 2/3 = 3.333… → 3.33; 5 × 1/3 = 1.666… → 1.67; 0
  }

  @Test
  void highestValueIsRankOneWhateverTheOrder() {
    assertEquals(points("0.00", "6.67", "10.00", "6.67"), rank("10", "70", "85", "90", "85"));
    // the same values as tiesShareARankAndTheNextRankIsSkipped, shuffled
  }

  /**
   * The competition rank is 1 + the number of values above x, whatever the order and however many
   * ties: checked against that count, made directly, over values drawn from a few levels so that
   * ties are common.
   */
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
  void eachRankIsOnePlusTheValuesAbove(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int n = 1 + random.nextInt(200);
    List<Optional<Ratio>> values = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      values.add(random.nextInt(10) == 0 ? Optional.empty()
          : Optional.of(Ratio.of(BigDecimal.valueOf(random.nextInt(12), 1))));
    }
    List<Optional<Comparison>> comparisons = RankScoring.of().comparisons(values,
        r -> r.round(4));
    for (int i = 0; i < n; i++) {
      Optional<Ratio> x = values.get(i);
      if (x.isEmpty()) {
        assertEquals(Optional.empty(), comparisons.get(i), "seed " + seed + ", value " + i);
        continue;
      }
      int above = 0;
      for (Optional<Ratio> y : values) {
        if (y.isPresent() && y.get().compareTo(x.get()) > 0) {
          above++;
        }
      }
      assertEquals(Optional.of(1 + above), comparisons.get(i).orElseThrow().rank(),
          "seed " + seed + ", value " + i);
    }
  }

  @Test
  void allMissingEarnNothing() {
    assertEquals(points("0.00", "0.00"), rank("10", "-", "-"));
  }
}
