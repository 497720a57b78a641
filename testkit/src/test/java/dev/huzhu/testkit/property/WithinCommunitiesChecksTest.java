package dev.huzhu.testkit.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.huzhu.evaluation.policy.BuiltInPolicies;
import dev.huzhu.evaluation.policy.ImmutablePolicy;
import dev.huzhu.evaluation.policy.ImmutableSubjectSelection;
import dev.huzhu.evaluation.policy.Policy;
import org.junit.jupiter.api.Test;

/**
 * A policy within some communities is checked on the generated data only when that data holds
 * them: the generator names its communities c1, c2, … (one, c1, at the default scale), so a
 * policy written for 巴南 ({@code c-bn}) cannot be assessed on it, and says so.
 */
class WithinCommunitiesChecksTest {
  private static final Policy ZHUCHENG = BuiltInPolicies.zhuchengBundled();

  private static Policy within(String... communities) {
    return ImmutablePolicy.copyOf(ZHUCHENG).withSubjects(
        ImmutableSubjectSelection.copyOf(ZHUCHENG.subjects()).withWithin(communities));
  }

  @Test
  void aCommunityTheGeneratedDataLacksMakesNoSeedApplicable() {
    PolicyCheckSummary summary = PolicyChecks.of(within("c-bn")).withSeeds(1, 2).run();

    assertThat(summary.passed()).isTrue();
    assertThat(summary.verdicts()).hasSize(8).allSatisfy(r -> {
      assertThat(r.status()).isEqualTo(PropertyVerdict.Status.NOT_APPLICABLE);
      assertThat(r.seedsTried()).isEqualTo(2);
      assertThat(r.seedsApplicable()).isZero();
      assertThat(r.notApplicableReason()).hasValue("seed 1: the generated dataset cannot be"
          + " assessed by the policy: the policy assesses the subjects within community c-bn,"
          + " which the dataset does not hold (generated communities are c1)");
    });
  }

  @Test
  void theOneGeneratedCommunityIsCheckedAsTheWholeDatasetIs() {
    // c1 is every community of the generated data: within it, the policy assesses what it
    // assesses without within, so every property fares the same
    PolicyCheckSummary whole = PolicyChecks.of(ZHUCHENG).withSeeds(1, 3).run();
    PolicyCheckSummary c1 = PolicyChecks.of(within("c1")).withSeeds(1, 3).run();

    assertThat(c1.verdicts()).extracting(PropertyVerdict::property, PropertyVerdict::status,
            PropertyVerdict::seedsApplicable)
        .isEqualTo(whole.verdicts().stream().map(v -> tuple(
            v.property(), v.status(), v.seedsApplicable())).toList());
    assertThat(c1.verdicts()).anySatisfy(v -> assertThat(v.seedsApplicable()).isEqualTo(3));
  }
}
