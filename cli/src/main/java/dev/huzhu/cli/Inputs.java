package dev.huzhu.cli;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.HuzhuException;
import dev.huzhu.core.validation.Problem;
import dev.huzhu.io.DatasetFiles;
import dev.huzhu.io.FileSyntax;
import dev.huzhu.io.IoProblemCode;
import dev.huzhu.io.LogFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The options every command shares: the dataset, its activity logs and score files, quiet. */
final class Inputs {
  @Option(names = "--data", required = true, paramLabel = "FILE",
      description = "The dataset (JSON).")
  Path data;

  @Option(names = "--activities", paramLabel = "FILE", converter = LogFile.class,
      description = "An activity log beside the dataset: CSV (.csv) or JSON Lines (.jsonl);"
          + " repeatable.")
  List<Path> activities = new ArrayList<>();

  @Option(names = "--scores", paramLabel = "FILE",
      description = "Score records beside the dataset (CSV); repeatable.")
  List<Path> scores = new ArrayList<>();

  @Option(names = {"-q", "--quiet"},
      description = "No progress line and no notes on the error stream.")
  boolean quiet;

  /**
   * Refuses a file given twice (the same log twice would count every activity twice when
   * streamed), comparing the files themselves, not their names.
   */
  void requireDistinct() {
    List<Path> all = new ArrayList<>(List.of(data));
    all.addAll(activities);
    all.addAll(scores);
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (same(all.get(i), all.get(j))) {
          problems.add(Problem.of(IoProblemCode.DUPLICATE_ELEMENT, "", "the file " + all.get(i)
              + " is given twice (also as " + all.get(j) + "): its records would count twice"));
          break;
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new HuzhuException("invalid input", problems);
    }
  }

  private static boolean same(Path a, Path b) {
    try {
      return a.equals(b) || Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false; // unreadable: reading it reports why
    }
  }

  /** The dataset with every log and score file read whole into it, validated. */
  Dataset readWhole(Huzhu huzhu) {
    requireDistinct();
    try (Progress p = huzhu.progress(quiet, "reading " + data.getFileName()
        + (activities.isEmpty() ? "" : " and " + count(activities.size(), "activity log")), null)) {
      return DatasetFiles.read(data, activities, scores);
    }
  }

  /** The dataset with its score files but none of the logs, validated: for streaming the logs. */
  Dataset readStructure() {
    requireDistinct();
    return DatasetFiles.read(data, List.of(), scores);
  }

  /** {@code 1 school}, {@code 2 schools}. */
  static String count(long n, String noun) {
    return count(n, noun, noun + "s");
  }

  /** {@code 1 person}, {@code 2 people}. */
  static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  /** A policy's name must say its syntax: refused as a usage error before anything is read. */
  static final class PolicyFile implements ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
      return named(value, FileSyntax::of, "a policy file name: name it .yaml, .yml or .json");
    }
  }

  /** A log's name must say its format: refused as a usage error before anything is read. */
  static final class LogFile implements ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
      return named(value, LogFormat::of, "an activity log name: name it .csv, .jsonl or .ndjson");
    }
  }

  private static Path named(String value, Function<Path, ?> kind, String what) {
    try {
      Path path = Path.of(value);
      kind.apply(path);
      return path;
    } catch (IllegalArgumentException e) { // InvalidPathException too
      throw new TypeConversionException("'" + value + "' is not " + what);
    }
  }

  /**
   * The value read, or null with its problems added to {@code problems}: so that a command reads
   * every input and reports all their problems together.
   */
  static <T> T collecting(Supplier<T> read, List<Problem> problems) {
    try {
      return read.get();
    } catch (HuzhuException e) {
      problems.addAll(e.problems());
      return null;
    }
  }
}
