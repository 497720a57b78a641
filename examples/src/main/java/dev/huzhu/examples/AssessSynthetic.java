package dev.huzhu.examples;

import dev.huzhu.core.synthetic.Scale;
import dev.huzhu.core.synthetic.SyntheticDataset;
import dev.huzhu.core.synthetic.SyntheticDatasets;
import dev.huzhu.evaluation.Assessment;
import dev.huzhu.evaluation.policy.BuiltInPolicies;
import dev.huzhu.evaluation.report.Report;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Runs the 诸城 bundled assessment over a synthetic dataset whose activity log is streamed, never
 * held, and reports how long it took: {@code java -cp examples/target/huzhu-examples.jar
 * dev.huzhu.examples.AssessSynthetic SEED COMMUNITIES ACTIVITIES [parallel]}.
 */
public final class AssessSynthetic {
  private AssessSynthetic() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    if (args.length < 3 || args.length > 4 || (args.length == 4 && !args[3].equals("parallel"))) {
      out.println("usage: AssessSynthetic SEED COMMUNITIES ACTIVITIES [parallel]");
      System.exit(2);
    }
    long seed = Long.parseLong(args[0]);
    Scale scale = Scale.of(Integer.parseInt(args[1]), 0, Long.parseLong(args[2]));
    boolean parallel = args.length == 4;
    SyntheticDataset generated = SyntheticDatasets.generate(seed, scale);
    Assessment assessment = Assessment.of(BuiltInPolicies.zhuchengBundled());

    long start = System.nanoTime();
    Report report = parallel ? assessment.runParallel(generated.structure(), generated.activities())
        : assessment.run(generated.structure(), generated.activities());
    long millis = Math.max(1, (System.nanoTime() - start) / 1_000_000);
    Runtime rt = Runtime.getRuntime();
    out.printf("assessed %d subjects over %d streamed activities (%s) in %d ms: %d activities a"
        + " second; heap used %d MiB of max %d MiB%n", report.subjects().size(), scale.activities(),
        parallel ? "parallel" : "sequential", millis, scale.activities() * 1000 / millis,
        (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
    out.print(report.table().lines().limit(8).map(l -> l + "\n").reduce("", String::concat));
  }
}
