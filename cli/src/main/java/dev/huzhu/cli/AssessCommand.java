package dev.huzhu.cli;

import dev.huzhu.evaluation.report.Report;
import dev.huzhu.io.ReportFiles;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code huzhu assess}: the report of a dataset under a policy, as a text table, JSON or CSV.
 * CSV is two tables, subjects and people: to standard output one after the other, separated by
 * a blank line; with {@code --out report.csv}, subjects to {@code report.csv} and people to
 * {@code report-people.csv}, each file starting with the byte-order mark Excel needs.
 */
@Command(name = "assess", mixinStandardHelpOptions = true,
    description = "Assesses the dataset under the policy and writes the report.")
final class AssessCommand implements Callable<Integer> {
  /** The forms of a report. */
  enum Format { TABLE, JSON, CSV }

  @ParentCommand
  Huzhu huzhu;

  @Mixin
  Inputs inputs;

  @Mixin
  AssessOptions assess;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table (the ranked table, then the awards and people), json (every figure and"
          + " the records behind it) or csv (subjects, then people); default ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--out", paramLabel = "PATH",
      description = "Write the report to this file instead of standard output; for csv, the"
          + " people go beside it, to NAME-people.csv.")
  Path out;

  @Override
  public Integer call() {
    Report report = assess.assess(inputs, huzhu);
    switch (format) {
      case TABLE -> write(out, report.table() + "\n" + report.awardsAndPeople());
      case JSON -> {
        if (out == null) {
          huzhu.print(ReportFiles.toJson(report));
        } else {
          // straight to the file: a province's report is too large to hold twice as text
          writeFile(out, w -> ReportFiles.writeJson(report, w));
          note("wrote " + out);
        }
      }
      case CSV -> {
        if (out == null) {
          huzhu.print(csv(report, ReportFiles::writeSubjectsCsv) + "\n"
              + csv(report, ReportFiles::writePeopleCsv));
        } else {
          Path people = peopleBeside(out);
          writeFile(out, w -> ReportFiles.writeSubjectsCsv(report, w));
          writeFile(people, w -> ReportFiles.writePeopleCsv(report, w));
          note("wrote " + out + " and " + people);
        }
      }
    }
    return 0;
  }

  /** {@code report.csv} → {@code report-people.csv}; {@code report} → {@code report-people.csv}. */
  static Path peopleBeside(Path subjects) {
    String name = subjects.getFileName().toString();
    String stem = name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv")
        ? name.substring(0, name.length() - 4) : name;
    return subjects.resolveSibling(stem + "-people.csv");
  }

  private void write(Path file, String text) {
    if (file == null) {
      huzhu.print(text);
    } else {
      writeFile(file, w -> w.write(text));
      note("wrote " + file);
    }
  }

  private void note(String text) {
    if (!inputs.quiet) {
      huzhu.err().println(text);
    }
  }

  /** A CSV table as text for standard output, without the byte-order mark meant for files. */
  private static String csv(Report report, BiConsumer<Report, Writer> table) {
    StringWriter w = new StringWriter();
    table.accept(report, w);
    String s = w.toString();
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  private interface Body {
    void writeTo(Writer w) throws IOException;
  }

  private static void writeFile(Path file, Body body) {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      body.writeTo(w);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
