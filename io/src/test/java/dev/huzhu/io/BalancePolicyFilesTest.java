package dev.huzhu.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huzhu.core.exchange.ExchangeKind;
import dev.huzhu.core.pairing.StudentPairingKind;
import dev.huzhu.core.school.Locality;
import dev.huzhu.core.school.SchoolSubject;
import dev.huzhu.core.score.Phase;
import dev.huzhu.core.score.TestKind;
import dev.huzhu.evaluation.measure.BackboneShareMeasure;
import dev.huzhu.evaluation.measure.DispersionMeasure;
import dev.huzhu.evaluation.measure.ExchangeShareMeasure;
import dev.huzhu.evaluation.measure.GapChangeMeasure;
import dev.huzhu.evaluation.measure.GapMeasure;
import dev.huzhu.evaluation.measure.Measure;
import dev.huzhu.evaluation.measure.Measures;
import dev.huzhu.evaluation.measure.ScoreValue;
import dev.huzhu.evaluation.policy.AssessmentPeriod;
import dev.huzhu.evaluation.policy.Metric;
import dev.huzhu.evaluation.policy.Policy;
import dev.huzhu.evaluation.policy.Section;
import dev.huzhu.evaluation.policy.SubjectSelection;
import dev.huzhu.evaluation.scoring.LinearScoring;
import dev.huzhu.evaluation.scoring.RankScoring;
import dev.huzhu.evaluation.scoring.RelativeScoring;
import dev.huzhu.evaluation.scoring.Scoring;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A policy of schools, communities and pupil pairings with every balance measure and the score
 * filters (src/test/resources/policies/community-gap.yaml and its JSON twin): it reads as the
 * value it stands for and writes back to text that reads equal.
 */
class BalancePolicyFilesTest {
  private static final Path POLICIES = Path.of("src", "test", "resources", "policies");

  static Policy expected() {
    return Policy.builder().id("community-gap-2013").title("城乡差距")
        .period(AssessmentPeriod.of(LocalDate.of(2012, 9, 1), LocalDate.of(2013, 8, 31)))
        .subjects(SubjectSelection.communitiesOnly())
        .addSections(Section.builder().id("balance").label("城乡差距").points(new BigDecimal("100"))
            .metrics(List.of(
                metric("gap", "期末差距", "20", GapMeasure.builder().test(TestKind.QUALITY_TEST)
                    .phase(Phase.FINAL).scoreValue(ScoreValue.SCORE_RATE).build(), RelativeScoring.of()),
                metric("narrowing", "差距缩小", "30", GapChangeMeasure.builder()
                    .test(TestKind.QUALITY_TEST).schoolSubject(SchoolSubject.MATH).grade(3).build(),
                    LinearScoring.of(new BigDecimal("5"))),
                metric("dispersion", "差异系数", "20", DispersionMeasure.builder()
                    .test(TestKind.SPOT_CHECK).phase(Phase.FINAL).scoreValue(ScoreValue.PASS_RATE).build(),
                    RankScoring.of()),
                metric("exchange", "交流比例", "20", ExchangeShareMeasure.builder()
                    .kinds(List.of(ExchangeKind.TEACHING_EXCHANGE)).build(),
                    LinearScoring.of(new BigDecimal("0.1"))),
                metric("backbone", "骨干比例", "10", BackboneShareMeasure.builder().build(),
                    LinearScoring.of(new BigDecimal("0.2")))))
            .build())
        .build();
  }

  private static Metric metric(String id, String label, String points, Measure measure,
      Scoring scoring) {
    return Metric.builder().id(id).label(label).points(new BigDecimal(points)).measure(measure)
        .scoring(scoring).build();
  }

  @Test
  void theYamlFileAndItsJsonTwinReadAsThePolicy() {
    assertThat(PolicyFiles.read(POLICIES.resolve("community-gap.yaml"))).isEqualTo(expected());
    assertThat(PolicyFiles.read(POLICIES.resolve("community-gap.json"))).isEqualTo(expected());
  }

  @Test
  void writtenAsYamlOrJsonItReadsBackEqual() {
    assertThat(PolicyFiles.parse(PolicyFiles.toYaml(expected()), FileSyntax.YAML))
        .isEqualTo(expected());
    assertThat(PolicyFiles.parse(PolicyFiles.toJson(expected()), FileSyntax.JSON))
        .isEqualTo(expected());
    assertThat(PolicyFiles.toYaml(expected()))
        .contains("subjects:\n  communities: true\n")
        .contains("type: gapChange\n          test: QUALITY_TEST\n          subject: MATH\n"
            + "          grade: 3\n")
        .contains("type: backboneShare\n          kinds: []\n");
  }

  @Test
  void schoolsCommunitiesAndPupilPairingsAreSelectedTogether() {
    // a log measure applies to every kind of subject; the three kinds form one list
    Policy mixed = Policy.builder().copyFrom(expected())
        .subjects(SubjectSelection.builder().addSchoolLocalities(Locality.TOWNSHIP, Locality.VILLAGE)
            .communities(true).addStudentPairingKinds(StudentPairingKind.FAMILIES).build())
        .sections(List.of(Section.builder().id("log").label("活动").points(new BigDecimal("10"))
            .addMetrics(metric("count", "活动次数", "10", Measures.count(),
                LinearScoring.of(new BigDecimal("12"))))
            .build()))
        .build();
    String yaml = PolicyFiles.toYaml(mixed);
    assertThat(yaml).contains("subjects:\n  schoolLocalities:\n    - TOWNSHIP\n    - VILLAGE\n"
        + "  communities: true\n  studentPairingKinds:\n    - FAMILIES\n");
    assertThat(PolicyFiles.parse(yaml, FileSyntax.YAML)).isEqualTo(mixed);
    assertThat(PolicyFiles.parse(PolicyFiles.toJson(mixed), FileSyntax.JSON)).isEqualTo(mixed);
  }
}
