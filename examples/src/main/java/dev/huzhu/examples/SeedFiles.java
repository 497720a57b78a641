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
import java.util.List;
import java.util.Map;

/**
 * The seed as files (the folder {@code examples/data} of the project, bundled in the examples jar):
 * {@code seed.json}, the dataset of the five seed documents (with 靖边's test scores) without
 * 诸城's activity log and test scores, which lie beside it as {@code zhucheng-activities.csv} and
 * {@code zhucheng-scores.csv}; and the built-in policies of docs/assessment.md#built-in-policies
 * (the seed's three, a bureau's quality formula and 城乡均衡) as {@code policies/*.yaml}. They hold exactly what
 * {@link SeedDataset} and {@code BuiltInPolicies} build in Java (the tests check it).
 */
public final class SeedFiles {
  private SeedFiles() {}

  /** The dataset's document. */
  public static final String DATASET = "seed.json";
  /** 诸城's term of activities, a CSV activity log. */
  public static final String ACTIVITIES = "zhucheng-activities.csv";
  /** 诸城's grade 3 and 5 test scores, a CSV score file. */
  public static final String SCORES = "zhucheng-scores.csv";

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

  /** Reads the seed's dataset from the files of a folder: the document, the log, the scores. */
  public static Dataset read(Path folder) {
    return DatasetFiles.read(folder.resolve(DATASET), List.of(folder.resolve(ACTIVITIES)),
        List.of(folder.resolve(SCORES)));
  }

  /** Reads the bundled seed dataset. */
  public static Dataset read() {
    return read(folder());
  }

  /** Reads a bundled policy by its file name, e.g. {@code zhucheng-bundled.yaml}. */
  public static Policy policy(String name) {
    return PolicyFiles.read(folder().resolve("policies").resolve(name));
  }

}
