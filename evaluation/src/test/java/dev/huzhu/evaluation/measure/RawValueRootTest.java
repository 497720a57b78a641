package dev.huzhu.evaluation.measure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huzhu.evaluation.math.Ratio;
import dev.huzhu.evaluation.policy.Rounding;
import dev.huzhu.evaluation.policy.Rounding.Points;
import dev.huzhu.evaluation.policy.Rounding.Values;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A root (a 差异系数) travels as its exact square and is rounded once, where the policy keeps it. */
class RawValueRootTest {
  // √2 = 1.41421356237309504880…
  private static final RawValue ROOT_OF_2 = RawValue.root(Ratio.of(2), Evidence.none());

  @Test
  void byDefaultTheRootIsShownAndKeptTo4Places() {
    assertThat(ROOT_OF_2.value()).contains(new BigDecimal("1.4142"));
    assertThat(ROOT_OF_2.kept()).contains(Ratio.of(new BigDecimal("1.4142")));
    RawValue kept = Rounding.defaults().keep(ROOT_OF_2);
    assertThat(kept.value()).contains(new BigDecimal("1.4142"));
  }

  @Test
  void keptExactTheRootIsTakenOnceAt12Places() {
    // 1.414213562373|095… → 1.414213562373 (the 13th digit is 0)
    RawValue kept = Rounding.of(Values.EXACT, Points.TOTAL).keep(ROOT_OF_2);
    assertThat(kept.value()).contains(new BigDecimal("1.414213562373"));
    assertThat(kept.kept()).contains(Ratio.of(new BigDecimal("1.414213562373")));
  }

  @Test
  void aRootEndingExactlyOnAHalfRoundsUpOnce() {
    // √0.01265625 = 0.1125 exactly; to 3 places that is a half: 0.113. At 4 places: 0.1125.
    RawValue root = RawValue.root(Ratio.of(new BigDecimal("0.01265625")), Evidence.none());
    assertThat(root.value()).contains(new BigDecimal("0.1125"));
    assertThat(Rounding.of(Values.EXACT, Points.TOTAL).keep(root).value())
        .contains(new BigDecimal("0.112500000000"));
  }
}
