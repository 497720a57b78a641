package dev.huzhu.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A log of five million activity rows is streamed from a CSV file into the assessment in a JVM
 * with a 256 MiB heap — far too small to hold the log — and gives the same report as the same
 * activities streamed straight from the generator; its first rows give the same report as the
 * in-memory path. The work is done by {@link LargeLogCheck} in a JVM of its own, so that the
 * heap bound is real; this test checks what it printed.
 */
class LargeLogStreamingTest {
  @Test
  void fiveMillionRowsStreamInASmallHeapAndGiveTheSameReport(@TempDir Path dir) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = List.of(java, "-Xmx256m", "-cp", TestClassPath.get(),
        LargeLogCheck.class.getName(), "7", "5000000", dir.toString());
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
    System.out.print(output);
    assertThat(output).contains("rows 5000000,", "max heap 256 MiB", "same report as the generator",
        "same report as in memory on the first 20000 rows");
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(dir.toFile().list()).as("the log file is removed").isEmpty();
  }
}
