package dev.huzhu.evaluation;

import static dev.huzhu.evaluation.Fixtures.brands;
import static dev.huzhu.evaluation.Fixtures.d;
import static dev.huzhu.evaluation.Fixtures.dataset;
import static dev.huzhu.evaluation.Fixtures.group;
import static dev.huzhu.evaluation.Fixtures.oneSection;
import static org.assertj.core.api.Assertions.assertThat;

import dev.huzhu.core.activity.ActivityKind;
import dev.huzhu.core.activity.Quantity;
import dev.huzhu.evaluation.measure.Measures;
import dev.huzhu.evaluation.policy.Metric;
import dev.huzhu.evaluation.policy.Policy;
import dev.huzhu.evaluation.policy.Section;
import dev.huzhu.evaluation.report.Comparison;
import dev.huzhu.evaluation.report.MetricResult;
import dev.huzhu.evaluation.report.Report;
import dev.huzhu.evaluation.scoring.RankScoring;
import dev.huzhu.evaluation.scoring.RatioToBestScoring;
import dev.huzhu.evaluation.scoring.RelativeScoring;
import dev.huzhu.evaluation.scoring.Scoring;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The explanation of a comparative scoring states what it compared with, so that "x = … → 0.00"
 * re-adds by hand. Three groups, one 品牌课 each: g1 80.25, g2 87.5, g3 90; g4 has none (missing).
 */
class ExplanationTest {

  @Test
  void relativeStatesMinMaxAndN() {
    // 100 × (87.5 − 80.25) / (90 − 80.25) = 725 / 9.75 = 74.358… → 74.36
    Report r = run(RelativeScoring.of());
    assertThat(r.explain("g2")).contains(
        "品牌课评分 (brand): x = 87.5000 (min 80.2500, max 90.0000, n = 3) → 74.36 / 100");
    // the lowest: 100 × 0 / 9.75 = 0.00, with what it was compared to
    assertThat(r.explain("g1")).contains("x = 80.2500 (min 80.2500, max 90.0000, n = 3) → 0.00");
    // a missing value compared with nothing
    assertThat(r.explain("g4")).contains("x = missing → 0.00 / 100");
  }

  @Test
  void rankStatesROfN() {
    // g2 is rank 2 of n = 3: 100 × (3 − 2) / (3 − 1) = 50.00
    Report r = run(RankScoring.of());
    assertThat(r.explain("g2")).contains("x = 87.5000 (rank 2 of n = 3) → 50.00 / 100");
    MetricResult m = r.subject("g2").orElseThrow().metric("brand").orElseThrow();
    assertThat(m.comparison()).contains(Comparison.builder().n(3).rank(2).build());
  }

  @Test
  void ratioToBestStatesM() {
    // M = 90: 100 × 87.5 / 90 = 97.222… → 97.22
    Report r = run(RatioToBestScoring.of());
    assertThat(r.explain("g2")).contains("x = 87.5000 (best M = 90.0000, n = 3) → 97.22 / 100");
  }

  @Test
  void anIndividualScoringStatesNoComparison() {
    // linear to 100: 87.5 → 87.50, nothing to compare with
    Report r = Assessment.of(oneSection()).run(data());
    assertThat(r.explain("g2")).contains("x = 87.5000 → 87.50 / 100");
    assertThat(r.subject("g2").orElseThrow().metric("brand").orElseThrow().comparison()).isEmpty();
  }

  private static Report run(Scoring scoring) {
    Policy p = oneSection().withSections(Section.builder().id("s-brand").label("品牌课")
        .points(d("100")).addMetrics(Metric.builder().id("brand").label("品牌课评分")
            .points(d("100")).measure(Measures.mean(Quantity.RATING, ActivityKind.BRAND_LESSON))
            .scoring(scoring).build())
        .build());
    return Assessment.of(p).run(data());
  }

  private static dev.huzhu.core.Dataset data() {
    return dataset(List.of(group("g1"), group("g2"), group("g3"), group("g4")),
        brands(List.of("g1", "g2", "g3"), "80.25", "87.5", "90")).build();
  }
}
