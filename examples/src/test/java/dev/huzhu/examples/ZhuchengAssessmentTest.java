package dev.huzhu.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The main job: what it prints of the 诸城 assessment. 三年级数学 has the largest gains of the 16
 * groups in both tests, so its outcome is 40.00 + 20.00; with 30.00 for its process and 2.00 for
 * five active months it totals 92.00 (re-added in docs/assessment.md) and is one of the four 优秀
 * a 30% quota of 16 groups allows.
 */
class ZhuchengAssessmentTest {
  @Test
  void theMainJobPrintsTheRankedTableTheAwardsAndThePriorityList() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ZhuchengAssessment.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines.get(0)).isEqualTo("huzhu — 诸城市实验小学城乡互助共同体: 中心教研组捆绑考核 "
        + "(zhucheng-bundled-2012), 2012-09-01 to 2013-01-31");
    assertThat(lines).anyMatch(l -> l.matches(
        " ?2 +2 +g-zc-math3 +TEAM +三年级数学中心教研组 +30\\.00 +60\\.00 +92\\.00 +优秀 EXCELLENT"));
    assertThat(lines).anyMatch(l -> l.matches(
        " ?5 +5 +g-zc-math5 +TEAM +五年级数学中心教研组 +35\\.83 +49\\.23 +87\\.06 +良好 GOOD"));
    assertThat(lines).anyMatch(l -> l.matches(
        " ?6 +6 +g-zc-chinese4 +TEAM .* 82\\.79 +不合格 FAIL \\(一票否决\\)"));
    assertThat(lines).contains("优秀互助组 (outstanding-group): g-zc-chinese5, g-zc-math3, "
        + "g-zc-math4, g-zc-chinese3");
    // six members of 三年级数学, each carrying the group's total (coefficients 1.0)
    assertThat(lines.stream().filter(l -> l.matches(" ?\\d+ +p-zc-math3-\\S+ .* 92\\.00 +g-zc-math3 .*")))
        .hasSize(6);
  }
}
