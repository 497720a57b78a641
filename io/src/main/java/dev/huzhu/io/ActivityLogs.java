package dev.huzhu.io;

import com.google.common.collect.ImmutableList;
import dev.huzhu.core.Dataset;
import dev.huzhu.core.activity.Activity;
import dev.huzhu.core.validation.DatasetValidator;
import dev.huzhu.io.document.Decoding;
import dev.huzhu.io.internal.csv.CsvWriter;
import dev.huzhu.io.internal.dataset.ActivityCodec;
import dev.huzhu.io.internal.dataset.ActivityColumns;
import dev.huzhu.io.internal.dataset.LogSource;
import dev.huzhu.io.internal.dataset.ParallelLog;
import dev.huzhu.io.internal.tree.Formats;
import dev.huzhu.io.internal.tree.Texts;
import dev.huzhu.io.internal.tree.TreeWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;

/**
 * Activity logs (活动记录) as CSV or JSON Lines files beside a dataset (docs/files.md#activity-logs): read whole, read
 * as a stream of any length, or written. The format comes from the file name
 * ({@link LogFormat#of}); the columns of the CSV form are {@link ActivityColumns#COLUMNS}.
 */
public final class ActivityLogs {
  private ActivityLogs() {}

  /**
   * Reads a whole log strictly. Every record that cannot be read is reported, with its line and
   * column; nothing is checked against a dataset here (see {@link DatasetFiles#read(Path,
   * java.util.List, java.util.List)} for that).
   */
  public static ImmutableList<Activity> read(Path log) {
    return read(log, ReadLimits.defaults());
  }

  public static ImmutableList<Activity> read(Path log, ReadLimits limits) {
    return read(log, limits, cores());
  }

  /**
   * As {@link #read(Path, ReadLimits)}, decoding on {@code threads} threads (1: in order on the
   * caller's thread). The activities and the problems are the same whatever the number: a log
   * with problems is read a second time, in order, so that they are reported as that reading
   * finds them.
   */
  public static ImmutableList<Activity> read(Path log, ReadLimits limits, int threads) {
    LogFormat format = Texts.kind(log, LogFormat::of); // before the file is opened
    if (threads > 1) {
      ImmutableList.Builder<Activity> activities = ImmutableList.builder();
      try (ParallelLog parallel = new ParallelLog(() -> Texts.open(log), format, log.toString(),
          limits, threads, a -> List.of(), () -> readInOrder(log, format, limits))) {
        parallel.activities().forEachRemaining(activities::add);
      }
      return activities.build();
    }
    return readInOrder(log, format, limits);
  }

  private static ImmutableList<Activity> readInOrder(Path log, LogFormat format, ReadLimits limits) {
    Decoding problems = new Decoding(log.toString(), limits.maxProblems());
    ImmutableList.Builder<Activity> activities = ImmutableList.builder();
    try (LogSource source = LogSource.open(Texts.open(log), format, problems, limits)) {
      for (Optional<Activity> a = source.next(); a.isPresent(); a = source.next()) {
        activities.add(a.get());
      }
    } catch (Decoding.StopReading e) {
      // the problems so far are thrown below
    }
    problems.throwIfAny("the activity log");
    return activities.build();
  }

  /** How many threads a log is decoded on by default: every core. */
  private static int cores() {
    return Runtime.getRuntime().availableProcessors();
  }

  /**
   * Reads a whole log from a reader strictly, named {@code name} in problems; as
   * {@link #read(Path)}, on one thread.
   */
  public static ImmutableList<Activity> read(Reader log, String name, LogFormat format) {
    return read(log, name, format, ReadLimits.defaults());
  }

  public static ImmutableList<Activity> read(Reader log, String name, LogFormat format,
      ReadLimits limits) {
    Decoding problems = new Decoding(name, limits.maxProblems());
    ImmutableList.Builder<Activity> activities = ImmutableList.builder();
    try (LogSource source = LogSource.open(log, format, problems, limits)) {
      for (Optional<Activity> a = source.next(); a.isPresent(); a = source.next()) {
        activities.add(a.get());
      }
    } catch (Decoding.StopReading e) {
      // the problems so far are thrown below
    }
    problems.throwIfAny("the activity log");
    return activities.build();
  }

