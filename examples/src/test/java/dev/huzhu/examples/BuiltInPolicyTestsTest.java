package dev.huzhu.examples;

import dev.huzhu.testkit.PolicyTests;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * The policy test files of the built-in policies (docs/assessment.md#built-in-policies), in {@code policy-tests}: each
 * pins its policy's behaviour on the examples' data, one dynamic test per expectation.
 */
class BuiltInPolicyTestsTest {
  @TestFactory
  Stream<DynamicNode> builtInPolicies() {
    return PolicyTests.folder(Path.of("policy-tests"));
  }
}
