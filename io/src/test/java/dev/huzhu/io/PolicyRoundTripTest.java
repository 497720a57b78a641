package dev.huzhu.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huzhu.evaluation.measure.Measure;
import dev.huzhu.evaluation.measure.PerMemberMeasure;
import dev.huzhu.evaluation.policy.Adjustment;
import dev.huzhu.evaluation.policy.Award;
import dev.huzhu.evaluation.policy.Metric;
import dev.huzhu.evaluation.policy.Policy;
import dev.huzhu.evaluation.policy.Section;
import dev.huzhu.evaluation.policy.Veto;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Writing then reading any valid policy gives back an equal policy (docs/files.md#writing-and-round-trips), as YAML and as JSON,
 * over random policies of {@link PolicyGenerator}; each failure names its seed.
 */
class PolicyRoundTripTest {
  static LongStream seeds() {
    return LongStream.rangeClosed(1, 300);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aGeneratedPolicyIsValid(long seed) {
    Policy p = PolicyGenerator.generate(seed);
    assertThat(p.validate()).isEmpty();
    assertThat(PolicyGenerator.generate(seed)).as("the same seed gives the same policy").isEqualTo(p);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aPolicyWrittenAsYamlReadsBackEqual(long seed) {
    Policy p = PolicyGenerator.generate(seed);
    String yaml = PolicyFiles.toYaml(p);
    assertThat(PolicyFiles.parse(yaml, FileSyntax.YAML)).as(yaml).isEqualTo(p);
    assertThat(PolicyFiles.toYaml(p)).as("the same policy gives the same text").isEqualTo(yaml);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aPolicyWrittenAsJsonReadsBackEqual(long seed) {
    Policy p = PolicyGenerator.generate(seed);
    String json = PolicyFiles.toJson(p);
    assertThat(PolicyFiles.parse(json, FileSyntax.JSON)).as(json).isEqualTo(p);
    assertThat(PolicyFiles.toJson(p)).as("the same policy gives the same text").isEqualTo(json);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aPolicyReadBackIsWrittenAsTheSameText(long seed) {
    Policy p = PolicyGenerator.generate(seed);
    String yaml = PolicyFiles.toYaml(p);
    String json = PolicyFiles.toJson(p);
    assertThat(PolicyFiles.toYaml(PolicyFiles.parse(yaml, FileSyntax.YAML))).isEqualTo(yaml);
    assertThat(PolicyFiles.toJson(PolicyFiles.parse(yaml, FileSyntax.YAML))).isEqualTo(json);
  }

  /** The generator reaches every measure, scoring and option; else the round trips prove less. */
  @Test
  void theGeneratedPoliciesCoverEveryTypeAndOption() {
    Set<String> seen = new TreeSet<>();
    seeds().mapToObj(PolicyGenerator::generate).forEach(p -> {
      for (Section s : p.sections()) {
        for (Metric m : s.metrics()) {
          measure(m.measure(), seen);
          seen.add("scoring " + m.scoring().type());
        }
      }
      for (Adjustment a : p.adjustments()) {
        measure(a.measure(), seen);
        seen.add("adjustment " + a.type() + (a.cap().isPresent() ? " capped" : "") + (a.label().isPresent() ? " labelled" : ""));
      }
      for (Veto v : p.vetoes()) {
        measure(v.measure(), seen);
      }
      p.grading().ifPresent(g -> {
        seen.add("rounding " + g.quotaRounding());
        g.bands().forEach(b -> b.quota().ifPresent(q -> seen.add("quota")));
      });
      for (Award a : p.awards()) {
        a.top().ifPresent(t -> seen.add("top"));
        a.individual().ifPresent(i -> seen.add("individual"));
        if (!a.bands().isEmpty()) {
          seen.add("award grades");
        }
        if (a.isForPeople()) {
          seen.add("award roles");
        }
      }
      p.bundling().ifPresent(b -> seen.add("bundling " + b.combination()));
      if (!p.subjects().within().isEmpty()) {
        seen.add("within " + (p.subjects().within().size() > 1 ? "several" : "one"));
      }
    });
    assertThat(seen).contains("measure count", "measure sum", "measure mean",
        "measure distinctMonths", "measure distinctSchools", "measure distinctKinds",
        "measure perMember", "measure improvement", "measure improvementRate", "measure level",
        "measure followUpCoverage", "measure monthlyCompliance", "measure professionalMatch",
        "scoring linear", "scoring tiers", "scoring relative", "scoring rank", "scoring ratioToBest",
        "adjustment BONUS", "adjustment DEDUCTION", "adjustment BONUS capped labelled",
        "adjustment DEDUCTION capped labelled", "rounding FLOOR", "rounding HALF_UP",
        "rounding CEILING", "quota", "top", "individual", "award grades", "award roles",
        "bundling MAX", "bundling SUM", "within one", "within several");
  }

  private static void measure(Measure m, Set<String> seen) {
    seen.add("measure " + m.type());
    if (m instanceof PerMemberMeasure) {
      measure(((PerMemberMeasure) m).measure(), seen);
    }
  }
}
