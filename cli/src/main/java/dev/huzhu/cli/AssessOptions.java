package dev.huzhu.cli;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.HuzhuException;
import dev.huzhu.core.validation.Problem;
import dev.huzhu.evaluation.Assessment;
import dev.huzhu.evaluation.policy.Policy;
import dev.huzhu.evaluation.report.Report;
import dev.huzhu.io.PolicyFiles;
import dev.huzhu.io.ReportFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import picocli.CommandLine.Option;

/** The options of an assessment ({@code assess}, {@code explain}), and the assessment itself. */
final class AssessOptions {
  @Option(names = "--policy", required = true, paramLabel = "FILE",
      converter = Inputs.PolicyFile.class,
      description = "The policy (YAML or JSON).")
  Path policy;

  @Option(names = "--stream",
      description = "Read the activity logs as streams, never held whole: for logs too large to"
          + " hold. Each record is checked against the dataset; unique ids across the logs and"
          + " follow-ups are not.")
  boolean stream;

  @Option(names = "--redact", description = "Replace every person's name by their id.")
  boolean redact;

  @Option(names = "--threads", paramLabel = "N", converter = Threads.class,
      description = "Decode and check streamed activity logs on N threads (default: every"
          + " core). The report is the same for every N.")
  int threads = Runtime.getRuntime().availableProcessors();

  /** Reads the policy and the files, assesses, and redacts if asked. */
  Report assess(Inputs inputs, Huzhu huzhu) {
    return assess(inputs, huzhu, d -> { });
  }

  /** As {@link #assess(Inputs, Huzhu)}, handing the dataset read (its log aside when streamed) to {@code read}. */
  Report assess(Inputs inputs, Huzhu huzhu, Consumer<Dataset> read) {
    List<Problem> problems = new ArrayList<>();
    Policy policyRead = Inputs.collecting(() -> PolicyFiles.read(policy), problems);
    Dataset data = Inputs.collecting(
        () -> stream ? inputs.readStructure() : inputs.readWhole(huzhu), problems);
    if (!problems.isEmpty()) {
      throw new HuzhuException("invalid input", problems);
    }
    Assessment assessment = Assessment.of(policyRead);
    Report report;
    if (stream) {
      try (LogChain logs = new LogChain(inputs.activities, data, threads);
          Progress p = huzhu.progress(inputs.quiet, "reading activities", logs::recordsRead)) {
        report = assessment.run(data, logs.activities());
      }
    } else {
      report = assessment.run(data);
    }
    read.accept(data);
    return redact ? ReportFiles.redact(report) : report;
  }

  /** A number of threads: 1 or more. */
  static final class Threads implements picocli.CommandLine.ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      int n;
      try {
        n = Integer.parseInt(value);
      } catch (NumberFormatException e) {
        throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not a whole number");
      }
      if (n < 1) {
        throw new picocli.CommandLine.TypeConversionException("a number of threads is 1 or more, not " + n);
      }
      return n;
    }
  }
}
