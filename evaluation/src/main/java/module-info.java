module dev.huzhu.evaluation {
  requires transitive dev.huzhu.core;
  requires static org.immutables.value.annotations;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;

  exports dev.huzhu.evaluation;
  exports dev.huzhu.evaluation.form;
  exports dev.huzhu.evaluation.math;
  exports dev.huzhu.evaluation.measure;
  exports dev.huzhu.evaluation.policy;
  exports dev.huzhu.evaluation.report;
  exports dev.huzhu.evaluation.scoring;
  exports dev.huzhu.evaluation.subject;
}
