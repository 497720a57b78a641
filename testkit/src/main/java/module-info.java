/**
 * Testing assessment policies: the fluent verifier and policy test files
 * ({@code dev.huzhu.testkit}) and property checks with shrinking ({@code dev.huzhu.testkit.property}).
 * JUnit is needed only by the JUnit side (the verifier's asserts, the dynamic tests): the command
 * line runs policy test files without it. {@code dev.huzhu.testkit.internal} is not exported.
 */
module dev.huzhu.testkit {
  requires transitive dev.huzhu.io;
  requires static org.immutables.value.annotations;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;
  requires static org.junit.jupiter.api;
  requires static org.opentest4j;

  exports dev.huzhu.testkit;
  exports dev.huzhu.testkit.property;
}
