package dev.huzhu.examples;

import dev.huzhu.testkit.PolicyVerifier;
import org.junit.jupiter.api.Test;

class ZhuchengPolicyTest {
  @Test
  void theMathGroupLeadsTheTerm() {
    PolicyVerifier.of(SeedFiles.policy("zhucheng-bundled.yaml"))
        .given(SeedFiles.read())
        .subject("g-zc-math3").hasTotal("92.00").hasGrade("GOOD").hasRank(1)
        .hasMetricPoints("thematic", "15.00").hasRawValue("lessons", "0.6667")
        .isOrderedBefore("g-zc-chinese3")
        .and().award("outstanding-group").isEmpty()
        .and().person("p-zc-math3-leader").hasPoints("92.00");
  }
}
