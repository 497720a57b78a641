package dev.huzhu.testkit.property;

import static dev.huzhu.core.activity.ActivityKind.THEMATIC_ACTIVITY;

import dev.huzhu.core.score.TestKind;
import dev.huzhu.core.team.TeamKind;
import dev.huzhu.evaluation.measure.Measure;
import dev.huzhu.evaluation.measure.Measures;
import dev.huzhu.evaluation.policy.AssessmentPeriod;
import dev.huzhu.evaluation.policy.BuiltInPolicies;
import dev.huzhu.evaluation.policy.ImmutableMetric;
import dev.huzhu.evaluation.policy.ImmutablePolicy;
import dev.huzhu.evaluation.policy.ImmutableSection;
import dev.huzhu.evaluation.policy.Metric;
import dev.huzhu.evaluation.policy.Policy;
import dev.huzhu.evaluation.policy.Section;
import dev.huzhu.evaluation.policy.SubjectSelection;
import dev.huzhu.evaluation.scoring.Scoring;
import dev.huzhu.evaluation.scoring.Tier;
import dev.huzhu.evaluation.scoring.TiersScoring;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Policies the tests check: valid ones that break a property on purpose, and a moved built-in. */
final class TestPolicies {
  static final AssessmentPeriod FALL_2012 = AssessmentPeriod.of(LocalDate.of(2012, 9, 1), LocalDate.of(2013, 1, 31));

  private TestPolicies() {}

  /**
   * Thematic activities of research groups counted with tiers whose points are not in the order
   * of their thresholds — valid, since the validator asks only that thresholds descend and points
   * stay within 0..10: x = 0 earns 0, x = 1 or 2 earns 10, x ≥ 3 earns 2.
   */
  static Policy thematicTiersUpsideDown() {
    return oneMetric("thematic-tiers-upside-down", "thematic", "10", Measures.count(THEMATIC_ACTIVITY),
        TiersScoring.of(List.of(tier("3", "2"), tier("1", "10"))));
  }

  /**
   * Quality-test improvement with the sign slipped: an improvement of 0 or more earns 0 points,
   * a fall (−100 ≤ x < 0) earns all 20.
   */
  static Policy improvementSignSlipped() {
    return oneMetric("improvement-sign-slipped", "quality", "20",
        Measures.improvement(TestKind.QUALITY_TEST),
        TiersScoring.of(List.of(tier("0", "0"), tier("-100", "20"))));
  }

  /**
   * 诸城's bundled assessment with the points of two thematic tiers swapped, the README's slip:
   * x = 0 earns 0, x = 1 earns 5, x = 2 or 3 earns 15, x ≥ 4 earns 9.
   */
  static Policy zhuchengThematicTiersSwapped() {
    return withScoring(BuiltInPolicies.zhuchengBundled(), "thematic", TiersScoring.of(List.of(
        tier("4", "9"), tier("2", "15"), tier("1", "5"))));
  }

  /**
   * 双结对 with coordinated funds scored by tiers whose points are not in the order of their
   * thresholds: below 5,000 yuan 0, from 5,000 to 19,999.99 yuan 15, from 20,000 yuan 5.
   */
  static Policy doublePairingFundsTiersUpsideDown() {
    return withScoring(BuiltInPolicies.doublePairing(), "funds", TiersScoring.of(List.of(
        tier("20000", "5"), tier("5000", "15"))));
  }

  /** The policy with one metric scored otherwise. */
  static Policy withScoring(Policy policy, String metric, Scoring scoring) {
    return ImmutablePolicy.copyOf(policy).withSections(policy.sections().stream()
        .map(s -> ImmutableSection.copyOf(s).withMetrics(s.metrics().stream()
            .map(m -> m.id().equals(metric) ? ImmutableMetric.copyOf(m).withScoring(scoring) : m)
            .toList()))
        .toList());
  }

  /** 诸城's bundled assessment, moved to the fall term of 2026. */
  static Policy zhuchengIn2026() {
    return ImmutablePolicy.copyOf(BuiltInPolicies.zhuchengBundled()).withId("zhucheng-bundled-2026")
        .withPeriod(AssessmentPeriod.of(LocalDate.of(2026, 9, 1), LocalDate.of(2027, 1, 31)));
  }

  private static Policy oneMetric(String id, String metric, String points, Measure measure,
      Scoring scoring) {
    return Policy.builder().id(id).title(id).period(FALL_2012)
        .subjects(SubjectSelection.teams(TeamKind.SUBJECT_RESEARCH_GROUP))
        .addSections(Section.builder().id("only").label("唯一").points(new BigDecimal(points))
            .addMetrics(Metric.builder().id(metric).label(metric).points(new BigDecimal(points))
                .measure(measure).scoring(scoring).build())
            .build())
        .build();
  }

  private static Tier tier(String atLeast, String points) {
    return Tier.of(new BigDecimal(atLeast), new BigDecimal(points));
  }
}
