package dev.huzhu.testkit.property;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huzhu.evaluation.policy.BuiltInPolicies;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The three built-in policies pass every standard property that applies to them. */
class BuiltInPolicyChecksTest {
  @Test
  void zhuchengBundledPassesAndEveryPropertyApplies() {
    CheckReport report = PolicyChecks.check(BuiltInPolicies.zhuchengBundled());

    assertThat(report.notApplicable()).isEmpty();
    assertThat(report.results()).allSatisfy(r -> {
      assertThat(r.status()).isEqualTo(PropertyResult.Status.HOLDS);
      assertThat(r.seedsTried()).isEqualTo(100);
    });
    // the misconduct veto is a count: it is triggered on purpose on every seed, so the property
    // is never true merely because nobody happened to be vetoed
    assertThat(report.result("vetoed-subject-no-award").orElseThrow().seedsApplicable()).isEqualTo(100);
  }

  @Test
  void exchangeTeacherPassesWhatApplies() {
    CheckReport report = PolicyChecks.check(BuiltInPolicies.exchangeTeacher());

    // two monthlyCompliance metrics: no count or sum, no improvement, no veto
    assertThat(report.notApplicable()).containsExactly("matching-activity-never-lowers",
        "higher-final-never-lowers", "vetoed-subject-no-award");
    assertThat(report.result("matching-activity-never-lowers").orElseThrow().notApplicableReason())
        .hasValue("seed 1: the policy has no count- or sum-based metric");
  }

  @Test
  void doublePairingPassesWhatApplies() {
    CheckReport report = PolicyChecks.check(BuiltInPolicies.doublePairing());

    // counts and sums of deeds, publicity, joint activities, funds and jobs, but no score
    // measure (party pairings have no score records) and no veto
    assertThat(report.notApplicable()).containsExactly("higher-final-never-lowers",
        "vetoed-subject-no-award");
  }

  @Test
  void aPolicyForAnotherSchoolYearIsCheckedOnDataMovedIntoIt() {
    CheckReport report = PolicyChecks.of(TestPolicies.zhuchengIn2026()).withSeeds(1, 20).run();

    report.assertPassed();
    assertThat(report.notApplicable()).isEmpty();
    // the generated year moved 14 years on: data and checks are those of the 2012 policy
    assertThat(report.results()).extracting(PropertyResult::seedsApplicable)
        .isEqualTo(List.of(20, 20, 20, 20, 20, 20));
  }
}
