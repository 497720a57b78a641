package dev.huzhu.cli;

import dev.huzhu.core.HuzhuException;
import dev.huzhu.core.validation.Problem;
import dev.huzhu.io.IoProblemCode;
import dev.huzhu.testkit.ExpectationOutcome;
import dev.huzhu.testkit.PolicyTestFileRun;
import dev.huzhu.testkit.PolicyTestFiles;
import dev.huzhu.testkit.PolicyTestRun;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code huzhu test PATH...}: runs policy test files (docs/files.md#policy-test-files) and prints, for each file, its
 * path and then {@code   PASS name} or {@code   FAIL name (line L)} for every expectation in the file's
 * order — a failure followed by its message and the explanation of the figure, indented by six
 * spaces — or {@code   INVALID: N problems} followed by every problem of a file that cannot run;
 * then one summary line, {@code N files, M expectations: P passed, F failed[, I invalid files]}.
 * The status is 1 when an expectation failed or a file is invalid.
 *
 * <p>A path that does not exist, a folder without a test file, and a test file found twice are
 * problems of the command line: they are all reported on the error stream, as the other commands
 * report unreadable input, and no test is run.
 */
@Command(name = "test", mixinStandardHelpOptions = true,
    // one line each, so that no file pattern is broken at its dots
    description = {"Runs policy tests and prints PASS or FAIL for every expectation.",
        "Each PATH is a policy test file, or a folder whose *.test.yaml, *.test.yml",
        "and *.test.json files (in subfolders too) are run in the order of their paths.",
        "A failure shows its explanation; a file that cannot be run shows INVALID and",
        "every problem. Last comes a summary. The status is 1 unless every file is",
        "valid and every expectation holds."})
final class TestCommand implements Callable<Integer> {
  /** The depth of a failure's explanation and of an invalid file's problems. */
  private static final String DETAIL = "      ";

  @ParentCommand
  Huzhu huzhu;

  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "A policy test file, or a folder of them.")
  List<Path> paths = new ArrayList<>();

  @Option(names = {"-q", "--quiet"},
      description = "Print only failures, invalid files and the summary.")
  boolean quiet;

  @Override
  public Integer call() {
    // each file's lines are printed as soon as it has run, and only its counts are kept: a folder
    // of many large test files needs no more memory than its largest file
    long[] counts = new long[4]; // files, passed, failed, invalid files
    for (Path file : testFiles()) {
      PolicyTestFileRun run = PolicyTestRun.runFile(file);
      if (!quiet || !run.isSuccess()) {
        StringBuilder s = new StringBuilder();
        print(run, s);
        huzhu.print(s.toString());
      }
      counts[0]++;
      counts[1] += run.passed();
      counts[2] += run.failed();
      counts[3] += run.isValid() ? 0 : 1;
    }
    huzhu.print(summary(counts));
    return counts[2] == 0 && counts[3] == 0 ? 0 : Huzhu.INVALID;
  }

  /** The test files at every path, or every problem of the paths together. */
  private List<Path> testFiles() {
    List<Problem> problems = new ArrayList<>();
    List<Path> files = new ArrayList<>();
    Map<Path, Path> seen = new HashMap<>(); // the real file → the name it was first found by
    for (Path path : paths) {
      List<Path> found = Inputs.collecting(() -> PolicyTestFiles.find(path), problems);
      if (found == null) {
        continue;
      }
      if (found.isEmpty()) {
        problems.add(Problem.of(CommandProblemCode.NO_TEST_FILE, "", "no policy test file"
            + " (*.test.yaml, *.test.yml, *.test.json) under " + path));
      }
      for (Path file : found) {
        Path first = seen.putIfAbsent(real(file), file);
        if (first == null) {
          files.add(file);
        } else {
          problems.add(Problem.of(IoProblemCode.DUPLICATE_ELEMENT, "", "the test file " + file
              + " is given twice (also as " + first + "): its expectations would count twice"));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new HuzhuException("invalid input", problems);
    }
    return files;
  }

  // two names of one file (a/../a/x.test.yaml, a link) are the same file
  private static Path real(Path file) {
    try {
      return file.toRealPath();
    } catch (IOException e) {
      return file.toAbsolutePath().normalize(); // unreadable: running it reports why
    }
  }

  private void print(PolicyTestFileRun file, StringBuilder s) {
    s.append(file.file()).append('\n');
    if (!file.isValid()) {
      s.append("  INVALID: ").append(Inputs.count(file.problems().size(), "problem")).append('\n');
      file.problems().forEach(p -> detail(p.toString(), s));
      return;
    }
    for (ExpectationOutcome r : file.outcomes()) {
      if (r.passed()) {
        if (!quiet) {
          s.append("  PASS ").append(r.name()).append('\n');
        }
      } else {
        s.append("  FAIL ").append(r.name())
            .append(r.location().map(at -> " (line " + at.line() + ")").orElse("")).append('\n');
        detail(r.describe(), s);
      }
    }
  }

  /** Each line indented; a blank line stays empty, so that no line ends in spaces. */
  private static void detail(String text, StringBuilder s) {
    text.stripTrailing().lines().forEach(line ->
        s.append(line.isBlank() ? "" : DETAIL + line).append('\n'));
  }

  private static String summary(long[] counts) {
    return Inputs.count(counts[0], "file") + ", " + Inputs.count(counts[1] + counts[2], "expectation")
        + ": " + counts[1] + " passed, " + counts[2] + " failed"
        + (counts[3] == 0 ? "" : ", " + Inputs.count(counts[3], "invalid file"));
  }
}
