package dev.huzhu.evaluation.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huzhu.core.activity.ActivityKind;
import dev.huzhu.evaluation.measure.Evidence;
import dev.huzhu.evaluation.measure.Measures;
import dev.huzhu.evaluation.measure.RawValue;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * 加分/扣分, on {@link Adjustment} itself: min(pointsEach × x, cap), never below 0, rounded once
 * to 2 places.
 */
class AdjustmentTest {

  @Test
  void pointsAreEachTimesX() {
    // 0.5 × 3 = 1.5 → 1.50
    assertThat(adjustment("0.5", null).points(x("3"))).isEqualTo(d("1.50"));
  }

  @Test
  void theCapLimitsThePoints() {
    // min(0.5 × 5, 2) = min(2.5, 2) = 2 → 2.00
    assertThat(adjustment("0.5", "2").points(x("5"))).isEqualTo(d("2.00"));
    // below the cap: min(0.5 × 3, 2) = 1.5 → 1.50
    assertThat(adjustment("0.5", "2").points(x("3"))).isEqualTo(d("1.50"));
  }

  @Test
  void roundsOnceHalfUp() {
    // 0.333 × 5 = 1.665 → 1.67
    assertThat(adjustment("0.333", null).points(x("5"))).isEqualTo(d("1.67"));
  }

  @Test
  void neverBelowZero() {
    // 0.5 × −3 = −1.5 → 0 → 0.00
    assertThat(adjustment("0.5", "2").points(x("-3"))).isEqualTo(d("0.00"));
  }

  @Test
  void aMissingValueAdjustsNothing() {
    RawValue missing = RawValue.missing(Evidence.none());
    assertThat(adjustment("0.5", "2").points(missing)).isEqualTo(d("0.00"));
  }

  private static Adjustment adjustment(String pointsEach, String cap) {
    ImmutableAdjustment.Builder a = Adjustment.builder().id("bonus").type(AdjustmentType.BONUS)
        .measure(Measures.count(ActivityKind.BRAND_LESSON)).pointsEach(d(pointsEach));
    if (cap != null) {
      a.cap(d(cap));
    }
    return a.build();
  }

  private static RawValue x(String value) {
    return RawValue.of(d(value), Evidence.none());
  }

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }
}
