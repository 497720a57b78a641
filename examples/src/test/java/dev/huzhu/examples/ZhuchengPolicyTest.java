package dev.huzhu.examples;

import dev.huzhu.testkit.PolicyVerifier;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ZhuchengPolicyTest {
  @Test
  void fifthGradeChineseLeadsTheTerm() {
    PolicyVerifier.of(Path.of("data/policies/zhucheng-bundled.yaml"))
        .given(Path.of("data/seed.json"), List.of(Path.of("data/zhucheng-activities.csv")),
            List.of(Path.of("data/zhucheng-scores.csv")))
        .subject("g-zc-chinese5").hasTotal("97.10").hasBand("EXCELLENT").hasRank(1)
        .hasMetricPoints("lessons", "13.75").isOrderedBefore("g-zc-math3")
        .and().subject("g-zc-chinese4").isVetoed().hasBand("FAIL")
        .and().person("p-zc-chinese5-leader").hasPoints("97.10");
  }
}
