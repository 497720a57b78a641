package dev.huzhu.testkit.property;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.activity.Activity;
import dev.huzhu.core.activity.ActivityKind;
import dev.huzhu.core.synthetic.SyntheticDatasets;
import dev.huzhu.evaluation.policy.AssessmentPeriod;
import dev.huzhu.evaluation.policy.BuiltInPolicies;
import dev.huzhu.evaluation.policy.ImmutablePolicy;
import dev.huzhu.evaluation.policy.Policy;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A policy whose period does not line up with a school year is checked on generated data moved to
 * meet its period, and a seed whose data the period cannot see is not counted as a pass.
 */
class PolicyPeriodsTest {
  @Test
  void aPeriodStartingInLateAugustIsCheckedOnTheFallTerm() {
    // 2012-08-27 lies in school year 2011, but the generated year meets the period most where it
    // is (153 days against 5): the data is that of the fall-term policy, which fails on seed 3
    Policy early = ImmutablePolicy.copyOf(TestPolicies.zhuchengThematicTiersSwapped())
        .withPeriod(AssessmentPeriod.of(LocalDate.of(2012, 8, 27), LocalDate.of(2013, 1, 31)));

    PolicyCheckSummary summary = PolicyChecks.of(early)
        .withProperties(PolicyProperties.matchingActivityNeverLowers()).run();

    assertThat(summary.failures()).hasSize(1);
    Counterexample c = summary.failures().get(0).counterexample().orElseThrow();
    assertThat(c.seed()).isEqualTo(3);
    assertThat(c.yearsShifted()).isZero();
    // x = 2 or 3 earns 15 and x = 4 earns 9: one group with exactly three thematic activities.
    // The probe is dated on the period's first day, which the group's community had reached
    assertThat(c.shrunkSize()).isEqualTo(DatasetSize.of(1, 3, 0));
    assertThat(c.dataset().activities()).extracting(Activity::kind)
        .containsOnly(ActivityKind.THEMATIC_ACTIVITY);
    assertThat(c.violation()).startsWith("adding probe-1 (THEMATIC_ACTIVITY on 2012-08-27)")
        .endsWith("took metric thematic (count, tiers) from x = 3 to x = 4 and its points from"
            + " 15.00 to 9.00");
  }

  @Test
  void aPeriodFromAugustToJulyIsCheckedOnDataMovedAYearOn() {
    // August 2013 to July 2014 meets the generated year moved a year on in 334 days, and where it
    // is in August 2013 only, when the generator dates nothing (its groups' spans end on 15 July)
    Policy moved = ImmutablePolicy.copyOf(BuiltInPolicies.doublePairing())
        .withPeriod(AssessmentPeriod.of(LocalDate.of(2013, 8, 1), LocalDate.of(2014, 7, 31)));
    PolicyChecks checks = PolicyChecks.of(moved).withSeeds(1, 10);

    Dataset generated = SyntheticDatasets.generate(1, PolicyChecks.DEFAULT_SCALE).dataset();
    Dataset checked = checks.dataset(1);
    for (int i = 0; i < generated.activities().size(); i++) {
      LocalDate date = generated.activities().get(i).date();
      assertThat(checked.activities().get(i).date()).isEqualTo(date.plusYears(1));
      assertThat(moved.period().contains(date.plusYears(1))).as("%s", date).isTrue();
    }
    PolicyCheckSummary summary = checks.run();

    summary.assertPassed();
    // as in the policy's own year: no score measure and no veto; every other property applies to
    // every seed
    assertThat(summary.notApplicable()).containsExactly("higher-final-never-lowers",
        "vetoed-subject-no-award", "member-final-never-widens-gap", "equal-schools-no-dispersion");
    assertThat(summary.verdicts()).extracting(PropertyVerdict::seedsApplicable)
        .isEqualTo(List.of(10, 10, 10, 0, 0, 10, 0, 0));
  }

  @Test
  void aSeedWithNoActivityInThePeriodIsNotApplicableToAnyProperty() {
    // the generator dates activities from 1 September to 15 July; 16 July to 31 August lies in
    // the generated school year alone, so the data stays where it is and none of it is seen
    Policy summer = ImmutablePolicy.copyOf(BuiltInPolicies.doublePairing())
        .withPeriod(AssessmentPeriod.of(LocalDate.of(2013, 7, 16), LocalDate.of(2013, 8, 31)));

    PolicyCheckSummary summary = PolicyChecks.of(summer).withSeeds(1, 3).run();

    assertThat(summary.passed()).isTrue();
    assertThat(summary.verdicts()).hasSize(8).allSatisfy(r -> {
      assertThat(r.status()).isEqualTo(PropertyVerdict.Status.NOT_APPLICABLE);
      assertThat(r.seedsTried()).isEqualTo(3);
      assertThat(r.seedsApplicable()).isZero();
      assertThat(r.notApplicableReason()).hasValue("seed 1: no generated activity lies in the"
          + " policy's period, 2013-07-16 to 2013-08-31 (generated dates moved by 0 years), so the"
          + " policy sees none");
    });
  }
}
