package dev.huzhu.io;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.synthetic.Scale;
import dev.huzhu.core.synthetic.SyntheticDataset;
import dev.huzhu.core.synthetic.SyntheticDatasets;
import dev.huzhu.evaluation.Assessment;
import dev.huzhu.evaluation.policy.BuiltInPolicies;
import dev.huzhu.evaluation.report.Report;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * Run in a JVM of its own with a small heap by {@link LargeLogStreamingTest}: writes a generated
 * log of many rows to a CSV file, assesses it by streaming the file, and checks the report
 * against the same assessment streamed straight from the generator (no files at all); then
 * checks a sample of the file's first rows against the dataset held in memory. Prints what it
 * measured; exits 1 when a report differs.
 *
 * <p>{@code java -Xmx256m -cp ... dev.huzhu.io.LargeLogCheck SEED ROWS DIR}
 */
public final class LargeLogCheck {
  private LargeLogCheck() {}

  public static void main(String[] args) throws Exception {
    long seed = Long.parseLong(args[0]);
    long rows = Long.parseLong(args[1]);
    Path dir = Path.of(args[2]);
    int sample = 20_000;
    SyntheticDataset synthetic = SyntheticDatasets.generate(seed, Scale.of(10, 10, rows));
    Dataset structure = synthetic.structure();
    Assessment assessment = Assessment.of(BuiltInPolicies.zhuchengBundled());
    Path log = dir.resolve("log.csv");

    long t0 = System.nanoTime();
    ActivityLogs.write(() -> synthetic.activities().iterator(), log);
    long t1 = System.nanoTime();
    Report fromFile;
    long read;
    try (LogStream stream = ActivityLogs.open(log, structure)) {
      fromFile = assessment.run(structure, stream.activities());
      read = stream.recordsRead();
    }
    long t2 = System.nanoTime();
    Report fromGenerator = assessment.run(structure, synthetic.activities());
    long t3 = System.nanoTime();

    Report sampleFromFile;
    try (LogStream stream = ActivityLogs.open(log, structure)) {
      sampleFromFile = assessment.run(structure, stream.activities().limit(sample));
    }
    Dataset inMemory = Dataset.builder().copyFrom(structure)
        .activities(synthetic.activities().limit(sample).collect(Collectors.toList())).build();
    Report sampleInMemory = assessment.run(inMemory);

    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf("rows %d, file %d MiB, max heap %d MiB, peak heap used %d MiB%n", read,
        Files.size(log) >> 20, Runtime.getRuntime().maxMemory() >> 20, peak >> 20);
    System.out.printf("write %.1f s, stream file and assess %.1f s (%.0f rows/s), "
        + "stream generator and assess %.1f s%n", (t1 - t0) / 1e9, (t2 - t1) / 1e9,
        read / ((t2 - t1) / 1e9), (t3 - t2) / 1e9);
    boolean same = fromFile.equals(fromGenerator) && read == rows;
    boolean sampleSame = sampleFromFile.equals(sampleInMemory);
    System.out.println(same ? "same report as the generator" : "REPORTS DIFFER");
    System.out.println(sampleSame ? "same report as in memory on the first " + sample + " rows"
        : "SAMPLE REPORTS DIFFER");
    Files.delete(log);
    System.exit(same && sampleSame ? 0 : 1);
  }
}
