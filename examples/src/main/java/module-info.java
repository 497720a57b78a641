module dev.huzhu.examples {
  requires dev.huzhu.io;
  requires static org.immutables.value.annotations;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;

  exports dev.huzhu.examples;
}
