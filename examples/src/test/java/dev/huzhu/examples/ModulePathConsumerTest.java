package dev.huzhu.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An application outside huzhu, compiled and run on the module path against the modules this
 * build made: it sees the exported API and nothing else. The figure it prints is the one the
 * 诸城 policy test pins by hand (数学组: 30.00 process + 60.00 outcome + 4 months × 0.5 = 92.00).
 */
class ModulePathConsumerTest {
  private static final String MODULE_INFO = """
      module huzhu.consumer {
        requires dev.huzhu.io;
      }
      """;

  private static final String MAIN = """
      package huzhu.consumer;

      import dev.huzhu.evaluation.Assessment;
      import dev.huzhu.io.DatasetFiles;
      import dev.huzhu.io.PolicyFiles;
      import java.nio.file.Path;
      import java.util.List;

      public final class Main {
        public static void main(String[] args) {
          Path data = Path.of(args[0]);
          var dataset = DatasetFiles.read(data.resolve("seed.json"),
              List.of(data.resolve("zhucheng-activities.csv")),
              List.of(data.resolve("zhucheng-scores.csv")));
          var policy = PolicyFiles.read(data.resolve("policies/zhucheng-bundled.yaml"));
          var report = Assessment.of(policy).run(dataset);
          System.out.println(report.subject("g-zc-math3").orElseThrow().total());
        }
      }
      """;

  private static final String REACHES_INSIDE = """
      package huzhu.consumer;

      public final class Inside {
        Object node = dev.huzhu.io.internal.tree.TreeReader.class;
      }
      """;

  @Test
  void anApplicationOnTheModulePathAssessesThroughTheExportedApi(@TempDir Path dir)
      throws Exception {
    Path classes = dir.resolve("classes");
    List<String> errors = compile(dir, classes, MAIN);
    assertThat(errors).isEmpty();

    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String modulePath = classes + File.pathSeparator + modulePath();
    Process run = new ProcessBuilder(java, "--module-path", modulePath,
        "-m", "huzhu.consumer/huzhu.consumer.Main", Path.of("data").toAbsolutePath().toString())
        .redirectErrorStream(true).start();
    String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(run.exitValue()).as(out).isZero();
    assertThat(out.strip()).isEqualTo("92.00");
  }

  @Test
  void theMachineryIsNotVisibleFromOutside(@TempDir Path dir) throws Exception {
    List<String> errors = compile(dir, dir.resolve("classes"), MAIN, REACHES_INSIDE);
    assertThat(errors).singleElement().asString()
        .contains("package dev.huzhu.io.internal.tree is not visible")
        .contains("does not export it");
  }

  /** Compiles the consumer module; returns javac's error messages. */
  private static List<String> compile(Path dir, Path classes, String... sources)
      throws IOException {
    Path src = dir.resolve("src");
    Files.createDirectories(src.resolve("huzhu/consumer"));
    List<Path> files = new ArrayList<>();
    files.add(Files.writeString(src.resolve("module-info.java"), MODULE_INFO));
    for (String source : sources) {
      String name = source.contains("class Main") ? "Main" : "Inside";
      files.add(Files.writeString(src.resolve("huzhu/consumer/" + name + ".java"), source));
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files2 = javac.getStandardFileManager(diagnostics, Locale.ROOT,
        StandardCharsets.UTF_8)) {
      boolean ok = javac.getTask(new StringWriter(), files2, diagnostics,
          List.of("--module-path", modulePath(), "-d", classes.toString(), "-proc:none"), null,
          files2.getJavaFileObjectsFromPaths(files)).call();
      List<String> errors = new ArrayList<>();
      diagnostics.getDiagnostics().stream()
          .filter(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR)
          .forEach(d -> errors.add(d.getMessage(Locale.ROOT)));
      assertThat(ok).isEqualTo(errors.isEmpty());
      return errors;
    }
  }

  /** The modules this build made and the libraries they need, as the test itself runs on them. */
  private static String modulePath() {
    String path = System.getProperty("jdk.module.path");
    assertThat(path).as("the examples' tests run on the module path").isNotBlank();
    return path;
  }
}
