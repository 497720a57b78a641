package dev.huzhu.examples;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.activity.Activity;
import dev.huzhu.core.score.ScoreRecord;
import dev.huzhu.io.ActivityLogs;
import dev.huzhu.io.DatasetFiles;
import dev.huzhu.io.ScoreFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes the seed's data files from {@link SeedDataset}: run it after changing the seed in Java,
 * then review the difference of the files. The policies in {@code data/policies} are written by
 * hand and are not touched.
 *
 * <p>{@code java -cp examples/target/huzhu-examples.jar dev.huzhu.examples.WriteSeedFiles examples/data}
 */
public final class WriteSeedFiles {
  private WriteSeedFiles() {}

  public static void main(String[] args) throws Exception {
    Path folder = Path.of(args.length > 0 ? args[0] : "examples/data");
    Files.createDirectories(folder);
    Dataset seed = SeedDataset.dataset();
    List<Activity> zhucheng = seed.activities().stream().filter(WriteSeedFiles::isZhucheng)
        .collect(Collectors.toList());
    List<Activity> others = seed.activities().stream().filter(a -> !isZhucheng(a))
        .collect(Collectors.toList());
    List<ScoreRecord> zhuchengScores = seed.scores().stream().filter(WriteSeedFiles::isZhucheng)
        .collect(Collectors.toList());
    List<ScoreRecord> otherScores = seed.scores().stream().filter(r -> !isZhucheng(r))
        .collect(Collectors.toList());
    DatasetFiles.write(Dataset.builder().copyFrom(seed).activities(others).scores(otherScores)
        .build(), folder.resolve(SeedFiles.DATASET));
    ActivityLogs.write(zhucheng, folder.resolve(SeedFiles.ACTIVITIES));
    ScoreFiles.write(zhuchengScores, folder.resolve(SeedFiles.SCORES));
    System.out.println("wrote " + folder.resolve(SeedFiles.DATASET) + " (" + others.size()
        + " activities), " + zhucheng.size() + " activities and " + seed.scores().size()
        + " score records beside it");
  }

  /** 诸城's scores are the score file beside the dataset; 靖边's stay in the document. */
  static boolean isZhucheng(ScoreRecord r) {
    return r.school().startsWith("s-zc-");
  }

  /** 诸城's activities are the log beside the dataset: their ids start with a-zc-. */
  static boolean isZhucheng(Activity a) {
    return a.id().startsWith("a-zc-");
  }
}
