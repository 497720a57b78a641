/**
 * Assessment (捆绑考核): policies, measures, scorings, the engine and its explained report. Every
 * exported package is API; a measure of one's own is written against {@code measure}'s SPI
 * ({@code Accumulator}, {@code MeasureContext}, {@code RawValue}, {@code Evidence}), {@code math}'s
 * {@code Ratio} and {@code form}'s field descriptions. The engine's machinery is package-private.
 */
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
