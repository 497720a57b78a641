package dev.huzhu.examples;

import dev.huzhu.io.PolicyFiles;
import dev.huzhu.testkit.property.PolicyChecks;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PolicySanityTest {
  @Test
  void theBuiltInPoliciesAreSane() {
    PolicyChecks.check(PolicyFiles.read(Path.of("data/policies/zhucheng-bundled.yaml")));
    PolicyChecks.check(PolicyFiles.read(Path.of("data/policies/exchange-teacher.yaml")));
    PolicyChecks.check(PolicyFiles.read(Path.of("data/policies/double-pairing.yaml")));
    PolicyChecks.check(PolicyFiles.read(Path.of("data/policies/quality-formula.yaml")));
    PolicyChecks.check(PolicyFiles.read(Path.of("data/policies/community-balance.yaml")));
  }
}
