/**
 * huzhu's files: datasets, activity logs, score records, policies and reports, read strictly with
 * file, line, column and path in every problem. The API is {@code dev.huzhu.io} (the files) and
 * {@code dev.huzhu.io.document} (reading documents of one's own with the same strictness); the
 * codecs, the token-stream reading and writing and the CSV machinery live in
 * {@code dev.huzhu.io.internal}, which is not exported.
 */
module dev.huzhu.io {
  requires transitive dev.huzhu.evaluation;
  requires static org.immutables.value.annotations;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;
  requires tools.jackson.core;
  requires tools.jackson.dataformat.yaml;
  requires org.snakeyaml.engine;

  exports dev.huzhu.io;
  exports dev.huzhu.io.document;
}
