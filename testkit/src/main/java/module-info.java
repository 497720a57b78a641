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
