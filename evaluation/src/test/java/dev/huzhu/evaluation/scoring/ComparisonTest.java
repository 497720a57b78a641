package dev.huzhu.evaluation.scoring;

import static dev.huzhu.evaluation.scoring.ScoringExamples.d;
import static org.assertj.core.api.Assertions.assertThat;

import dev.huzhu.evaluation.math.Ratio;
import dev.huzhu.evaluation.report.Comparison;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What comparative scorings compared each value with — {@code relative}: min, max and n;
 * {@code rank}: r of n; {@code ratioToBest}: M and n — so that their points re-add by hand; a
 * missing value and an individual scoring compare with nothing.
 */
class ComparisonTest {

  /** x of four subjects: 2.1497, missing, 7.5, 3.25 (n = 3 present). */
  private static final List<Optional<Ratio>> XS = xs("2.1497", "-", "7.5", "3.25");

  @Test
  void relativeGivesMinMaxAndN() {
    // min 2.1497, max 7.5 among n = 3: the first subject's p × (2.1497 − 2.1497) / (7.5 − 2.1497)
    // = 0 re-adds from them
    List<Optional<Comparison>> c = RelativeScoring.of().comparisons(XS, r -> r.toDecimal(12));
    Comparison first = c.get(0).orElseThrow();
    assertThat(first.n()).isEqualTo(3);
    assertThat(first.min()).contains(d("2.1497"));
    assertThat(first.max()).contains(d("7.5"));
    assertThat(first.rank()).isEmpty();
    assertThat(first.toString()).isEqualTo("min 2.1497, max 7.5, n = 3");
    assertThat(c.get(1)).isEmpty();
    assertThat(c.get(3)).contains(first);
  }

  @Test
  void rankGivesROfN() {
    // 7.5 is rank 1, 3.25 rank 2, 2.1497 rank 3, of n = 3; 40 × (3 − 3) / (3 − 1) = 0 for the last
    List<Optional<Comparison>> c = RankScoring.of().comparisons(XS, r -> r.toDecimal(12));
    assertThat(c).extracting(o -> o.flatMap(Comparison::rank))
        .containsExactly(Optional.of(3), Optional.empty(), Optional.of(1), Optional.of(2));
    assertThat(c.get(3).orElseThrow().toString()).isEqualTo("rank 2 of n = 3");
  }

  @Test
  void ratioToBestGivesM() {
    // M = 7.5: 3.25 earns p × 3.25 / 7.5
    List<Optional<Comparison>> c = RatioToBestScoring.of().comparisons(XS, r -> r.toDecimal(12));
    assertThat(c.get(3).orElseThrow().best()).contains(d("7.5"));
    assertThat(c.get(3).orElseThrow().toString()).isEqualTo("best M = 7.5, n = 3");
    assertThat(c.get(1)).isEmpty();
  }

  @Test
  void anIndividualScoringComparesWithNothing() {
    assertThat(LinearScoring.of(d("2")).comparisons(XS, r -> r.toDecimal(12)))
        .containsOnly(Optional.empty());
  }

  private static List<Optional<Ratio>> xs(String... values) {
    List<Optional<Ratio>> out = new ArrayList<>();
    for (String v : values) {
      out.add(v.equals("-") ? Optional.empty() : Optional.of(Ratio.of(d(v))));
    }
    return out;
  }
}
