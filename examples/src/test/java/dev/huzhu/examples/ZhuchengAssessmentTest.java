package dev.huzhu.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The main job: what it prints of the 诸城 assessment. The totals are those re-added by hand in
 * the README's explanation of g-zc-math3 (30.00 + 60.00 + 2.00 = 92.00); with two groups a 30%
 * quota leaves 优秀 no seat, so no award is given and 92.00 is 良好.
 */
class ZhuchengAssessmentTest {
  @Test
  void theMainJobPrintsTheRankedTableTheAwardsAndThePriorityList() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ZhuchengAssessment.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines.get(0)).isEqualTo("huzhu — 中心教研组捆绑考核 (zhucheng-bundled-2012), 2012-09-01 to 2013-01-31");
    assertThat(lines.get(1)).isEqualTo("read seed.json with zhucheng-activities.csv and "
        + "zhucheng-scores.csv: 109 activities, 90 score records, validated");
    assertThat(lines).anyMatch(l -> l.matches("1 +1 +g-zc-math3 +TEAM +三年级数学中心教研组 +30\\.00 +60\\.00 +92\\.00 +良好 GOOD"));
    assertThat(lines).anyMatch(l -> l.matches("2 +2 +g-zc-chinese3 +TEAM +三年级语文中心教研组 +16\\.92 +0\\.00 +18\\.92 +不合格 FAIL"));
    assertThat(lines).contains("优秀互助组 (outstanding-group): none");
    // six members of each group, each carrying the group's total (coefficients 1.0)
    assertThat(lines.stream().filter(l -> l.matches(" ?\\d+ +p-zc-math3-\\S+ .* 92\\.00 +g-zc-math3 .*")))
        .hasSize(6);
    assertThat(lines.stream().filter(l -> l.matches(" ?\\d+ +p-zc-chinese3-\\S+ .* 18\\.92 +g-zc-chinese3 .*")))
        .hasSize(6);
  }
}
