package dev.huzhu.examples;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.synthetic.Scale;
import dev.huzhu.core.synthetic.SyntheticDataset;
import dev.huzhu.core.synthetic.SyntheticDatasets;
import dev.huzhu.io.ActivityLogs;
import dev.huzhu.io.DatasetFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a generated county as files, for trying the command line on data of any size: the
 * structure and score records as {@code dataset.json}, the activity log beside it as
 * {@code activities.csv} (or {@code .jsonl}), written as it is generated, never held.
 *
 * <p>{@code java -cp examples/target/huzhu-examples.jar dev.huzhu.examples.WriteSynthetic SEED
 * COMMUNITIES PAIRINGS ACTIVITIES FOLDER [csv|jsonl]}
 */
public final class WriteSynthetic {
  private WriteSynthetic() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 5) {
      System.err.println("usage: WriteSynthetic SEED COMMUNITIES PAIRINGS ACTIVITIES FOLDER [csv|jsonl]");
      System.exit(2);
    }
    SyntheticDataset county = SyntheticDatasets.generate(Long.parseLong(args[0]),
        Scale.of(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Long.parseLong(args[3])));
    Path folder = Files.createDirectories(Path.of(args[4]));
    String extension = args.length > 5 ? args[5] : "csv";
    Dataset structure = county.structure();
    long start = System.nanoTime();
    DatasetFiles.write(Dataset.builder().copyFrom(structure).activities(List.of()).build(),
        folder.resolve("dataset.json"));
    Path log = folder.resolve("activities." + extension);
    ActivityLogs.write(() -> county.activities().iterator(), log);
    System.out.printf("wrote %s and %s (%d activities, %d MiB) in %.1f s%n",
        folder.resolve("dataset.json"), log, county.scale().activities(), Files.size(log) >> 20,
        (System.nanoTime() - start) / 1e9);
  }
}
