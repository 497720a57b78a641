package dev.huzhu.io;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.ImmutableDataset;
import dev.huzhu.core.activity.Activity;
import dev.huzhu.core.validation.Problem;
import dev.huzhu.io.document.Decoding;
import dev.huzhu.io.document.Documents;
import dev.huzhu.io.document.Node;
import dev.huzhu.io.document.TreePath;
import dev.huzhu.io.internal.dataset.DatasetDocument;
import dev.huzhu.io.internal.dataset.Locations;
import dev.huzhu.io.internal.dataset.LogSource;
import dev.huzhu.io.internal.tree.Texts;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Datasets as files (docs/files.md#dataset): the JSON document {@code {"format": "huzhu-dataset", "version": 1,
 * "schools": [...], ...}}, optionally with activity logs and score files beside it.
 *
 * <p>Reading is strict and complete: every problem of every file is reported together, each with
 * file, line, column and path; only when the files read cleanly is the whole dataset validated
 * (references, terms, quantities, docs/files.md#dataset-validation), and its problems are reported at the line of the
 * element they concern. What is returned is always a valid dataset.
 */
public final class DatasetFiles {
  private DatasetFiles() {}

  /** Reads and validates a dataset document. */
  public static Dataset read(Path json) {
    return read(json, List.of(), List.of(), ReadLimits.defaults());
  }

  public static Dataset read(Path json, ReadLimits limits) {
    return read(json, List.of(), List.of(), limits);
  }

  /**
   * Reads a dataset document with activity logs (CSV or JSON Lines, see {@link ActivityLogs}) and
   * score files (CSV, see {@link ScoreFiles}) beside it, all into one dataset, then validates it.
   * The logs' activities follow the document's own; so do the score records.
   */
  public static Dataset read(Path json, List<Path> activityLogs, List<Path> scoreFiles) {
    return read(json, activityLogs, scoreFiles, ReadLimits.defaults());
  }

  public static Dataset read(Path json, List<Path> activityLogs, List<Path> scoreFiles,
      ReadLimits limits) {
    ImmutableDataset.Builder into = Dataset.builder();
    Locations locations = new Locations();
    List<Problem> problems = new ArrayList<>();
    // a file that cannot be opened is one problem among the others: every file is tried
    try {
      Decoding document = new Decoding(json.toString(), limits.maxProblems());
      try (Reader text = Texts.open(json)) {
        DatasetDocument.read(text, limits, document, into, locations);
      } catch (IOException e) {
        throw Texts.unreadable(json.toString(), e);
      }
      problems.addAll(document.problems());
    } catch (FileException e) {
      problems.addAll(e.problems());
    }
    for (Path log : activityLogs) {
      try {
        problems.addAll(readLog(log, limits, into, locations));
      } catch (FileException e) {
        problems.addAll(e.problems());
      }
    }
    for (Path scores : scoreFiles) {
      try {
        Decoding found = new Decoding(scores.toString(), limits.maxProblems());
        ScoreFiles.read(Texts.open(scores), found, limits, into::addScores,
            (line, column) -> locations.add("scores", scores.toString(), line, column));
        problems.addAll(found.problems());
      } catch (FileException e) {
        problems.addAll(e.problems());
      }
    }
    return validated(into, locations, problems,
        invalid -> FieldLocations.refine(invalid, json, activityLogs, limits));
  }

  private static List<Problem> readLog(Path log, ReadLimits limits, ImmutableDataset.Builder into,
      Locations locations) {
    Decoding found = new Decoding(log.toString(), limits.maxProblems());
    LogFormat format = Texts.kind(log, LogFormat::of); // before the file is opened
    try (LogSource source = LogSource.open(Texts.open(log), format, found, limits)) {
      for (Optional<Activity> a = source.next(); a.isPresent(); a = source.next()) {
        into.addActivities(a.get());
        // the line of the record just read: enough to find it again in the file
        locations.add("activities", log.toString(), source.lastLine(), 1);
      }
    } catch (Decoding.StopReading e) {
      // the problems so far are reported
    }
    return found.problems();
  }

  /** Reads and validates a dataset document from a reader, named {@code name} in problems. */
  public static Dataset read(Reader json, String name) {
    return read(json, name, ReadLimits.defaults());
  }

  /** Reads and validates a dataset document from a stream of UTF-8 bytes, named {@code name} in problems. */
  public static Dataset read(java.io.InputStream json, String name) {
    return read(Texts.open(json), name, ReadLimits.defaults());
  }

  public static Dataset read(Reader json, String name, ReadLimits limits) {
    ImmutableDataset.Builder into = Dataset.builder();
    Locations locations = new Locations();
    Decoding document = new Decoding(name, limits.maxProblems());
    DatasetDocument.read(json, limits, document, into, locations);
    return validated(into, locations, document.problems());
  }

  /** Reads and validates a dataset document given as text (for tests and JShell). */
  public static Dataset parse(String json) {
    return read(new StringReader(Texts.withoutBom(json)), "<text>");
  }

  /**
   * Decodes and validates a dataset written inside a document of one's own (a policy test file
   * holds one inline): an object of the dataset's collections ({@code schools}, {@code people},
   * …) without {@code format} or {@code version}. Every problem, of decoding and of the dataset's
   * validation, is recorded in {@code problems} at the line and column of the element it concerns,
   * with its path under {@code path}; the dataset is returned only when there is none.
   */
  public static Optional<Dataset> decode(Node node, TreePath path, Decoding problems) {
    ImmutableDataset.Builder into = Dataset.builder();
    if (!DatasetDocument.decode(node, path, problems, into)) {
      return Optional.empty();
    }
    Dataset dataset = into.build();
    int before = problems.count();
    for (Problem p : dataset.validate()) {
      Node at = Documents.locate(node, p.path());
      problems.add(p.under(path.toString()), at.line(), at.column());
    }
    return problems.count() == before ? Optional.of(dataset) : Optional.empty();
  }

  private static Dataset validated(ImmutableDataset.Builder into, Locations locations,
      List<Problem> problems) {
    return validated(into, locations, problems, invalid -> invalid);
  }

  /**
   * The dataset, or every problem: of reading, else of its validation, each placed first at the
   * element it concerns and then by {@code refine} (at the field, where the files can be read
   * again).
   */
  private static Dataset validated(ImmutableDataset.Builder into, Locations locations,
      List<Problem> problems, java.util.function.UnaryOperator<List<Problem>> refine) {
    if (!problems.isEmpty()) {
      throw new InvalidFileException("the input files are not valid", problems);
    }
    Dataset dataset = into.build();
    List<Problem> invalid = new ArrayList<>();
    for (Problem p : dataset.validate()) {
      invalid.add(locations.place(p));
    }
    if (!invalid.isEmpty()) {
      throw new InvalidFileException("the dataset is not valid", refine.apply(invalid));
    }
    return dataset;
  }

  /** Writes the dataset as a JSON document; the same dataset always gives the same bytes. */
  public static void write(Dataset dataset, Writer out) {
    DatasetDocument.write(dataset, out);
  }

  /** Writes the dataset as a JSON document in UTF-8; the stream is flushed, not closed. */
  public static void write(Dataset dataset, java.io.OutputStream json) {
    Texts.toStream(json, out -> write(dataset, out));
  }

  public static void write(Dataset dataset, Path json) {
    try (Writer out = Files.newBufferedWriter(json, StandardCharsets.UTF_8)) {
      write(dataset, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String toJson(Dataset dataset) {
    StringWriter out = new StringWriter();
    write(dataset, out);
    return out.toString();
  }
}
