package dev.huzhu.evaluation.scoring;

import static dev.huzhu.evaluation.scoring.ScoringExamples.d;
import static dev.huzhu.evaluation.scoring.ScoringExamples.points;
import static dev.huzhu.evaluation.scoring.ScoringExamples.xs;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code tiers}: the points of the highest tier whose atLeast ≤ x; below every tier, 0. */
class TiersScoringTest {

  /** 专题活动 held: 12 or more → 10 points, 8 or more → 6, 4 or more → 2.5. */
  private static final TiersScoring THEMATIC = TiersScoring.of(List.of(
      Tier.of(d("12"), d("10")), Tier.of(d("8"), d("6")), Tier.of(d("4"), d("2.5"))));

  private static List<BigDecimal> tiers(String... values) {
    return THEMATIC.points(d("10"), xs(values));
  }

  @Test
  void highestMatchingTierWins() {
    // 9 ≥ 8 and ≥ 4, but not ≥ 12: the 8-tier's 6; 100 reaches every tier: the 12-tier's 10
    assertEquals(points("6.00", "10.00"), tiers("9", "100"));
  }

  @Test
  void valueExactlyAtAThresholdEarnsThatTier() {
    // 12 → 10; 8 → 6; 4 → 2.5
    assertEquals(points("10.00", "6.00", "2.50"), tiers("12", "8", "4"));
  }

  @Test
  void valueBelowEveryTierEarnsNothing() {
    // 3.99 < 4, 0 < 4, −1 < 4
    assertEquals(points("0.00", "0.00", "0.00"), tiers("3.99", "0", "-1"));
  }

  @Test
  void missingValueEarnsNothing() {
    assertEquals(points("0.00", "2.50"), tiers("-", "5")); // missing → 0; 5 ≥ 4 → 2.5
  }

  @Test
  void tierPointsAreShownWithTwoDecimals() {
    BigDecimal p = tiers("4").get(0); // the 4-tier's 2.5
    assertEquals(0, p.compareTo(new BigDecimal("2.5")));
    assertEquals(2, p.scale());
  }

  @Test
  void fractionalThresholdsCompareExactly() {
    // a rate: 0.9 or more → 5, 0.6 or more → 3
    TiersScoring rate = TiersScoring.of(List.of(Tier.of(d("0.9"), d("5")), Tier.of(d("0.6"), d("3"))));
    // 0.8999 < 0.9 → the 0.6-tier's 3; 0.9000 = 0.9 → 5; 0.5999 < 0.6 → 0
    assertEquals(points("3.00", "5.00", "0.00"), rate.points(d("5"), xs("0.8999", "0.9000", "0.5999")));
  }

  /** 差异系数, lower is better: at most 0.2 → 30 points, at most 0.5 → 15. */
  private static final TiersScoring DISPERSION = TiersScoring.of(List.of(
      Tier.atMost(d("0.2"), d("30")), Tier.atMost(d("0.5"), d("15"))));

  @Test
  void atMostTiersGiveTheTierWithTheSmallestAtMostThatIsNotBelowX() {
    // 0.1 ≤ 0.2 (and ≤ 0.5): the smallest atMost ≥ 0.1 is 0.2 → 30;
    // 0.35 > 0.2 but ≤ 0.5 → 15
    assertEquals(points("30.00", "15.00"), DISPERSION.points(d("30"), xs("0.1", "0.35")));
  }

  @Test
  void atMostTiersIncludeTheirThreshold() {
    // 0.2 ≤ 0.2 → 30; 0.5 ≤ 0.5 → 15
    assertEquals(points("30.00", "15.00"), DISPERSION.points(d("30"), xs("0.2", "0.5")));
  }

  @Test
  void aValueAboveEveryAtMostEarnsNothing() {
    // 0.5001 > 0.5 and 0.9 > 0.5: no tier admits them; a missing value scores 0 too
    assertEquals(points("0.00", "0.00", "0.00"),
        DISPERSION.points(d("30"), xs("0.5001", "0.9", "-")));
  }

  @Test
  void aNegativeValueEarnsTheBestAtMostTier() {
    // −0.1 ≤ 0.2 → 30
    assertEquals(points("30.00"), DISPERSION.points(d("30"), xs("-0.1")));
  }
}
