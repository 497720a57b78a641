package dev.huzhu.testkit.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.activity.Activity;
import dev.huzhu.core.activity.ActivityKind;
import dev.huzhu.core.activity.Quantity;
import dev.huzhu.core.score.Phase;
import dev.huzhu.core.score.ScoreRecord;
import dev.huzhu.core.score.TestKind;
import dev.huzhu.evaluation.Assessment;
import dev.huzhu.evaluation.InvalidPolicyException;
import dev.huzhu.evaluation.policy.BuiltInPolicies;
import dev.huzhu.evaluation.policy.ImmutablePolicy;
import dev.huzhu.evaluation.policy.Policy;
import dev.huzhu.evaluation.report.Report;
import dev.huzhu.evaluation.report.SubjectResult;
import dev.huzhu.evaluation.subject.SubjectResolver;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * Valid policies that break a property are found, and the counterexample is shrunk to the
 * smallest dataset that still shows it, reasoned out by hand below.
 */
class FailingPoliciesTest {
  @Test
  void tiersNotInTheOrderOfTheirThresholdsFailOnTwoActivities() {
    Counterexample c = failure(PolicyChecks.of(TestPolicies.thematicTiersUpsideDown())
        .withProperties(PolicyProperties.matchingActivityNeverLowers()).run());

    // x = 2 earns 10 (tier 1) and one more activity makes x = 3, which earns 2 (tier 3). No other
    // x fails: 0 → 1 and 1 → 2 go from 0 or 10 to 10, and from 3 up it is 2 → 2. So a subject
    // fails exactly when it has two thematic activities in the period: every other subject,
    // activity and score record can go, and neither of the two can.
    assertThat(c.shrunkSize()).isEqualTo(DatasetSize.of(1, 2, 0));
    String subject = onlySubject(c.dataset(), TestPolicies.thematicTiersUpsideDown());
    assertThat(c.dataset().activities()).allSatisfy(a -> {
      assertThat(a.kind()).isEqualTo(ActivityKind.THEMATIC_ACTIVITY);
      assertThat(a.credited()).containsExactly(subject);
      assertThat(TestPolicies.FALL_2012.contains(a.date())).isTrue();
    });
    assertThat(c.violation()).contains("credited to " + subject)
        .endsWith("took metric thematic (count, tiers) from x = 2 to x = 3 and its points from"
            + " 10.00 to 2.00");
    assertThat(c.dataset().validate()).isEmpty();
    // what the author reads: the seed, the figures, the two activities and the dataset as JSON
    Activity first = c.dataset().activities().get(0);
    assertThat(c.toString()).contains("on seed " + c.seed() + "\n")
        .contains("  shrunk from 16 subjects, 400 activities, ")
        .contains(" to 1 subject, 2 activities, 0 score records in ")
        .contains("  activities:\n    " + first.id() + " THEMATIC_ACTIVITY " + first.date()
            + " credited [" + subject + "]\n")
        .contains("  score records: none\n")
        .contains("\"format\": \"huzhu-dataset\"");
  }

  @Test
  void anImprovementScoredUpsideDownFailsOnOneUnitThatFell() {
    Counterexample c = failure(PolicyChecks.of(TestPolicies.improvementSignSlipped())
        .withProperties(PolicyProperties.higherFinalNeverLowers()).run());

    // a subject earns 20 while its improvement is below 0 and 0 from 0 up; its final raised to
    // the full mark 100 makes the improvement 100 − baseline ≥ 0. One unit whose final fell below
    // its baseline is enough, and both of its records are needed (without either there is no
    // improvement at all); activities play no part.
    assertThat(c.shrunkSize()).isEqualTo(DatasetSize.of(1, 0, 2));
    ScoreRecord baseline = c.dataset().scores().stream().filter(r -> r.phase() == Phase.BASELINE)
        .findFirst().orElseThrow();
    ScoreRecord fin = c.dataset().scores().stream().filter(r -> r.phase() == Phase.FINAL)
        .findFirst().orElseThrow();
    assertThat(fin.scoreUnit()).isEqualTo(baseline.scoreUnit());
    assertThat(fin.test()).isEqualTo(TestKind.QUALITY_TEST);
    assertThat(fin.mean()).isLessThan(baseline.mean());
    // one unit: the student weights cancel, x = final − baseline, to 4 places
    BigDecimal before = fin.mean().subtract(baseline.mean()).setScale(4);
    BigDecimal after = fin.fullMark().subtract(baseline.mean()).setScale(4);
    assertThat(c.violation()).startsWith("raising " + fin.key() + "'s mean from "
        + fin.mean().toPlainString() + " to 100 took subject "
        + onlySubject(c.dataset(), TestPolicies.improvementSignSlipped()))
        .endsWith("metric quality (improvement, tiers) from x = " + before.toPlainString()
            + " to x = " + after.toPlainString() + " and its points from 20.00 to 0.00");
  }

