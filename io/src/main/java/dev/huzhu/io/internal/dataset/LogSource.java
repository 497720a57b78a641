package dev.huzhu.io.internal.dataset;

import dev.huzhu.core.activity.Activity;
import dev.huzhu.core.validation.Problem;
import dev.huzhu.io.LogFormat;
import dev.huzhu.io.ReadLimits;
import dev.huzhu.io.document.Decoding;
import dev.huzhu.io.document.Documents;
import dev.huzhu.io.document.Node;
import dev.huzhu.io.document.TreePath;
import dev.huzhu.io.internal.csv.CsvReader;
import dev.huzhu.io.internal.csv.CsvTable;
import dev.huzhu.io.internal.csv.Lines;
import dev.huzhu.io.internal.tree.Formats;
import dev.huzhu.io.internal.tree.TreeReader;
import java.io.Closeable;
import java.io.Reader;
import java.util.Optional;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The activities of a log file, one record at a time: records that cannot be read are reported
 * and passed over, so one pass reports every bad record; each good one comes with a way to place
 * a later problem (from checking it against the dataset) at its line and column.
 */
public abstract class LogSource implements Closeable {
  final Decoding problems;
  final ReadLimits limits;
  long records;

  LogSource(Decoding problems, ReadLimits limits) {
    this.problems = problems;
    this.limits = limits;
  }

  /** Opens a log in the given format. */
  public static LogSource open(Reader text, LogFormat format, Decoding problems, ReadLimits limits) {
    return format == LogFormat.CSV ? new Csv(text, problems, limits) : new JsonLines(text, problems, limits);
  }

  /** The next activity that read cleanly, or empty at the end of the file. */
  public abstract Optional<Activity> next();

  /** A problem of the activity last returned, placed at the line and column of its path. */
  public abstract void report(Problem problem);

  /** Closes the file; reading problems stay with {@link #problems()}. */
  @Override
  public abstract void close();

  /** The line the activity last returned starts on. */
  public abstract int lastLine();

  /** Records read so far, good or bad (not counting a header). */
  public long records() {
    return records;
  }

  public Decoding problems() {
    return problems;
  }

  private static final class Csv extends LogSource {
    private final CsvReader reader;
    private final Optional<CsvTable> table;
    private final Optional<ActivityColumns.Decoder> decoder;
    private CsvTable.Row last;

    Csv(Reader text, Decoding problems, ReadLimits limits) {
      super(problems, limits);
      this.reader = new CsvReader(text, problems, limits);
      this.table = CsvTable.open(reader, problems, ActivityColumns.COLUMNS, ActivityColumns.REQUIRED,
          "an activity log");
      this.decoder = table.map(t -> new ActivityColumns.Decoder(t, limits));
    }

    @Override
    public Optional<Activity> next() {
      if (table.isEmpty()) {
        return Optional.empty();
      }
      while (true) {
        Optional<CsvTable.Row> row = table.get().next();
        records = table.get().rowsRead();
        if (row.isEmpty()) {
          return Optional.empty();
        }
        Optional<Activity> a = decoder.get().activity(row.get());
        if (a.isPresent()) {
          last = row.get();
          return a;
        }
      }
    }

    @Override
    public int lastLine() {
      return last.line();
    }

    @Override
    public void report(Problem problem) {
String column = Cells.column(problem.path());
      problems.add(problem.code(), problem.path(), last.lineOf(column), last.columnOf(column),
          problem.message());
    }

    @Override
    public void close() {
      reader.close();
    }
  }

  private static final class JsonLines extends LogSource {
    private final Lines lines;
    private final JsonFactory json;
    private Node last;
    private int lastLine;

    JsonLines(Reader text, Decoding problems, ReadLimits limits) {
      super(problems, limits);
      this.lines = new Lines(text, problems, limits.maxRecordChars());
      this.json = Formats.json(limits);
    }

    @Override
    public Optional<Activity> next() {
      while (true) {
        Optional<String> line = lines.next();
        if (line.isEmpty()) {
          return Optional.empty();
        }
        records++;
        int number = lines.number();
        if (line.get().isBlank()) {
          problems.add(dev.huzhu.io.IoProblemCode.MALFORMED, "", number, 1, "a blank line; every"
              + " line of a JSON Lines log is one activity");
          continue;
        }
        problems.lineOffset(number - 1);
        try (JsonParser parser = json.createParser(ObjectReadContext.empty(), line.get())) {
          Optional<Node> root = TreeReader.readDocument(parser, problems, limits);
          Optional<Activity> a = root.flatMap(r -> ActivityCodec.activity(r, TreePath.root(), problems));
          if (a.isPresent()) {
            last = root.get();
            lastLine = number;
            return a;
          }
        } finally {
          problems.lineOffset(0);
        }
      }
    }

    @Override
    public int lastLine() {
      return lastLine;
    }

    @Override
    public void report(Problem problem) {
      Node at = Documents.locate(last, problem.path());
      problems.lineOffset(lastLine - 1);
      try {
        problems.add(problem.code(), problem.path(), at.line(), at.column(), problem.message());
      } finally {
        problems.lineOffset(0);
      }
    }

    @Override
    public void close() {
      lines.close();
    }
  }
}
