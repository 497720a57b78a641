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
 * hand and are not touched. Each record goes to its {@link Site}'s file by its id ({@code a-zc-…},
 * or the school {@code s-jb-…} of a score record).
 *
 * <p>{@code java -cp examples/target/huzhu-examples.jar dev.huzhu.examples.WriteSeedFiles examples/data}
 */
public final class WriteSeedFiles {
  private WriteSeedFiles() {}

  public static void main(String[] args) throws Exception {
    Path folder = Path.of(args.length > 0 ? args[0] : "examples/data");
    Files.createDirectories(folder);
    Dataset seed = SeedDataset.dataset();
    DatasetFiles.write(Dataset.builder().copyFrom(seed).activities(List.of()).scores(List.of())
        .build(), folder.resolve(SeedFiles.DATASET));
    int activities = 0;
    int scores = 0;
    for (Site site : Site.values()) {
      List<Activity> log = seed.activities().stream().filter(a -> site(a) == site)
          .collect(Collectors.toList());
      ActivityLogs.write(log, folder.resolve(site.activitiesFile()));
      activities += log.size();
      List<ScoreRecord> records = seed.scores().stream().filter(r -> site(r) == site)
          .collect(Collectors.toList());
      if (site.scoresFile().isPresent()) {
        ScoreFiles.write(records, folder.resolve(site.scoresFile().get()));
        scores += records.size();
      } else if (!records.isEmpty()) {
        throw new IllegalStateException(site + " has score records but no score file");
      }
    }
    System.out.println("wrote " + folder.resolve(SeedFiles.DATASET) + " and beside it "
        + activities + " activities and " + scores + " score records of " + Site.values().length
        + " sites");
  }

  /** The site of an activity, by its id: {@code a-zc-…} is 诸城's. */
  static Site site(Activity a) {
    return bySuffix(a.id().substring(2), a.id());
  }

  /** The site of a score record, by its school's id: {@code s-jb6}, {@code s-jb-hdj} are 靖边's. */
  static Site site(ScoreRecord r) {
    return bySuffix(r.school().substring(2), r.school());
  }

  private static Site bySuffix(String rest, String id) {
    for (Site site : Site.values()) {
      if (rest.startsWith(site.idPart())) {
        return site;
      }
    }
    throw new IllegalStateException(id + " belongs to no site: ids start a-zc-, s-jb- and so on");
  }
}
