package dev.huzhu.io;

import com.google.common.collect.ImmutableList;
import dev.huzhu.core.score.ScoreRecord;
import dev.huzhu.io.document.Decoding;
import dev.huzhu.io.internal.csv.CsvReader;
import dev.huzhu.io.internal.csv.CsvTable;
import dev.huzhu.io.internal.csv.CsvWriter;
import dev.huzhu.io.internal.dataset.ScoreColumns;
import dev.huzhu.io.internal.tree.Texts;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Score records (质量检测成绩) as CSV files beside a dataset (docs/files.md#score-records); the columns are
 * {@link ScoreColumns#COLUMNS}.
 */
public final class ScoreFiles {
  private ScoreFiles() {}

  /** Reads a score file strictly; every bad row is reported with its line and column. */
  public static ImmutableList<ScoreRecord> read(Path csv) {
    return read(csv, ReadLimits.defaults());
  }

  public static ImmutableList<ScoreRecord> read(Path csv, ReadLimits limits) {
    Decoding problems = new Decoding(csv.toString(), limits.maxProblems());
    ImmutableList.Builder<ScoreRecord> records = ImmutableList.builder();
    read(Texts.open(csv), problems, limits, records::add, (line, column) -> { });
    problems.throwIfAny("the score file");
    return records.build();
  }

  /** Reads score records from a reader strictly, named {@code name} in problems. */
  public static ImmutableList<ScoreRecord> read(Reader csv, String name) {
    return read(csv, name, ReadLimits.defaults());
  }

  public static ImmutableList<ScoreRecord> read(Reader csv, String name, ReadLimits limits) {
    Decoding problems = new Decoding(name, limits.maxProblems());
    ImmutableList.Builder<ScoreRecord> records = ImmutableList.builder();
    read(csv, problems, limits, records::add, (line, column) -> { });
    problems.throwIfAny("the score file");
    return records.build();
  }

  /** Reads score records from a stream of UTF-8 bytes (a byte-order mark is skipped). */
  public static ImmutableList<ScoreRecord> read(java.io.InputStream csv, String name) {
    return read(Texts.open(csv), name);
  }

  /** Reads score records given as CSV text (for tests and JShell), named {@code name} in problems. */
  public static ImmutableList<ScoreRecord> parse(String text, String name) {
    Decoding problems = new Decoding(name, ReadLimits.defaults().maxProblems());
    ImmutableList.Builder<ScoreRecord> records = ImmutableList.builder();
    read(new java.io.StringReader(Texts.withoutBom(text)), problems, ReadLimits.defaults(),
        records::add, (line, column) -> { });
    problems.throwIfAny("the score file");
    return records.build();
  }

  /** Where each record read was, for placing later problems. */
  interface Placed {
    void at(int line, int column);
  }

  static void read(Reader text, Decoding problems, ReadLimits limits, Consumer<ScoreRecord> into,
      Placed placed) {
    try (CsvReader reader = new CsvReader(text, problems, limits)) {
      Optional<CsvTable> table = CsvTable.open(reader, problems, ScoreColumns.COLUMNS,
          ScoreColumns.REQUIRED, "a score file");
      if (table.isEmpty()) {
        return;
      }
      for (Optional<CsvTable.Row> row = table.get().next(); row.isPresent(); row = table.get().next()) {
        Optional<ScoreRecord> r = ScoreColumns.score(row.get(), limits);
        if (r.isPresent()) {
          into.accept(r.get());
          placed.at(row.get().line(), 1);
        }
      }
    } catch (Decoding.StopReading e) {
      // the problems so far are thrown by the caller
    }
  }

  /** Writes score records as CSV with a header and a byte-order mark. */
  public static void write(List<ScoreRecord> records, Writer out) {
    CsvWriter csv = CsvWriter.of(out);
    ScoreColumns.header(csv);
    records.forEach(r -> ScoreColumns.write(r, csv));
    csv.flush();
  }

  /** Writes score records as CSV in UTF-8 to a stream; the stream is flushed, not closed. */
  public static void write(List<ScoreRecord> records, java.io.OutputStream csv) {
    Texts.toStream(csv, out -> write(records, out));
  }

  public static void write(List<ScoreRecord> records, Path csv) {
    try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      write(records, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
