package dev.huzhu.evaluation.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huzhu.core.activity.ActivityKind;
import dev.huzhu.evaluation.math.Ratio;
import dev.huzhu.evaluation.measure.Evidence;
import dev.huzhu.evaluation.measure.Measures;
import dev.huzhu.evaluation.measure.RawValue;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** An award's individual criterion compares the value as the policy keeps it. */
class IndividualCriterionTest {
  private static final IndividualCriterion AT_LEAST_08 =
      IndividualCriterion.of(Measures.count(ActivityKind.DEMONSTRATION_LESSON), new BigDecimal("0.8"));

  @Test
  void anExactValueJustBelowTheThresholdDoesNotMeetItThoughItShowsAsTheThreshold() {
    // kept 0.79999999999996 (shown 0.8 to 12 places would be 0.800000000000): below 0.8
    RawValue x = RawValue.unrounded(Ratio.of(new BigDecimal("0.79999999999996")),
        new BigDecimal("0.800000000000"), Evidence.none());
    assertThat(AT_LEAST_08.isMetBy(x)).isFalse();
  }

  @Test
  void theThresholdItselfMeetsItAndMissingNever() {
    assertThat(AT_LEAST_08.isMetBy(RawValue.of(new BigDecimal("0.8"), Evidence.none()))).isTrue();
    assertThat(AT_LEAST_08.isMetBy(RawValue.missing(Evidence.none()))).isFalse();
  }
}
