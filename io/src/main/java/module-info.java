module dev.huzhu.io {
  requires transitive dev.huzhu.evaluation;
  requires static org.immutables.value.annotations;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;
  requires tools.jackson.core;
  requires tools.jackson.dataformat.yaml;
  requires org.snakeyaml.engine;

  exports dev.huzhu.io;
  exports dev.huzhu.io.csv;
  exports dev.huzhu.io.dataset;
  exports dev.huzhu.io.policy;
  exports dev.huzhu.io.report;
  exports dev.huzhu.io.tree;
}
