package dev.huzhu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code huzhu shell}: JShell with huzhu's packages imported — an assessment in the first line,
 * the policy changed with {@code with…} copies, a comparison, and the testkit's property checks.
 */
class ShellCommandTest {
  private static final Path EXAMPLES = Path.of("../examples/data").toAbsolutePath().normalize();

  @Test
  void aSessionAssessesComparesAndChecksWithNoImportsOfItsOwn() throws Exception {
    String session = String.join("\n",
        "var policy = PolicyFiles.read(Path.of(\"" + EXAMPLES.resolve("policies/zhucheng-bundled.yaml") + "\"));",
        "var data = DatasetFiles.read(Path.of(\"" + EXAMPLES.resolve("seed.json") + "\"),"
            + " List.of(Path.of(\"" + EXAMPLES.resolve("zhucheng-activities.csv") + "\")),"
            + " List.of(Path.of(\"" + EXAMPLES.resolve("zhucheng-scores.csv") + "\")));",
        "var report = Assessment.of(policy).run(data);",
        "System.out.println(\"top: \" + report.subjects().get(0).total());",
        "var g = policy.grading().get();",
        "var wider = policy.withGrading(g.withBands(List.of(g.bands().get(0).withQuota(new BigDecimal(\"0.5\")),"
            + " g.bands().get(1), g.bands().get(2), g.bands().get(3))));",
        "System.out.println(\"moved: \" + report.compare(Assessment.of(wider).run(data)).moved().size());",
        "System.out.println(\"checks: \" + PolicyChecks.of(policy).withSeeds(1, 2).run().passed());",
        "/exit", "");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = ShellCommand.run(new ByteArrayInputStream(session.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
        List.of());
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(exit).as(text + err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(text).doesNotContain("Error:");
    // 诸城's first group totals 97.10; a 50% quota moves one group (五年级数学, 良好 → 优秀)
    assertThat(text).contains("top: 97.10").contains("moved: 1").contains("checks: true");
  }
}
