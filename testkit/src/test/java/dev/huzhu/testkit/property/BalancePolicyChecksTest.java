package dev.huzhu.testkit.property;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huzhu.core.score.Phase;
import dev.huzhu.core.score.TestKind;
import dev.huzhu.evaluation.measure.Measure;
import dev.huzhu.evaluation.measure.Measures;
import dev.huzhu.evaluation.measure.ScoreValue;
import dev.huzhu.evaluation.policy.AssessmentPeriod;
import dev.huzhu.evaluation.policy.Metric;
import dev.huzhu.evaluation.policy.Policy;
import dev.huzhu.evaluation.policy.Section;
import dev.huzhu.evaluation.policy.SubjectSelection;
import dev.huzhu.evaluation.scoring.LinearScoring;
import dev.huzhu.evaluation.scoring.RankScoring;
import dev.huzhu.evaluation.scoring.RelativeScoring;
import dev.huzhu.evaluation.scoring.Scoring;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A community balance policy (城乡均衡) passes the standard properties, and the two of the balance
 * measures apply to it on generated data: a member school's higher final never widens the gap,
 * equal schools have no dispersion.
 */
class BalancePolicyChecksTest {
  private static final TestKind Q = TestKind.QUALITY_TEST;

  static Policy balance() {
    return Policy.builder().id("community-balance").title("城乡均衡")
        .period(AssessmentPeriod.of(LocalDate.of(2012, 9, 1), LocalDate.of(2013, 8, 31)))
        .subjects(SubjectSelection.communitiesOnly())
        .addSections(Section.builder().id("balance").label("城乡差距").points(new BigDecimal("100"))
            .addMetrics(
                metric("gap", "20", Measures.gap(Q, Phase.FINAL), RelativeScoring.of()),
                metric("narrowing", "20", Measures.gapChange(Q, ScoreValue.SCORE_RATE),
                    LinearScoring.of(new BigDecimal("0.05"))),
                metric("dispersion", "20", Measures.dispersion(Q, Phase.FINAL), RankScoring.of()),
                metric("exchange", "20", Measures.exchangeShare(), LinearScoring.of(new BigDecimal("0.1"))),
                metric("backbone", "20", Measures.backboneShare(), LinearScoring.of(new BigDecimal("0.2"))))
            .build())
        .build();
  }

  private static Metric metric(String id, String points, Measure measure, Scoring scoring) {
    return Metric.builder().id(id).label(id).points(new BigDecimal(points)).measure(measure)
        .scoring(scoring).build();
  }

  @Test
  void aBalancePolicyPassesAndTheBalanceLawsApply() {
    PolicyCheckSummary summary = PolicyChecks.of(balance()).withSeeds(1, 10).run();

    summary.assertPassed();
    // no count or sum, no improvement, no veto
    assertThat(summary.notApplicable()).containsExactly("matching-activity-never-lowers",
        "higher-final-never-lowers", "vetoed-subject-no-award");
    assertThat(summary.verdict("member-final-never-widens-gap").orElseThrow().seedsApplicable())
        .isEqualTo(10);
    assertThat(summary.verdict("equal-schools-no-dispersion").orElseThrow().seedsApplicable())
        .isEqualTo(10);
  }
}
