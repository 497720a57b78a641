package dev.huzhu.evaluation;

import static dev.huzhu.evaluation.Fixtures.IN_TERM;
import static dev.huzhu.evaluation.Fixtures.activity;
import static dev.huzhu.evaluation.Fixtures.d;
import static dev.huzhu.evaluation.Fixtures.dataset;
import static dev.huzhu.evaluation.Fixtures.group;
import static dev.huzhu.evaluation.Fixtures.oneSection;
import static org.assertj.core.api.Assertions.assertThat;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.activity.ActivityKind;
import dev.huzhu.core.activity.Quantity;
import dev.huzhu.evaluation.measure.Measures;
import dev.huzhu.evaluation.policy.Adjustment;
import dev.huzhu.evaluation.policy.AdjustmentType;
import dev.huzhu.evaluation.policy.ImmutablePolicy;
import dev.huzhu.evaluation.policy.Metric;
import dev.huzhu.evaluation.policy.Policy;
import dev.huzhu.evaluation.policy.Rounding;
import dev.huzhu.evaluation.policy.Rounding.Points;
import dev.huzhu.evaluation.policy.Rounding.Values;
import dev.huzhu.evaluation.policy.Section;
import dev.huzhu.evaluation.report.Report;
import dev.huzhu.evaluation.report.SubjectResult;
import dev.huzhu.evaluation.scoring.LinearScoring;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code rounding: {values: 4|exact, points: metric|total}} (docs/assessment.md#arithmetic-and-rounding).
 *
 * <p>One group, three 品牌课 rated 70, 80 and 82: the mean is 232 / 3 = 77.3333…. Two metrics of
 * 50 points each score that mean linearly to 100, so each is worth 50 × x / 100 = x / 2 and the
 * total is x itself — the exact answer is 77.333… → 77.33, and the defaults round twice on the
 * way.
 */
class RoundingTest {

  @Test
  void theDefaultRoundsValuesTo4PlacesAndEachMetricTo2() {
    // x = 77.3333; each metric 50 × 77.3333 / 100 = 38.666650 → 38.67; 38.67 + 38.67 = 77.34
    SubjectResult g = run(Rounding.defaults());
    assertThat(g.metric("a").orElseThrow().value()).contains(d("77.3333"));
    assertThat(g.metric("a").orElseThrow().points().toPlainString()).isEqualTo("38.67");
    assertThat(g.sections().get(0).points().toPlainString()).isEqualTo("77.34");
    assertThat(g.total().toPlainString()).isEqualTo("77.34");
    assertThat(g.exactTotal()).isEmpty();
  }

  @Test
  void exactValuesAndOneRoundingOfTheTotal() {
    // x = 232/3, shown to 12 places 77.333333333333; each metric 116/3 = 38.6666…, shown to 4
    // places 38.6667; the section 232/3 shown 77.3333; the exact total 77.333333333333 → 77.33
    SubjectResult g = run(Rounding.of(Values.EXACT, Points.TOTAL));
    assertThat(g.metric("a").orElseThrow().value()).contains(d("77.333333333333"));
    assertThat(g.metric("a").orElseThrow().points().toPlainString()).isEqualTo("38.6667");
    assertThat(g.sections().get(0).points().toPlainString()).isEqualTo("77.3333");
    assertThat(g.exactTotal()).contains(d("77.333333333333"));
    assertThat(g.total().toPlainString()).isEqualTo("77.33");
  }

  @Test
  void exactValuesWithPointsPerMetric() {
    // each metric 116/3 = 38.666… → 38.67 (as with 4 places here); 38.67 + 38.67 = 77.34
    SubjectResult g = run(Rounding.of(Values.EXACT, Points.METRIC));
    assertThat(g.metric("a").orElseThrow().points().toPlainString()).isEqualTo("38.67");
    assertThat(g.total().toPlainString()).isEqualTo("77.34");
    assertThat(g.exactTotal()).isEmpty();
  }

  @Test
  void valuesTo4PlacesWithOneRoundingOfTheTotal() {
    // x = 77.3333; each metric 50 × 77.3333 / 100 = 38.66665 exactly, shown 38.6667 (half-up);
    // the section 77.3333; total 77.3333 → 77.33
    SubjectResult g = run(Rounding.of(Values.FOUR_PLACES, Points.TOTAL));
    assertThat(g.metric("a").orElseThrow().value()).contains(d("77.3333"));
    assertThat(g.metric("a").orElseThrow().points().toPlainString()).isEqualTo("38.6667");
    assertThat(g.exactTotal()).contains(d("77.3333"));
    assertThat(g.total().toPlainString()).isEqualTo("77.33");
  }

  @Test
  void theExplanationStatesTheExactTotalBeforeItsRounding() {
    Report r = report(Rounding.of(Values.EXACT, Points.TOTAL));
    assertThat(r.explain("g1"))
        .contains("品牌课甲 (a): x = 77.333333333333 → 38.6667 / 50")
        .contains("total = 77.3333 = 77.333333333333 exactly → 77.33");
    // the default explanation has no exact total
    assertThat(report(Rounding.defaults()).explain("g1")).contains("total = 77.34 = 77.34\n")
        .doesNotContain("exactly");
  }

  @Test
  void aDeductionTooSmallToShowIsStillSubtractedBeforeTheOneRounding() {
    // ratings 70, 80, 82.005: x = 232.005 / 3 = 77.335 exactly, each metric 38.6675, total 77.335;
    // one 违规 deducts 0.00001 × 1 = 0.00001, shown 0.0000: 77.335 − 0.00001 = 77.33499 → 77.33
    // (added instead, 77.33501 would round to 77.34)
    Policy p = ImmutablePolicy.copyOf(policy(Rounding.of(Values.EXACT, Points.TOTAL))).withAdjustments(
        Adjustment.builder().id("late").type(AdjustmentType.DEDUCTION)
            .measure(Measures.count(ActivityKind.MISCONDUCT)).pointsEach(d("0.00001")).build());
    Dataset data = dataset(List.of(group("g1")), List.of(rated("a-1", "70"), rated("a-2", "80"),
        rated("a-3", "82.005"), activity("a-4", "g1", IN_TERM, ActivityKind.MISCONDUCT)
            .host(Fixtures.CORE).build())).build();
    SubjectResult g = Assessment.of(p).run(data).subject("g1").orElseThrow();
    assertThat(g.exactTotal()).contains(d("77.33499"));
    assertThat(g.total().toPlainString()).isEqualTo("77.33");
  }

  private static SubjectResult run(Rounding rounding) {
    return report(rounding).subject("g1").orElseThrow();
  }

  private static Report report(Rounding rounding) {
    Policy p = policy(rounding);
    Dataset data = dataset(List.of(group("g1")), List.of(rated("a-1", "70"), rated("a-2", "80"),
        rated("a-3", "82"))).build();
    return Assessment.of(p).run(data);
  }

  private static Policy policy(Rounding rounding) {
    return oneSection().withSections(Section.builder().id("s").label("品牌课").points(d("100"))
        .addMetrics(half("a", "品牌课甲"), half("b", "品牌课乙")).build()).withRounding(rounding);
  }

  private static Metric half(String id, String label) {
    return Metric.builder().id(id).label(label).points(d("50"))
        .measure(Measures.mean(Quantity.RATING, ActivityKind.BRAND_LESSON))
        .scoring(LinearScoring.of(d("100"))).build();
  }

  private static dev.huzhu.core.activity.Activity rated(String id, String rating) {
    return activity(id, "g1", IN_TERM, ActivityKind.BRAND_LESSON).host(Fixtures.CORE)
        .putQuantities(Quantity.RATING, d(rating)).build();
  }
}
