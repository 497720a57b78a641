package dev.huzhu.examples;

import dev.huzhu.testkit.PolicyVerifier;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ZhuchengPolicyTest {
  @Test
  void theMathGroupLeadsTheTerm() {
    PolicyVerifier.of(Path.of("data/policies/zhucheng-bundled.yaml"))
        .given(Path.of("data/seed.json"), List.of(Path.of("data/zhucheng-activities.csv")),
            List.of(Path.of("data/zhucheng-scores.csv")))
        .subject("g-zc-math3").hasTotal("92.00").hasBand("GOOD").hasRank(1)
        .hasMetricPoints("thematic", "15.00").isOrderedBefore("g-zc-chinese3")
        .and().award("outstanding-group").isEmpty()
        .and().person("p-zc-math3-leader").hasPoints("92.00");
  }
}
