package dev.huzhu.examples;

import dev.huzhu.core.Dataset;
import dev.huzhu.evaluation.policy.Policy;
import dev.huzhu.io.DatasetFiles;
import dev.huzhu.io.PolicyFiles;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The seed as files (the folder {@code examples/data} of the project, bundled in the examples jar):
 * {@code seed.json}, the structure of the five sites (schools, people, communities, teams,
 * exchanges, pairings, party branches), and beside it each {@link Site}'s activity log
 * ({@code zhucheng-activities.csv}, …) and, for the sites that test pupils, its score records
 * ({@code zhucheng-scores.csv}, {@code jingbian-scores.csv}); and the policies as
 * {@code policies/*.yaml}: the built-in ones of docs/assessment.md#built-in-policies and the two
 * the examples write for 巴南 and 济宁. They hold exactly what {@link SeedDataset} and
 * {@code BuiltInPolicies} build in Java (the tests check it).
 */
public final class SeedFiles {
  private SeedFiles() {}

  /** The dataset's document: the structure of the five sites, without their records. */
  public static final String DATASET = "seed.json";
  /** 诸城's term of activities, a CSV activity log. */
  public static final String ACTIVITIES = Site.ZHUCHENG.activitiesFile();
  /** 诸城's test scores, a CSV score file. */
  public static final String SCORES = Site.ZHUCHENG.scoresFile().orElseThrow();

  /** The folder of the bundled files, inside the jar or in the build's classes. */
  public static Path folder() {
    URL url = SeedFiles.class.getResource("data/" + DATASET);
    if (url == null) {
      throw new IllegalStateException("the seed's files are not on the class path");
    }
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        FileSystem jar;
        try {
          jar = FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
          jar = FileSystems.getFileSystem(uri);
        }
        return jar.provider().getPath(uri).getParent();
      }
      return Path.of(uri).getParent();
    } catch (URISyntaxException | IOException e) {
      throw new IllegalStateException("cannot open the seed's files at " + url, e);
    }
  }

  /** Reads the seed's dataset from the files of a folder: the document, every site's records. */
  public static Dataset read(Path folder) {
    List<Path> logs = new ArrayList<>();
    List<Path> scores = new ArrayList<>();
    for (Site site : Site.values()) {
      logs.add(folder.resolve(site.activitiesFile()));
      site.scoresFile().ifPresent(f -> scores.add(folder.resolve(f)));
    }
    return DatasetFiles.read(folder.resolve(DATASET), logs, scores);
  }

  /** Reads the bundled seed dataset. */
  public static Dataset read() {
    return read(folder());
  }

  /** Reads the bundled policy that assesses a site. */
  public static Policy policy(Site site) {
    return policy(site.policyFile());
  }

  /** Reads a bundled policy by its file name, e.g. {@code zhucheng-bundled.yaml}. */
  public static Policy policy(String name) {
    return PolicyFiles.read(folder().resolve("policies").resolve(name));
  }

}
