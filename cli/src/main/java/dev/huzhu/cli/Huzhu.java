package dev.huzhu.cli;

import dev.huzhu.core.HuzhuException;
import dev.huzhu.core.validation.Problem;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.LongSupplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * The {@code huzhu} command: {@code validate}, {@code assess} and {@code explain SUBJECT} over a
 * dataset, its activity logs and score files, and a policy; {@code test PATH...} over policy test
 * files.
 *
 * <p>Exit status: 0 when all went well; 1 for invalid input (every problem is printed on the error
 * stream, one a line with its file, line, column and path, then their count) or a policy test that
 * failed; 2 for a usage error (an unknown option, a missing file option, an unknown subject).
 * Expected failures never print a stack trace. Text is written as UTF-8 whatever the platform's
 * default.
 *
 * <p>The output streams and whether the error stream is a terminal are given to the constructor,
 * so that a program or a test runs commands in-process: {@code new Huzhu(out, err, false).execute(
 * "validate", "--data", "d.json")}.
 */
@Command(name = "huzhu", mixinStandardHelpOptions = true, versionProvider = Huzhu.Version.class,
    synopsisSubcommandLabel = "COMMAND",
    description = "Validates datasets and policies, assesses a dataset under a policy, and runs"
        + " policy tests (互助).",
    subcommands = {ValidateCommand.class, AssessCommand.class, ExplainCommand.class,
        DiffCommand.class, TestCommand.class, ShellCommand.class},
    footer = {"", "Exit status: 0 ok, 1 invalid input (every problem printed) or a failed policy"
        + " test, 2 usage."})
public final class Huzhu implements Callable<Integer> {
  /** The exit status for invalid input. */
  public static final int INVALID = 1;
  /** The exit status for a usage error. */
  public static final int USAGE = 2;

  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean terminal;

  @Spec
  private CommandSpec spec;

  /**
   * A command writing to {@code out} and {@code err}; {@code terminal} says whether {@code err} is
   * a terminal, where a progress line may be drawn.
   */
  public Huzhu(PrintWriter out, PrintWriter err, boolean terminal) {
    this.out = out;
    this.err = err;
    this.terminal = terminal;
  }

  /** Runs {@code huzhu} with the standard streams (as UTF-8) and exits with its status. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(
        new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(
        new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
    System.exit(new Huzhu(out, err, System.console() != null).execute(args));
  }

  /** Runs one command line and returns its exit status; both streams are flushed. */
  public int execute(String... args) {
    CommandLine line = new CommandLine(this)
        .setOut(out)
        .setErr(err)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler(this::failed)
        .setParameterExceptionHandler(Huzhu::misused);
    try {
      return line.execute(args);
    } catch (OutOfMemoryError e) {
      // --stream is an option of the commands that read logs, not of huzhu test
      boolean streams = line.getParseResult() == null || !line.getParseResult().hasSubcommand()
          || !line.getParseResult().subcommand().commandSpec().name().equals("test");
      err.println("huzhu: out of memory; " + (streams ? "read large activity logs with --stream,"
          + " or " : "") + "give Java more memory (java -Xmx2g -jar huzhu.jar …)");
      return INVALID;
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** {@code huzhu} alone: a usage error that names the commands. */
  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(),
        "Missing a command: validate, assess, explain or test");
  }

  PrintWriter out() {
    return out;
  }

  PrintWriter err() {
    return err;
  }

  /** Prints text followed by exactly one line end. */
  void print(String text) {
    out.print(text.endsWith("\n") ? text : text + "\n");
  }

  /** A progress line on the error stream, drawn only on a terminal and when not quiet. */
  Progress progress(boolean quiet, String what, LongSupplier records) {
    return Progress.start(err, terminal && !quiet, what, records);
  }

  private int failed(Exception e, CommandLine line, ParseResult parsed) throws Exception {
    if (e instanceof HuzhuException invalid) {
      for (Problem p : invalid.problems()) {
        err.println(p);
      }
      int n = invalid.problems().size();
      err.println(n + (n == 1 ? " problem" : " problems") + " in the input");
      return INVALID;
    }
    if (e instanceof UncheckedIOException io) {
      IOException cause = io.getCause();
      err.println(io.getMessage() + ": " + cause.getClass().getSimpleName()
          + (cause.getMessage() == null ? "" : " " + cause.getMessage()));
      return INVALID;
    }
    throw e;
  }

  private static int misused(ParameterException e, String[] args) {
    CommandLine line = e.getCommandLine();
    PrintWriter err = line.getErr();
    err.println(e.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Try '" + line.getCommandSpec().qualifiedName() + " --help' for more information.");
    return USAGE;
  }

  /** The version, from the build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in = Huzhu.class.getResourceAsStream("huzhu-version.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      return new String[] {"huzhu " + p.getProperty("version", "(unknown version)")};
    }
  }
}
