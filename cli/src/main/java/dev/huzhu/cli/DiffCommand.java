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
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code huzhu diff}: two reports side by side, subject by subject — either two report files
 * ({@code huzhu diff before.json after.json}) or one dataset under two policies
 * ({@code huzhu diff --data d.json --policy a.yaml --policy b.yaml}).
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = {"Compares two reports subject by subject: both totals, ranks and grades, and"
        + " what moved.",
        "Give two report files (JSON, as assess --format json writes them), or a dataset and two"
        + " policies to assess it under."})
final class DiffCommand implements Callable<Integer> {
  @ParentCommand
  Huzhu huzhu;

  @Spec
  CommandSpec spec;

  @Parameters(arity = "0..2", paramLabel = "REPORT", description = "Two report files (JSON): before, then after.")
  List<Path> reports = new ArrayList<>();

  @Option(names = "--data", paramLabel = "FILE", description = "The dataset (JSON), to assess under two policies.")
  Path data;

  @Option(names = "--activities", paramLabel = "FILE", converter = Inputs.LogFile.class,
      description = "An activity log beside the dataset; repeatable.")
  List<Path> activities = new ArrayList<>();

  @Option(names = "--scores", paramLabel = "FILE", description = "Score records beside the dataset (CSV); repeatable.")
  List<Path> scores = new ArrayList<>();

  @Option(names = "--policy", paramLabel = "FILE", converter = Inputs.PolicyFile.class,
      description = "A policy (YAML or JSON); give it twice: before, then after.")
  List<Path> policies = new ArrayList<>();

  @Option(names = "--all", description = "Every subject, not only those that moved.")
  boolean all;

  @Option(names = {"-q", "--quiet"}, description = "No progress line.")
  boolean quiet;

  @Override
  public Integer call() {
    List<Report> pair = reports.isEmpty() ? assessTwice() : readTwo();
    huzhu.print(pair.get(0).compare(pair.get(1)).table(!all));
    return 0;
  }

  private List<Report> readTwo() {
    if (reports.size() != 2 || data != null || !policies.isEmpty() || !activities.isEmpty()
        || !scores.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "give two report files, or --data with two"
          + " --policy options, not both");
    }
    List<Problem> problems = new ArrayList<>();
    Report before = Inputs.collecting(() -> ReportFiles.readJson(reports.get(0)), problems);
    Report after = Inputs.collecting(() -> ReportFiles.readJson(reports.get(1)), problems);
    if (!problems.isEmpty()) {
      throw new HuzhuException("invalid input", problems);
    }
    return List.of(before, after);
  }

  private List<Report> assessTwice() {
    if (data == null || policies.size() != 2) {
      throw new ParameterException(spec.commandLine(), "give two report files, or --data with"
          + " exactly two --policy options (before, then after)");
    }
    Inputs inputs = new Inputs();
    inputs.data = data;
    inputs.activities = activities;
    inputs.scores = scores;
    inputs.quiet = quiet;
    List<Problem> problems = new ArrayList<>();
    Policy before = Inputs.collecting(() -> PolicyFiles.read(policies.get(0)), problems);
    Policy after = Inputs.collecting(() -> PolicyFiles.read(policies.get(1)), problems);
    Dataset read = Inputs.collecting(() -> inputs.readWhole(huzhu), problems);
    if (!problems.isEmpty()) {
      throw new HuzhuException("invalid input", problems);
    }
    return List.of(Assessment.of(before).run(read), Assessment.of(after).run(read));
  }
}
