package dev.huzhu.cli;

import static dev.huzhu.cli.Cli.huzhu;
import static org.assertj.core.api.Assertions.assertThat;

import dev.huzhu.cli.Cli.Run;
import dev.huzhu.evaluation.Assessment;
import dev.huzhu.evaluation.policy.BuiltInPolicies;
import dev.huzhu.evaluation.report.Report;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExplainCommandTest {
  @TempDir
  Path dir;

  @Test
  void aKnownSubjectIsExplained() {
    SyntheticFiles files = new SyntheticFiles(dir, 21);
    Report report = Assessment.of(BuiltInPolicies.zhuchengBundled()).run(files.synthetic.dataset());
    String id = report.subjects().get(0).id();

    Run run = huzhu(files.args("explain", id));

    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEqualTo(report.explain(id).endsWith("\n") ? report.explain(id)
        : report.explain(id) + "\n");
  }

  @Test
  void theHandBuiltGroupReAddsByHand() {
    HandBuiltFiles files = new HandBuiltFiles(dir);

    Run run = huzhu("explain", "g-jb6-lead", "--data", files.data, "--policy", files.policy);

    assertThat(run.exit()).isZero();
    assertThat(run.out()).startsWith("g-jb6-lead 领导小组 — order 1, rank 1, total 50.00")
        .contains("送教节数 (lessons): x = 2 → 50.00 / 100");
  }

  @Test
  void anUnknownSubjectIsAUsageErrorNamingTheKnownOnes() {
    HandBuiltFiles files = new HandBuiltFiles(dir);

    Run run = huzhu("explain", "g-nowhere", "--data", files.data, "--policy", files.policy);

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("No subject g-nowhere in the report of policy jb-lessons;"
        + " its subjects are g-jb6-lead\n");
  }

  @Test
  void withoutASubjectItIsAUsageError() {
    HandBuiltFiles files = new HandBuiltFiles(dir);

    Run run = huzhu("explain", "--data", files.data, "--policy", files.policy);

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("Missing required parameter: 'SUBJECT'");
  }
}
