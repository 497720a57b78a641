package dev.huzhu.cli;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import jdk.jshell.tool.JavaShellToolBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code huzhu shell}: JShell with the whole library (the testkit too) on its class path and
 * huzhu's packages imported, from the one executable jar; scripts given are run first.
 */
@Command(name = "shell", mixinStandardHelpOptions = true,
    description = {"Opens JShell with huzhu on its class path and its packages imported.",
        "Scripts given are run first (end one with /exit to leave when it is done)."})
final class ShellCommand implements Callable<Integer> {
  /** The packages a session imports, so that its first line can be an assessment. */
  static final List<String> IMPORTS = List.of("java.math", "java.nio.file", "java.time",
      "java.util", "dev.huzhu.core", "dev.huzhu.core.activity", "dev.huzhu.core.community",
      "dev.huzhu.core.school", "dev.huzhu.core.team", "dev.huzhu.core.score",
      "dev.huzhu.core.synthetic", "dev.huzhu.core.validation", "dev.huzhu.evaluation",
      "dev.huzhu.evaluation.policy", "dev.huzhu.evaluation.measure", "dev.huzhu.evaluation.scoring",
      "dev.huzhu.evaluation.report", "dev.huzhu.io", "dev.huzhu.testkit",
      "dev.huzhu.testkit.property");

  @Parameters(paramLabel = "SCRIPT", arity = "0..*", description = "JShell scripts to run first.")
  List<Path> scripts = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true,
        StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true,
        StandardCharsets.UTF_8);
    return run(new FileInputStream(FileDescriptor.in), out, err, scripts);
  }

  /**
   * This program's class path: the executable jar; in a build, its classes and jars, whether
   * they were given on the class path or the module path.
   */
  private static String classPath() {
    List<String> parts = new ArrayList<>();
    for (String property : List.of("jdk.module.path", "java.class.path")) {
      String value = System.getProperty(property, "");
      if (!value.isEmpty()) {
        parts.add(value);
      }
    }
    return String.join(java.io.File.pathSeparator, parts);
  }

  /**
   * Runs JShell on the given streams until its input ends or {@code /exit}; its exit status.
   * The class path is this program's own: the executable jar, or a build's classes.
   */
  static int run(InputStream in, PrintStream out, PrintStream err, List<Path> scripts)
      throws Exception {
    Path startup = Files.createTempFile("huzhu-shell", ".jsh");
    try {
      StringBuilder imports = new StringBuilder();
      for (String p : IMPORTS) {
        imports.append("import ").append(p).append(".*;\n");
      }
      Files.writeString(startup, imports, StandardCharsets.UTF_8);
      List<String> args = new ArrayList<>(List.of("--class-path", classPath(), "--startup", "DEFAULT", "--startup",
          startup.toString(), "-R-Dfile.encoding=UTF-8", "-R-Dstdout.encoding=UTF-8"));
      scripts.forEach(s -> args.add(s.toString()));
      return JavaShellToolBuilder.builder().in(in, null).out(out).err(err)
          .start(args.toArray(String[]::new)) == 0 ? 0 : Huzhu.INVALID;
    } finally {
      try {
        Files.deleteIfExists(startup);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
