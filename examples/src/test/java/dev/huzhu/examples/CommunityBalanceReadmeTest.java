package dev.huzhu.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huzhu.evaluation.Assessment;
import dev.huzhu.evaluation.report.Report;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's 城乡均衡 section shows the table and the explanation of 靖边 that the shipped policy
 * gives on the seed's files (its command lines read 靖边's activities and scores beside 诸城's):
 * the blocks are what the assessment prints (the command line's outputs are checked against
 * examples/expected by run-examples), and their figures are those
 * the policy test examples/policy-tests/community-balance.test.yaml works out by hand: 靖边
 * 22.517753943218 + 30 + 16 + 10 = 78.517753943218 → 78.52, 诸城 15.056019218253 + 30 +
 * 10.752688172043 + 10 = 65.808707390296 → 65.81, both 改善. The policy bundles nobody, so the
 * 评优晋级 list says it is empty.
 */
class CommunityBalanceReadmeTest {
  private static final Report REPORT = Assessment.of(SeedFiles.policy("community-balance.yaml"))
      .run(SeedFiles.read());

  @Test
  void theReadmeTableIsWhatTheAssessmentPrints() throws Exception {
    String block = block("text community-balance");
    assertThat(block).isEqualTo(REPORT.table() + "\n" + REPORT.awardsAndPeople());
    assertThat(block).isEqualTo(expected("readme-cli-6.txt"));
    assertThat(block).containsPattern("1 +1 +c-jb6 +COMMUNITY +靖边六小城乡互助共同体 +78\\.5178 +78\\.52 +改善 IMPROVING");
    assertThat(block).containsPattern("2 +2 +c-zc +COMMUNITY +诸城市实验小学城乡互助共同体 +65\\.8087 +65\\.81 +改善 IMPROVING");
    assertThat(block).endsWith("评优晋级 priority list (bundled points): none\n");
  }

  @Test
  void theReadmeCommandLinesReadJingbiansFiles() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    String jingbian = "--activities examples/data/jingbian-activities.csv"
        + " --scores examples/data/jingbian-scores.csv";
    assertThat(readme).contains(
        "huzhu.jar assess $data " + jingbian + " --policy examples/data/policies/community-balance.yaml",
        "huzhu.jar explain c-jb6 $data " + jingbian
            + " --policy examples/data/policies/community-balance.yaml");
  }

  @Test
  void theReadmeExplanationOfJingbianIsWhatExplainPrints() throws Exception {
    String block = block("text community-balance-explain");
    // the command line adds the score records cited after the report's explanation
    assertThat(block).startsWith(REPORT.explain("c-jb6"));
    assertThat(block).isEqualTo(expected("readme-cli-7.txt"));
    assertThat(block).contains("差距缩小 (narrowing): x = 0.028147192429 → 22.5178 / 40",
        "差异系数 (dispersion): x = 0.074635110889 → 30.0000 / 30",
        "交流比例 (exchange): x = 0.08 → 16.0000 / 20  [2 records: x-jb6-chinese3, x-jb6-math5]",
        "骨干比例 (backbone): x = 0.5 → 10.0000 / 10",
        "total = 78.5178 = 78.517753943218 exactly → 78.52");
  }

  private static String expected(String name) throws Exception {
    return Files.readString(Path.of("expected", name), StandardCharsets.UTF_8);
  }

  private static String block(String tag) throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("```" + Pattern.quote(tag) + "\\n(.*?)```", Pattern.DOTALL)
        .matcher(readme);
    assertThat(m.find()).as("the README's %s block", tag).isTrue();
    return m.group(1);
  }
}