  /** Reads a whole log from a stream of UTF-8 bytes (a byte-order mark is skipped). */
  public static ImmutableList<Activity> read(java.io.InputStream log, String name, LogFormat format) {
    return read(Texts.open(log), name, format);
  }

  /** Reads a log given as text (for tests and JShell), named {@code name} in problems. */
  public static ImmutableList<Activity> parse(String text, LogFormat format, String name) {
    Decoding problems = new Decoding(name, ReadLimits.defaults().maxProblems());
    ImmutableList.Builder<Activity> activities = ImmutableList.builder();
    try (LogSource source = LogSource.open(new java.io.StringReader(Texts.withoutBom(text)), format,
        problems, ReadLimits.defaults())) {
      for (Optional<Activity> a = source.next(); a.isPresent(); a = source.next()) {
        activities.add(a.get());
      }
    } catch (Decoding.StopReading e) {
      // the problems so far are thrown below
    }
    problems.throwIfAny("the activity log");
    return activities.build();
  }

  /**
   * Opens a log to be read as a stream, each record checked against the dataset; close it when
   * done (or use try-with-resources).
   */
  public static LogStream open(Path log, Dataset dataset) {
    return open(log, dataset, ReadLimits.defaults());
  }

  public static LogStream open(Path log, Dataset dataset, ReadLimits limits) {
    return open(log, dataset, limits, cores());
  }

  /**
   * As {@link #open(Path, Dataset, ReadLimits)}, decoding and checking the records on
   * {@code threads} threads (1: in order, on the thread that reads the stream). The stream is
   * the same whatever the number: the records in file order, and at its end the problems of a
   * reading in order — a log with problems is read a second time, in order, to find them.
   */
  public static LogStream open(Path log, Dataset dataset, ReadLimits limits, int threads) {
    LogFormat format = Texts.kind(log, LogFormat::of); // before the file is opened
    if (threads > 1) {
      return new LogStream(new ParallelLog(() -> Texts.open(log), format, log.toString(), limits,
          threads, a -> DatasetValidator.validateLogRecord(dataset, a),
          () -> LogStream.drain(inOrder(log, format, dataset, limits))), dataset);
    }
    return inOrder(log, format, dataset, limits);
  }

  private static LogStream inOrder(Path log, LogFormat format, Dataset dataset, ReadLimits limits) {
    Decoding problems = new Decoding(log.toString(), limits.maxProblems());
    return new LogStream(LogSource.open(Texts.open(log), format, problems, limits), dataset);
  }

  /** Opens a log given as a reader, named {@code name} in problems. */
  public static LogStream open(Reader log, String name, LogFormat format, Dataset dataset,
      ReadLimits limits) {
    Decoding problems = new Decoding(name, limits.maxProblems());
    return new LogStream(LogSource.open(log, format, problems, limits), dataset);
  }

  /** Writes activities as a log to a stream in UTF-8; the stream is flushed, not closed. */
  public static void write(Iterable<Activity> activities, java.io.OutputStream out, LogFormat format) {
    Texts.toStream(out, w -> write(activities, w, format));
  }

  /** Writes activities as a log, in the format its name says. */
  public static void write(Iterable<Activity> activities, Path log) {
    try (Writer out = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
      write(activities, out, LogFormat.of(log));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes activities as a CSV log (with a byte-order mark) or as JSON Lines. */
  public static void write(Iterable<Activity> activities, Writer out, LogFormat format) {
    if (format == LogFormat.CSV) {
      CsvWriter csv = CsvWriter.of(out);
      ActivityColumns.header(csv);
      for (Activity a : activities) {
        ActivityColumns.write(a, csv);
      }
      csv.flush();
      return;
    }
    JsonFactory json = Formats.json();
    try {
      for (Activity a : activities) {
        try (JsonGenerator g = TreeWriter.generator(json, out, false)) {
          TreeWriter.write(ActivityCodec.activity(a), g);
        }
        out.write('\n');
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
