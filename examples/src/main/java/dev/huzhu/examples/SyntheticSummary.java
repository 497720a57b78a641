package dev.huzhu.examples;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.activity.ActivityKind;
import dev.huzhu.core.synthetic.Scale;
import dev.huzhu.core.synthetic.SyntheticDataset;
import dev.huzhu.core.synthetic.SyntheticDatasets;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/**
 * Generates a synthetic dataset and summarises it: what the structure holds, whether it
 * validates, and the activity log streamed through once (records per kind, elapsed time, heap).
 *
 * <p>{@code java -cp examples/target/huzhu-examples.jar dev.huzhu.examples.SyntheticSummary
 * SEED COMMUNITIES PAIRINGS ACTIVITIES}. The log is never held whole, so a log of tens of
 * millions of records runs in a small heap ({@code -Xmx256m}); the structure is validated, and
 * the whole dataset too when the log has at most {@value #VALIDATE_WHOLE_UP_TO} records.
 */
public final class SyntheticSummary {
  static final long VALIDATE_WHOLE_UP_TO = 1_000_000;

  private SyntheticSummary() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    if (args.length != 4) {
      out.println("usage: SyntheticSummary SEED COMMUNITIES PAIRINGS ACTIVITIES");
      System.exit(2);
    }
    long seed = Long.parseLong(args[0]);
    Scale scale = Scale.of(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Long.parseLong(args[3]));

    long start = System.nanoTime();
    SyntheticDataset generated = SyntheticDatasets.generate(seed, scale);
    Dataset structure = generated.structure();
    int problems = structure.validate().size();
    long structureMillis = (System.nanoTime() - start) / 1_000_000;
    out.printf("seed %d: %d schools, %d people, %d communities, %d teams, %d exchanges, "
        + "%d student pairings, %d party branches, %d party pairings, %d score records%n", seed,
        structure.schools().size(), structure.people().size(), structure.communities().size(),
        structure.teams().size(), structure.exchanges().size(), structure.studentPairings().size(),
        structure.partyBranches().size(), structure.partyPairings().size(), structure.scores().size());
    out.printf("structure generated and validated in %d ms: %d problems%n", structureMillis, problems);

    start = System.nanoTime();
    Map<ActivityKind, Long> perKind = new EnumMap<>(ActivityKind.class);
    generated.activities().forEach(a -> perKind.merge(a.kind(), 1L, Long::sum));
    long streamMillis = Math.max(1, (System.nanoTime() - start) / 1_000_000);
    long total = perKind.values().stream().mapToLong(Long::longValue).sum();
    Runtime rt = Runtime.getRuntime();
    out.printf("streamed %d activities in %d ms (%d per second), heap used %d MiB of max %d MiB%n",
        total, streamMillis, total * 1000 / streamMillis,
        (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
    perKind.forEach((kind, n) -> out.printf("  %-22s %-8s %d%n", kind, kind.label(), n));

    if (total <= VALIDATE_WHOLE_UP_TO) {
      start = System.nanoTime();
      Dataset whole = generated.dataset();
      long heldMillis = (System.nanoTime() - start) / 1_000_000;
      start = System.nanoTime();
      int all = whole.validate().size();
      out.printf("whole dataset held in memory in %d ms, validated (indexes included) in %d ms:"
          + " %d problems%n", heldMillis, (System.nanoTime() - start) / 1_000_000, all);
      problems += all;
    }
    if (problems > 0) {
      System.exit(1);
    }
  }
}
