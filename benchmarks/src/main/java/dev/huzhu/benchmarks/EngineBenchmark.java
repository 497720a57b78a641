package dev.huzhu.benchmarks;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.activity.Activity;
import dev.huzhu.core.synthetic.Scale;
import dev.huzhu.core.synthetic.SyntheticDataset;
import dev.huzhu.core.synthetic.SyntheticDatasets;
import dev.huzhu.evaluation.Assessment;
import dev.huzhu.evaluation.policy.BuiltInPolicies;
import dev.huzhu.evaluation.report.Report;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine alone: the 诸城 bundled assessment of a county (20 communities, 320 research groups)
 * over an activity log generated once and held in memory, so no reading or checking of files is
 * timed. The score is activity records per second on one thread ({@code assess}, per core) and
 * with {@code runParallel} on every core ({@code assessParallel}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
@Threads(1)
public class EngineBenchmark {
  /** Activities in the held log; each invocation assesses them all. */
  static final int ACTIVITIES = 1_000_000;

  private Dataset structure;
  private List<Activity> log;
  private Assessment assessment;

  @Setup
  public void generate() {
    SyntheticDataset county = SyntheticDatasets.generate(7, Scale.of(20, 30, ACTIVITIES));
    structure = county.structure();
    log = county.activities().toList();
    assessment = Assessment.of(BuiltInPolicies.zhuchengBundled());
    structure.requireValid();
  }

  @Benchmark
  @OperationsPerInvocation(ACTIVITIES)
  public Report assess() {
    return assessment.run(structure, log.stream());
  }

  @Benchmark
  @OperationsPerInvocation(ACTIVITIES)
  public Report assessParallel() {
    return assessment.runParallel(structure, log.stream());
  }
}
