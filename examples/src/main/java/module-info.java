/**
 * The seed's communities as Java values and as files, and the example programs. Its API hands out
 * datasets and policies, so a module that requires it reads the library too.
 */
module dev.huzhu.examples {
  requires transitive dev.huzhu.io;
  requires static org.immutables.value.annotations;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;

  exports dev.huzhu.examples;
}
