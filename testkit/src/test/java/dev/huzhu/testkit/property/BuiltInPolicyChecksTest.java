package dev.huzhu.testkit.property;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huzhu.evaluation.policy.BuiltInPolicies;
import dev.huzhu.evaluation.policy.ImmutableMetric;
import dev.huzhu.evaluation.policy.ImmutablePolicy;
import dev.huzhu.evaluation.policy.ImmutableSection;
import dev.huzhu.evaluation.policy.Metric;
import dev.huzhu.evaluation.policy.Policy;
import dev.huzhu.evaluation.policy.Section;
import dev.huzhu.evaluation.scoring.Tier;
import dev.huzhu.evaluation.scoring.TiersScoring;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The built-in policies pass every standard property that applies to them. */
class BuiltInPolicyChecksTest {
  @Test
  void zhuchengBundledPassesAndEveryPropertyOfGroupsApplies() {
    PolicyCheckSummary summary = PolicyChecks.check(BuiltInPolicies.zhuchengBundled());

    // groups have no gap and no dispersion: those are communities' measures
    assertThat(summary.notApplicable()).containsExactly("member-final-never-widens-gap",
        "equal-schools-no-dispersion");
    assertThat(summary.verdicts()).allSatisfy(r -> {
      assertThat(r.status()).isIn(PropertyVerdict.Status.HOLDS, PropertyVerdict.Status.NOT_APPLICABLE);
      assertThat(r.seedsTried()).isEqualTo(100);
    });
    // the misconduct veto is a count: it is triggered on purpose on every seed, so the property
    // is never true merely because nobody happened to be vetoed
    assertThat(summary.verdict("vetoed-subject-no-award").orElseThrow().seedsApplicable()).isEqualTo(100);
  }

  @Test
  void exchangeTeacherPassesWhatApplies() {
    PolicyCheckSummary summary = PolicyChecks.check(BuiltInPolicies.exchangeTeacher());

    // two monthlyCompliance metrics: no count or sum, no improvement, no veto
    assertThat(summary.notApplicable()).containsExactly("matching-activity-never-lowers",
        "higher-final-never-lowers", "vetoed-subject-no-award", "member-final-never-widens-gap",
        "equal-schools-no-dispersion");
    assertThat(summary.verdict("matching-activity-never-lowers").orElseThrow().notApplicableReason())
        .hasValue("seed 1: the policy has no count- or sum-based metric");
  }

  @Test
  void doublePairingPassesWhatApplies() {
    PolicyCheckSummary summary = PolicyChecks.check(BuiltInPolicies.doublePairing());

    // counts and sums of deeds, publicity, joint activities, funds and jobs, but no score
    // measure (party pairings have no score records) and no veto
    assertThat(summary.notApplicable()).containsExactly("higher-final-never-lowers",
        "vetoed-subject-no-award", "member-final-never-widens-gap", "equal-schools-no-dispersion");
  }

  @Test
  void qualityFormulaPassesWhatApplies() {
    // three level metrics, rounded once at the end: figures re-add within the 4 places shown;
    // no count or sum, no veto
    PolicyCheckSummary summary = PolicyChecks.check(BuiltInPolicies.qualityFormula());

    summary.assertPassed();
    assertThat(summary.notApplicable()).contains("matching-activity-never-lowers",
        "vetoed-subject-no-award");
  }

  @Test
  void communityBalancePassesAndTheBalanceLawsApply() {
    // communities only: the balance laws and the veto apply; no count or sum, no improvement
    PolicyCheckSummary summary = PolicyChecks.check(BuiltInPolicies.communityBalance());

    summary.assertPassed();
    assertThat(summary.notApplicable()).containsExactly("matching-activity-never-lowers",
        "higher-final-never-lowers");
  }

  @Test
  void aCountScoredLowerIsBetterIsLeftOutOfMatchingActivityNeverLowers() {
    // 专题活动 scored atMost tiers (≤ 1 → 15, ≤ 3 → 9): one more activity may rightly cost points,
    // so "more never lowers" must not call that a violation
    Policy zc = BuiltInPolicies.zhuchengBundled();
    Section process = zc.sections().get(0);
    List<Metric> metrics = new ArrayList<>(process.metrics());
    metrics.set(1, ImmutableMetric.copyOf(metrics.get(1)).withScoring(TiersScoring.of(List.of(
        Tier.atMost(new BigDecimal("1"), new BigDecimal("15")),
        Tier.atMost(new BigDecimal("3"), new BigDecimal("9"))))));
    Policy lower = ImmutablePolicy.copyOf(zc).withSections(
        ImmutableSection.copyOf(process).withMetrics(metrics), zc.sections().get(1));
    PolicyCheckSummary summary = PolicyChecks.of(lower).withSeeds(1, 5).run();

    summary.assertPassed();
  }

  @Test
  void aPolicyForAnotherSchoolYearIsCheckedOnDataMovedIntoIt() {
    PolicyCheckSummary summary = PolicyChecks.of(TestPolicies.zhuchengIn2026()).withSeeds(1, 20).run();

    summary.assertPassed();
    assertThat(summary.notApplicable()).containsExactly("member-final-never-widens-gap",
        "equal-schools-no-dispersion");
    // the generated year moved 14 years on: data and checks are those of the 2012 policy
    assertThat(summary.verdicts()).extracting(PropertyVerdict::seedsApplicable)
        .isEqualTo(List.of(20, 20, 20, 20, 20, 20, 0, 0));
  }
}