  @Test
  void aSumScoredWithTiersUpsideDownFailsOnOneDeliveryOfFunds() {
    Counterexample c = failure(PolicyChecks.of(TestPolicies.doublePairingFundsTiersUpsideDown())
        .withProperties(PolicyProperties.matchingActivityNeverLowers()).run());

    // Funds earn 0 below 5,000 yuan, 15 from 5,000 and 5 from 20,000. The generated amounts are
    // whole hundreds of yuan, so a probe of 1 yuan never crosses a threshold; the probe that
    // brings x to exactly 20,000 takes a pairing with 5,000 ≤ x < 20,000 from 15 to 5, and
    // nothing else lowers (from below 5,000, to 5,000 or 20,000 is a rise from 0). On seed 1,
    // pairing pp3's one delivery of funds is 15,500 yuan: the least that fails is that activity
    // alone, every other subject, activity and score record gone, and a probe of 20,000 − 15,500
    // = 4,500 yuan on the period's first day.
    assertThat(c.seed()).isEqualTo(1);
    assertThat(c.shrunkSize()).isEqualTo(DatasetSize.of(1, 1, 0));
    assertThat(onlySubject(c.dataset(), TestPolicies.doublePairingFundsTiersUpsideDown()))
        .isEqualTo("pp3");
    Activity funds = c.dataset().activities().get(0);
    assertThat(funds.kind()).isEqualTo(ActivityKind.FUNDS_COORDINATED);
    assertThat(funds.credited()).containsExactly("pp3");
    assertThat(funds.quantity(Quantity.AMOUNT_YUAN)).hasValue(new BigDecimal("15500"));
    assertThat(c.violation()).isEqualTo("adding probe-1 (FUNDS_COORDINATED on 2012-09-01,"
        + " amountYuan 4500) credited to pp3 took metric funds (sum, tiers) from x = 15500 to"
        + " x = 20000 and its points from 15.00 to 5.00");
    assertThat(c.toString()).contains("  reproduce: PolicyChecks.of(policy).withSeeds(1, 1)"
        + ".withScale(Scale.of(1, 3, 400))"
        + ".withProperties(PolicyProperties.matchingActivityNeverLowers()).run()\n");
  }

  /** A property of the author's own: no research group holds three or more thematic activities. */
  static final PolicyProperty FEWER_THAN_THREE = PolicyProperties.of("fewer-than-three-thematic",
      "no subject has three or more thematic activities in the period", (policy, dataset) -> {
        Report report = Assessment.of(policy).run(dataset);
        for (SubjectResult s : report.subjects()) {
          BigDecimal x = s.metric("thematic").flatMap(m -> m.value()).orElse(BigDecimal.ZERO);
          if (x.compareTo(new BigDecimal(3)) >= 0) {
            return PropertyOutcome.violated(s.id() + " has " + x + " thematic activities");
          }
        }
        return PropertyOutcome.holds();
      });

  @Test
  void aPropertyOfOnesOwnShrinksToThreeActivitiesOfOneSubject() {
    Counterexample c = failure(PolicyChecks.of(BuiltInPolicies.zhuchengBundled())
        .withProperties(FEWER_THAN_THREE).run());

    // three thematic activities in the period make it fail; any fourth could go, and so could
    // every other subject, activity and score record
    assertThat(c.shrunkSize()).isEqualTo(DatasetSize.of(1, 3, 0));
    String subject = onlySubject(c.dataset(), BuiltInPolicies.zhuchengBundled());
    assertThat(c.violation()).isEqualTo(subject + " has 3 thematic activities");
    assertThat(c.dataset().activities()).extracting(Activity::kind)
        .containsOnly(ActivityKind.THEMATIC_ACTIVITY);
    assertThat(c.dataset().validate()).isEmpty();
  }

