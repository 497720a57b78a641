package dev.huzhu.benchmarks;

import dev.huzhu.core.Dataset;
import dev.huzhu.io.DatasetFiles;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.List;

/**
 * What a dataset read whole holds: the heap in use after a full collection, with the structure
 * alone and then with its activity log, and the difference per activity. Prints
 * {@code structure 41.2 MiB; with 2000000 activities 1203.5 MiB; 609 bytes an activity}.
 *
 * <p>{@code java -Xmx8g -cp benchmarks/target/benchmarks.jar dev.huzhu.benchmarks.HeldBytes
 * dataset.json activities.csv}
 */
public final class HeldBytes {
  private HeldBytes() {}

  public static void main(String[] args) {
    Path json = Path.of(args[0]);
    List<Path> logs = List.of(Path.of(args[1]));
    Dataset structure = DatasetFiles.read(json, List.of(), List.of());
    long alone = used();
    Dataset whole = DatasetFiles.read(json, logs, List.of());
    structure = null;
    long with = used();
    int n = whole.activities().size();
    System.out.printf("structure %.1f MiB; with %d activities %.1f MiB; %d bytes an activity%n",
        alone / 1048576.0, n, with / 1048576.0, (with - alone) / Math.max(1, n));
    // keeps the dataset reachable until it has been measured
    if (whole.activities().isEmpty() && structure != null) {
      System.out.println();
    }
  }

  /** The heap in use after full collections, once it no longer shrinks. */
  private static long used() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long before = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      long now = memory.getHeapMemoryUsage().getUsed();
      if (now >= before) {
        return now;
      }
      before = now;
    }
    return before;
  }
}
