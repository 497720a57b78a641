package dev.huzhu.evaluation.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huzhu.core.activity.ActivityKind;
import dev.huzhu.evaluation.measure.Evidence;
import dev.huzhu.evaluation.measure.Measures;
import dev.huzhu.evaluation.measure.RawValue;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** 一票否决, on {@link Veto} itself: a raw value reaching atLeast triggers it; a missing one never. */
class VetoTest {

  private static final Veto AT_LEAST_ONE = Veto.builder().id("incident")
      .measure(Measures.count(ActivityKind.BRAND_LESSON)).atLeast(new BigDecimal("1")).build();

  @Test
  void reachingAtLeastTriggers() {
    assertThat(AT_LEAST_ONE.isTriggeredBy(x("1"))).isTrue();
    assertThat(AT_LEAST_ONE.isTriggeredBy(x("1.00"))).isTrue();
    assertThat(AT_LEAST_ONE.isTriggeredBy(x("3"))).isTrue();
  }

  @Test
  void stayingBelowDoesNotTrigger() {
    assertThat(AT_LEAST_ONE.isTriggeredBy(x("0.9999"))).isFalse();
    assertThat(AT_LEAST_ONE.isTriggeredBy(x("0"))).isFalse();
  }

  @Test
  void aMissingValueNeverTriggers() {
    assertThat(AT_LEAST_ONE.isTriggeredBy(RawValue.missing(Evidence.none()))).isFalse();
  }

  private static RawValue x(String value) {
    return RawValue.of(new BigDecimal(value), Evidence.none());
  }
}