  @Test
  void theFailureMessageNamesTheSeedThatReproducesIt() {
    PolicyChecks checks = PolicyChecks.of(TestPolicies.thematicTiersUpsideDown())
        .withProperties(PolicyProperties.matchingActivityNeverLowers());
    long seed = failure(checks.run()).seed();

    AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> checks.run().assertPassed());
    assertThat(e.getMessage()).contains("policy thematic-tiers-upside-down fails 1 of 1 property checks")
        .contains("property matching-activity-never-lowers fails for policy"
            + " thematic-tiers-upside-down on seed " + seed)
        .contains(".withSeeds(" + seed + ", " + seed + ").withScale(Scale.of(1, 3, 400))");
  }

  @Test
  void theSameSeedGivesTheSameCounterexample() {
    PolicyChecks checks = PolicyChecks.of(TestPolicies.thematicTiersUpsideDown())
        .withProperties(PolicyProperties.matchingActivityNeverLowers());
    Counterexample first = failure(checks.run());

    assertThat(failure(checks.run())).isEqualTo(first);
    // reproduced from the seed alone, as the message says
    assertThat(failure(checks.withSeeds(first.seed(), first.seed()).run())).isEqualTo(first);
  }

  @Test
  void aCheckThatThrowsIsAFailureShrunkLikeAnyOther() {
    PolicyProperty throwing = PolicyProperties.of("no-activities", "throws on any activity",
        (policy, dataset) -> {
          if (!dataset.activities().isEmpty()) {
            throw new IllegalStateException("an activity");
          }
          return PropertyOutcome.holds();
        });
    Counterexample c = failure(PolicyChecks.of(BuiltInPolicies.doublePairing())
        .withProperties(throwing).withSeeds(1, 1).run());

    // one activity is the least that throws, and it needs one group to be credited to: one that
    // the policy does not assess, since the assessed subjects are dropped first and the other
    // groups' activities still throw
    assertThat(c.shrunkSize()).isEqualTo(DatasetSize.of(0, 1, 0));
    assertThat(c.violation()).isEqualTo("the check threw java.lang.IllegalStateException: an activity");
  }

  /** The review's property: the first subject of the report has a total below 30. */
  static final PolicyProperty FIRST_BELOW_30 = PolicyProperties.of("first-below-30",
      "the first subject of the report has a total below 30", (policy, dataset) -> {
        SubjectResult first = Assessment.of(policy).run(dataset).subjects().get(0);
        return first.total().compareTo(new BigDecimal(30)) < 0 ? PropertyOutcome.holds()
            : PropertyOutcome.violated("top total " + first.total().toPlainString());
      });

  @Test
  void shrinkingKeepsAViolationAViolation() {
    Counterexample c = failure(PolicyChecks.of(BuiltInPolicies.doublePairing())
        .withProperties(FIRST_BELOW_30).withSeeds(1, 5).run());

    // Without subjects the check throws (an index out of bounds), a failure of another kind that
    // shrinking must not keep. Dropping a pairing never lowers another's total (funds are scored
    // against the best, which can only fall), so one pairing stays. On seed 1, pp3 keeps 2.50 for
    // its one practical deed (15 × 1/6), 8.00 for two forms of help, the deed and a project
    // delivery (20 × 2/5), 15.00 for funds, being the best, and 5 for its professional match:
    // 30.50. Without the deed it has 24.00, without the project 26.50, without the funds 15.50;
    // so those three activities are all that stay.
    assertThat(c.seed()).isEqualTo(1);
    assertThat(c.originalViolation()).isEqualTo("top total 30.50");
    assertThat(c.violation()).isEqualTo("top total 30.50");
    assertThat(c.shrunkSize()).isEqualTo(DatasetSize.of(1, 3, 0));
    assertThat(c.dataset().activities()).extracting(Activity::kind).containsExactly(
        ActivityKind.PRACTICAL_DEED, ActivityKind.PROJECT_DELIVERY, ActivityKind.FUNDS_COORDINATED);
    assertThat(c.toString()).contains("  reproduce: PolicyChecks.of(policy).withSeeds(1, 1)"
        + ".withScale(Scale.of(1, 3, 400))"
        + ".withProperties(<your property \"first-below-30\">).run()\n");
  }

  @Test
  void shrinkingKeepsAnExceptionOfTheSameClass() {
    PolicyProperty throwing = PolicyProperties.of("few-activities", "throws on any activity,"
        + " one way on three or more and another on fewer", (policy, dataset) -> {
          int n = dataset.activities().size();
          if (n >= 3) {
            throw new IllegalStateException(n + " activities");
          }
          if (n > 0) {
            throw new IllegalArgumentException(n + " activities");
          }
          return PropertyOutcome.holds();
        });
    Counterexample c = failure(PolicyChecks.of(BuiltInPolicies.doublePairing())
        .withProperties(throwing).withSeeds(1, 1).run());

    // 400 activities throw an IllegalStateException; fewer than three throw another class, which
    // is not the failure found, so three is the least that is kept (the subjects go first, their
    // activities with them, and the groups the other activities are credited to stay)
    assertThat(c.originalViolation()).isEqualTo("the check threw java.lang.IllegalStateException:"
        + " 400 activities");
    assertThat(c.shrunkSize()).isEqualTo(DatasetSize.of(0, 3, 0));
    assertThat(c.violation()).isEqualTo("the check threw java.lang.IllegalStateException:"
        + " 3 activities");
  }

  @Test
  void aCheckThatReturnsNullIsAFailureWithItsSeed() {
    PolicyProperty careless = PolicyProperties.of("careless", "returns null on any activity",
        (policy, dataset) -> dataset.activities().isEmpty() ? PropertyOutcome.holds() : null);
    PolicyCheckSummary summary = PolicyChecks.of(BuiltInPolicies.doublePairing()).withProperties(careless)
        .withSeeds(1, 1).run();
    Counterexample c = failure(summary);

    // as with a check that throws: one activity, credited to a group the policy does not assess
    assertThat(c.seed()).isEqualTo(1);
    assertThat(c.shrunkSize()).isEqualTo(DatasetSize.of(0, 1, 0));
    assertThat(c.violation()).isEqualTo("the check returned null, not an outcome: a check returns"
        + " PropertyOutcome.holds(), violated(…) or notApplicable(…)");
  }

  @Test
  void theReproduceLineNamesTheProperty() {
    // by class, not by name: a property of one's own called figures-re-add is one's own
    assertThat(PolicyProperties.standard())
        .extracting(p -> PolicyProperties.factory(p).orElseThrow())
        .containsExactly("totalsWithinBounds", "orderDoesNotMatter", "matchingActivityNeverLowers",
            "higherFinalNeverLowers", "vetoedSubjectNoAward", "figuresReAdd",
            "memberFinalNeverWidensGap", "equalSchoolsHaveNoDispersion");
    assertThat(PolicyProperties.factory(PolicyProperties.of("figures-re-add", "mine",
        (policy, dataset) -> PropertyOutcome.holds()))).isEmpty();
    // the lines printed: see aSumScoredWithTiersUpsideDownFailsOnOneDeliveryOfFunds and
    // shrinkingKeepsAViolationAViolation
  }

  @Test
  void theShrinkingBoundIsKept() {
    Counterexample c = failure(PolicyChecks.of(TestPolicies.thematicTiersUpsideDown())
        .withProperties(PolicyProperties.matchingActivityNeverLowers()).withMaxShrinkSteps(3).run());

    assertThat(c.shrinkSteps()).isEqualTo(3);
    assertThat(c.shrinkExhausted()).isTrue();
    assertThat(c.toString()).contains("in 3 steps (stopped at the bound");
    assertThat(c.dataset().validate()).isEmpty();
  }

  @Test
  void anInvalidPolicyIsRefusedWithItsProblems() {
    Policy invalid = ImmutablePolicy.copyOf(BuiltInPolicies.zhuchengBundled()).withId("has space");

    assertThatThrownBy(() -> PolicyChecks.of(invalid)).isInstanceOf(InvalidPolicyException.class)
        .hasMessageContaining("has space");
  }

  private static Counterexample failure(PolicyCheckSummary summary) {
    assertThat(summary.failures()).hasSize(1);
    return summary.failures().get(0).counterexample().orElseThrow();
  }

  private static String onlySubject(Dataset dataset, Policy policy) {
    List<String> ids = SubjectResolver.resolve(policy.subjects(), dataset).stream()
        .map(s -> s.id()).toList();
    assertThat(ids).hasSize(1);
    return ids.get(0);
  }
}
