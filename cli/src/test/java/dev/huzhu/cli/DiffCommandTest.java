package dev.huzhu.cli;

import static dev.huzhu.cli.Cli.huzhu;
import static org.assertj.core.api.Assertions.assertThat;

import dev.huzhu.cli.Cli.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code huzhu diff}: what a wider 优秀 quota does to 诸城's sixteen groups. */
class DiffCommandTest {
  private static final Path EXAMPLES = Path.of("../examples/data").toAbsolutePath().normalize();

  @TempDir
  Path dir;

  private Path widerQuota() throws IOException {
    Path wider = dir.resolve("wider.yaml");
    String policy = Files.readString(EXAMPLES.resolve("policies/zhucheng-bundled.yaml"))
        .replace("quota: 0.3", "quota: 0.5").replace("id: zhucheng-bundled-2012", "id: wider");
    Files.writeString(wider, policy);
    return wider;
  }

  private Object[] zhucheng(String... rest) {
    Object[] head = {"diff", "-q", "--data", EXAMPLES.resolve("seed.json"),
        "--activities", EXAMPLES.resolve("zhucheng-activities.csv"),
        "--scores", EXAMPLES.resolve("zhucheng-scores.csv")};
    Object[] all = new Object[head.length + rest.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(rest, 0, all, head.length, rest.length);
    return all;
  }

  // 诸城's 16 groups: 30% gives floor(4.8) = 4 优秀 seats, 50% gives 8; the fifth group, 五年级数学
  // at 87.06 (above 优秀's 85), was 良好 for want of a seat and takes one; the others reaching 85
  // held seats already, and no other group reaches 85 — so exactly one subject moves. The rule:
  // 10 + 20 + 12 + 11 + 6 + 11 + 10 + 12 + 14 + 5 = 111 columns and 9 gaps of two = 129
  private static final String MOVED = String.join("\n",
      "zhucheng-bundled-2012 → wider: 1 of 16 subjects moved",
      "subject     name                  total before  total after  change  rank before  rank after"
          + "  grade before  grade after",
      "-".repeat(129),
      "g-zc-math5  五年级数学中心教研组         87.06        87.06    0.00            5           5"
          + "  良好 GOOD     优秀 EXCELLENT  grade",
      "");

  @Test
  void oneDatasetUnderTwoPolicies() throws IOException {
    Run run = huzhu(zhucheng("--policy", EXAMPLES.resolve("policies/zhucheng-bundled.yaml").toString(),
        "--policy", widerQuota().toString()));
    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEqualTo(MOVED);
  }

  @Test
  void twoReportFiles() throws IOException {
    Path before = dir.resolve("before.json");
    Path after = dir.resolve("after.json");
    assertThat(huzhu(zhucheng("--policy", EXAMPLES.resolve("policies/zhucheng-bundled.yaml").toString()))
        .exit()).isEqualTo(2); // assess's options are not diff's: one policy is a usage error
    String[] assess = {"assess", "-q", "--data", EXAMPLES.resolve("seed.json").toString(),
        "--activities", EXAMPLES.resolve("zhucheng-activities.csv").toString(),
        "--scores", EXAMPLES.resolve("zhucheng-scores.csv").toString(), "--format", "json"};
    assertThat(huzhu(concat(assess, "--policy", EXAMPLES.resolve("policies/zhucheng-bundled.yaml")
        .toString(), "--out", before.toString())).exit()).isZero();
    assertThat(huzhu(concat(assess, "--policy", widerQuota().toString(), "--out", after.toString()))
        .exit()).isZero();

    Run run = huzhu("diff", before, after);
    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEqualTo(MOVED);
    Run everyone = huzhu("diff", "--all", before, after);
    assertThat(everyone.out()).startsWith("zhucheng-bundled-2012 → wider: 1 of 16 subjects moved\n");
    assertThat(everyone.out().lines().count()).isEqualTo(3 + 16);
  }

  @Test
  void bothFormsAtOnceAreAUsageError() {
    Run run = huzhu("diff", "a.json", "b.json", "--data", "d.json");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).startsWith("give two report files, or --data with two --policy options, not both");
  }

  private static Object[] concat(String[] head, String... rest) {
    Object[] all = new Object[head.length + rest.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(rest, 0, all, head.length, rest.length);
    return all;
  }
}
