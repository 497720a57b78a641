package dev.huzhu.examples;

import dev.huzhu.testkit.property.PolicyChecks;
import org.junit.jupiter.api.Test;

class PolicySanityTest {
  @Test
  void theBuiltInPoliciesAreSane() {
    PolicyChecks.check(SeedFiles.policy("zhucheng-bundled.yaml"));
    PolicyChecks.check(SeedFiles.policy("exchange-teacher.yaml"));
    PolicyChecks.check(SeedFiles.policy("double-pairing.yaml"));
  }
}
