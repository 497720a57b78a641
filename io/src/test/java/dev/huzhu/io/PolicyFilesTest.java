package dev.huzhu.io;

import static dev.huzhu.core.activity.ActivityKind.DEMONSTRATION_LESSON;
import static dev.huzhu.core.activity.ActivityKind.MATERIAL_SHARE;
import static dev.huzhu.core.activity.ActivityKind.MISCONDUCT;
import static dev.huzhu.core.activity.ActivityKind.SENT_LESSON;
import static dev.huzhu.core.activity.ActivityKind.THEMATIC_ACTIVITY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.huzhu.core.activity.Quantity;
import dev.huzhu.core.score.TestKind;
import dev.huzhu.core.team.TeamKind;
import dev.huzhu.core.team.TeamRole;
import dev.huzhu.evaluation.measure.CountMeasure;
import dev.huzhu.evaluation.measure.DistinctMonthsMeasure;
import dev.huzhu.evaluation.measure.ImprovementMeasure;
import dev.huzhu.evaluation.measure.ImprovementRateMeasure;
import dev.huzhu.evaluation.measure.PerMemberMeasure;
import dev.huzhu.evaluation.measure.SumMeasure;
import dev.huzhu.evaluation.policy.Adjustment;
import dev.huzhu.evaluation.policy.AdjustmentType;
import dev.huzhu.evaluation.policy.AssessmentPeriod;
import dev.huzhu.evaluation.policy.Award;
import dev.huzhu.evaluation.policy.Band;
import dev.huzhu.evaluation.policy.BuiltInPolicies;
import dev.huzhu.evaluation.policy.Bundling;
import dev.huzhu.evaluation.policy.Combination;
import dev.huzhu.evaluation.policy.Grading;
import dev.huzhu.evaluation.policy.IndividualCriterion;
import dev.huzhu.evaluation.policy.Metric;
import dev.huzhu.evaluation.policy.Policy;
import dev.huzhu.evaluation.policy.QuotaRounding;
import dev.huzhu.evaluation.policy.Rounding;
import dev.huzhu.evaluation.policy.Section;
import dev.huzhu.evaluation.policy.SubjectSelection;
import dev.huzhu.evaluation.policy.Veto;
import dev.huzhu.evaluation.scoring.LinearScoring;
import dev.huzhu.evaluation.scoring.RangeScoring;
import dev.huzhu.evaluation.scoring.RankScoring;
import dev.huzhu.evaluation.scoring.RelativeScoring;
import dev.huzhu.evaluation.scoring.Tier;
import dev.huzhu.evaluation.scoring.TiersScoring;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The policy files shipped with the tests (src/test/resources/policies): the three built-in
 * policies written by hand, the 诸城 example of docs/files.md#policies, and a JSON twin; each reads to the value
 * it stands for, and writing a policy gives text that reads back equal, the same every time.
 */
class PolicyFilesTest {
  static final Path POLICIES = Path.of("src", "test", "resources", "policies");

  static Stream<Arguments> builtIns() {
    return Stream.of(
        Arguments.of("zhucheng-bundled.yaml", (Supplier<Policy>) BuiltInPolicies::zhuchengBundled),
        Arguments.of("exchange-teacher.yaml", (Supplier<Policy>) BuiltInPolicies::exchangeTeacher),
        Arguments.of("double-pairing.yaml", (Supplier<Policy>) BuiltInPolicies::doublePairing),
        Arguments.of("quality-formula.yaml", (Supplier<Policy>) BuiltInPolicies::qualityFormula),
        Arguments.of("community-balance.yaml", (Supplier<Policy>) BuiltInPolicies::communityBalance));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("builtIns")
  void aBuiltInPolicyFileReadsAsTheBuiltInValue(String file, Supplier<Policy> builtIn) {
    Policy read = PolicyFiles.read(POLICIES.resolve(file));
    assertThat(read).isEqualTo(builtIn.get());
    assertThat(read.validate()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("builtIns")
  void aBuiltInPolicyWrittenAsYamlReadsBackEqual(String file, Supplier<Policy> builtIn) {
    Policy p = builtIn.get();
    String yaml = PolicyFiles.toYaml(p);
    assertThat(PolicyFiles.parse(yaml, FileSyntax.YAML)).isEqualTo(p);
    assertThat(PolicyFiles.toYaml(p)).as("the same policy gives the same text").isEqualTo(yaml);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("builtIns")
  void aBuiltInPolicyWrittenAsJsonReadsBackEqual(String file, Supplier<Policy> builtIn) {
    Policy p = builtIn.get();
    String json = PolicyFiles.toJson(p);
    assertThat(PolicyFiles.parse(json, FileSyntax.JSON)).isEqualTo(p);
    assertThat(PolicyFiles.toJson(p)).as("the same policy gives the same text").isEqualTo(json);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("builtIns")
  void aBuiltInPolicyWrittenToFilesReadsBackEqual(String file, Supplier<Policy> builtIn,
      @TempDir Path dir) throws IOException {
    Policy p = builtIn.get();
    for (String name : List.of("policy.yaml", "policy.yml", "policy.json")) {
      Path path = dir.resolve(name);
      PolicyFiles.write(p, path);
      String first = Files.readString(path, StandardCharsets.UTF_8);
      assertThat(PolicyFiles.read(path)).as(name).isEqualTo(p);
      PolicyFiles.write(p, path);
      assertThat(Files.readString(path, StandardCharsets.UTF_8)).as("%s written twice", name)
          .isEqualTo(first);
    }
    assertThat(Files.readString(dir.resolve("policy.json"), StandardCharsets.UTF_8))
        .isEqualTo(PolicyFiles.toJson(p));
    assertThat(Files.readString(dir.resolve("policy.yaml"), StandardCharsets.UTF_8))
        .isEqualTo(PolicyFiles.toYaml(p));
  }

  /** A policy with every word of the bounds: range, atMost tiers, an atMost veto, rounding. */
  private static final String BOUNDS = String.join("\n",
      "format: huzhu-policy",
      "version: 1",
      "id: bounds-2013",
      "title: 上下限",
      "period: {from: 2012-09-01, to: 2013-08-31}",
      "subjects: {teamKinds: [SUBJECT_RESEARCH_GROUP]}",
      "rounding: {values: 4, points: total}",
      "sections:",
      "  - id: balance",
      "    label: 均衡",
      "    points: 70",
      "    metrics:",
      "      - {id: narrowing, label: 差距缩小, points: 40,",
      "         measure: {type: improvement, test: QUALITY_TEST, of: scoreRate},",
      "         scoring: {type: range, zeroAt: 0.5, fullAt: 0.2}}",
      "      - {id: spread, label: 差异, points: 30, measure: {type: count, kinds: [MISCONDUCT]},",
      "         scoring: {type: tiers, tiers: [{atMost: 0.2, points: 30}, {atMost: 0.5, points: 15}]}}",
      "vetoes:",
      "  - {id: widening, measure: {type: improvement, test: QUALITY_TEST}, atMost: -0.05}",
      "");

  @Test
  void theNewWordsReadToTheirValues() {
    Policy p = PolicyFiles.parse(BOUNDS, FileSyntax.YAML);
    assertThat(p.rounding()).isEqualTo(Rounding.of(Rounding.Values.FOUR_PLACES, Rounding.Points.TOTAL));
    assertThat(p.sections().get(0).metrics().get(0).scoring())
        .isEqualTo(RangeScoring.of(new BigDecimal("0.5"), new BigDecimal("0.2")));
    assertThat(p.sections().get(0).metrics().get(1).scoring()).isEqualTo(TiersScoring.of(List.of(
        Tier.atMost(new BigDecimal("0.2"), new BigDecimal("30")),
        Tier.atMost(new BigDecimal("0.5"), new BigDecimal("15")))));
    assertThat(p.vetoes().get(0).atMost()).contains(new BigDecimal("-0.05"));
    assertThat(p.vetoes().get(0).atLeast()).isEmpty();
    assertThat(p.validate()).isEmpty();
  }

  @Test
  void theNewWordsWriteAndReadBackInYamlAndJson() {
    Policy p = PolicyFiles.parse(BOUNDS, FileSyntax.YAML);
    assertThat(PolicyFiles.parse(PolicyFiles.toYaml(p), FileSyntax.YAML)).isEqualTo(p);
    assertThat(PolicyFiles.parse(PolicyFiles.toJson(p), FileSyntax.JSON)).isEqualTo(p);
    // rounding is written after the subjects, values 4 as the number a file writes
    assertThat(PolicyFiles.toYaml(p)).contains("rounding:\n  values: 4\n  points: total\n");
    Policy exact = Policy.builder().copyFrom(p)
        .rounding(Rounding.of(Rounding.Values.EXACT, Rounding.Points.METRIC)).build();
    assertThat(PolicyFiles.toJson(exact)).contains("\"values\": \"exact\"");
    assertThat(PolicyFiles.parse(PolicyFiles.toJson(exact), FileSyntax.JSON)).isEqualTo(exact);
  }

  /** 巴南's class-teacher teams only, in a dataset that holds several communities. */
  private static final String WITHIN = String.join("\n",
      "format: huzhu-policy",
      "version: 1",
      "id: banan-class-teachers-2012",
      "title: 巴南班主任团队考核",
      "period: {from: 2012-09-01, to: 2013-01-31}",
      "subjects: {teamKinds: [CLASS_TEACHER_TEAM], within: [c-bn, c-nanan]}",
      "sections:",
      "  - id: process",
      "    label: 过程性评价",
      "    points: 10",
      "    metrics:",
      "      - {id: thematic, label: 专题活动, points: 10,",
      "         measure: {type: count, kinds: [THEMATIC_ACTIVITY]}, scoring: {type: ratioToBest}}",
      "");

  @Test
  void withinReadsAsTheCommunitiesInTheirOrderFromYamlAndJson() {
    Policy yaml = PolicyFiles.parse(WITHIN, FileSyntax.YAML);
    assertThat(yaml.subjects().within()).containsExactly("c-bn", "c-nanan");
    assertThat(yaml.subjects().teamKinds()).containsExactly(TeamKind.CLASS_TEACHER_TEAM);
    assertThat(yaml.validate()).isEmpty();
    String json = String.join("\n",
        "{\"format\": \"huzhu-policy\", \"version\": 1, \"id\": \"banan-class-teachers-2012\",",
        " \"title\": \"巴南班主任团队考核\", \"period\": {\"from\": \"2012-09-01\", \"to\": \"2013-01-31\"},",
        " \"subjects\": {\"teamKinds\": [\"CLASS_TEACHER_TEAM\"], \"within\": [\"c-bn\", \"c-nanan\"]},",
        " \"sections\": [{\"id\": \"process\", \"label\": \"过程性评价\", \"points\": 10, \"metrics\": [",
        "   {\"id\": \"thematic\", \"label\": \"专题活动\", \"points\": 10,",
        "    \"measure\": {\"type\": \"count\", \"kinds\": [\"THEMATIC_ACTIVITY\"]},",
        "    \"scoring\": {\"type\": \"ratioToBest\"}}]}]}");
    assertThat(PolicyFiles.parse(json, FileSyntax.JSON)).isEqualTo(yaml);
  }

  @Test
  void withinIsWrittenLastInTheSubjectsAndReadsBack() {
    Policy p = PolicyFiles.parse(WITHIN, FileSyntax.YAML);
    String yaml = PolicyFiles.toYaml(p);
    assertThat(yaml).contains("subjects:\n  teamKinds:\n    - CLASS_TEACHER_TEAM\n"
        + "  within:\n    - c-bn\n    - c-nanan\nsections:\n");
    assertThat(PolicyFiles.parse(yaml, FileSyntax.YAML)).isEqualTo(p);
    String json = PolicyFiles.toJson(p);
    assertThat(json).contains("\"within\": [\n      \"c-bn\",\n      \"c-nanan\"\n    ]");
    assertThat(PolicyFiles.parse(json, FileSyntax.JSON)).isEqualTo(p);
  }

  @Test
  void withinIsNotWrittenWhenEmpty() {
    // existing policies are written byte for byte as before
    for (Policy p : List.of(BuiltInPolicies.zhuchengBundled(), BuiltInPolicies.communityBalance())) {
      assertThat(PolicyFiles.toYaml(p)).doesNotContain("within");
      assertThat(PolicyFiles.toJson(p)).doesNotContain("within");
    }
  }

  @Test
  void theDefaultRoundingIsNotWritten() {
    // existing policies are written byte for byte as before
    assertThat(PolicyFiles.toYaml(BuiltInPolicies.zhuchengBundled())).doesNotContain("rounding");
    assertThat(PolicyFiles.toYaml(BuiltInPolicies.qualityFormula()))
        .contains("rounding:\n  values: exact\n  points: total\n");
  }

  @Test
  void theSpecificationsExampleReadsAsThePolicyItShows() {
    assertThat(PolicyFiles.read(POLICIES.resolve("spec-example.yaml"))).isEqualTo(specExample());
  }

  @Test
  void theSpecificationsExampleDiffersFromTheBuiltInOnlyByItsUnlabelledAdjustmentAndVeto() {
    Policy builtIn = BuiltInPolicies.zhuchengBundled();
    Policy spec = specExample();
    assertThat(spec).isNotEqualTo(builtIn);
    Policy labelled = Policy.builder().copyFrom(spec)
        .adjustments(List.of(Adjustment.builder().copyFrom(spec.adjustments().get(0)).label("每月坚持").build()))
        .vetoes(List.of(Veto.builder().copyFrom(spec.vetoes().get(0)).label("违规").build()))
        .build();
    assertThat(labelled).isEqualTo(builtIn);
  }

  @Test
  void aJsonPolicyFileAndItsYamlTwinGiveTheSameValue() {
    Policy json = PolicyFiles.read(POLICIES.resolve("exchange-teacher.json"));
    Policy yaml = PolicyFiles.read(POLICIES.resolve("exchange-teacher.yaml"));
    assertThat(json).isEqualTo(yaml).isEqualTo(BuiltInPolicies.exchangeTeacher());
  }

  @Test
  void aPolicyGivenAsTextReadsLikeItsFile() throws IOException {
    String text = Files.readString(POLICIES.resolve("double-pairing.yaml"), StandardCharsets.UTF_8);
    assertThat(PolicyFiles.parse(text, FileSyntax.YAML)).isEqualTo(BuiltInPolicies.doublePairing());
    // as Excel and Notepad save it: with a byte order mark
    assertThat(PolicyFiles.parse("\uFEFF" + text, FileSyntax.YAML))
        .isEqualTo(BuiltInPolicies.doublePairing());
  }

  @Test
  void textThatLooksLikeANumberIsWrittenQuotedAndReadsBackAsText() {
    Policy builtIn = BuiltInPolicies.exchangeTeacher();
    Section duties = builtIn.sections().get(0);
    Policy p = Policy.builder().copyFrom(builtIn).title("123")
        .sections(List.of(Section.builder().copyFrom(duties).label("1e3").metrics(List.of(
            Metric.builder().copyFrom(duties.metrics().get(0)).label(".inf").build(),
            Metric.builder().copyFrom(duties.metrics().get(1)).label("-0").build())).build()))
        .build();
    String yaml = PolicyFiles.toYaml(p);
    assertThat(yaml).contains("title: \"123\"", "label: \"1e3\"", "label: \".inf\"", "label: \"-0\"");
    assertThat(PolicyFiles.parse(yaml, FileSyntax.YAML)).isEqualTo(p);
  }

  /** The 诸城 policy that docs/files.md#policies shows, built by hand; its adjustment and veto have no label. */
  static Policy specExample() {
    return Policy.builder().id("zhucheng-bundled-2012").title("中心教研组捆绑考核")
        .period(AssessmentPeriod.of(LocalDate.of(2012, 9, 1), LocalDate.of(2013, 1, 31)))
        .subjects(SubjectSelection.builder().addTeamKinds(TeamKind.SUBJECT_RESEARCH_GROUP).build())
        .addSections(Section.builder().id("process").label("过程性评价").points(d("40"))
            .addMetrics(Metric.builder().id("materials").label("组内交流材料").points(d("10"))
                .measure(SumMeasure.builder().addKinds(MATERIAL_SHARE).quantity(Quantity.MATERIALS).build())
                .scoring(LinearScoring.of(d("12"))).build())
            .addMetrics(Metric.builder().id("thematic").label("专题活动").points(d("15"))
                .measure(CountMeasure.builder().addKinds(THEMATIC_ACTIVITY).build())
                .scoring(TiersScoring.of(List.of(Tier.of(d("4"), d("15")), Tier.of(d("2"), d("9")),
                    Tier.of(d("1"), d("5")))))
                .build())
            .addMetrics(Metric.builder().id("lessons").label("讲课节数").points(d("15"))
                .measure(PerMemberMeasure.of(SumMeasure.builder()
                    .addKinds(DEMONSTRATION_LESSON, SENT_LESSON).quantity(Quantity.LESSONS).build()))
                .scoring(LinearScoring.of(d("2"))).build())
            .build())
        .addSections(Section.builder().id("outcome").label("终结性评价").points(d("60"))
            .addMetrics(Metric.builder().id("quality").label("教学质量检测提高幅度").points(d("40"))
                .measure(ImprovementMeasure.builder().test(TestKind.QUALITY_TEST).build())
                .scoring(RelativeScoring.of()).build())
            .addMetrics(Metric.builder().id("spotcheck").label("质量抽测提高幅度").points(d("20"))
                .measure(ImprovementRateMeasure.builder().test(TestKind.SPOT_CHECK).build())
                .scoring(RankScoring.of()).build())
            .build())
        .addAdjustments(Adjustment.builder().id("regular").type(AdjustmentType.BONUS)
            .measure(DistinctMonthsMeasure.builder().build()).pointsEach(d("0.5")).cap(d("2")).build())
        .addVetoes(Veto.builder().id("misconduct")
            .measure(CountMeasure.builder().addKinds(MISCONDUCT).build()).atLeast(d("1")).build())
        .grading(Grading.builder().quotaRounding(QuotaRounding.FLOOR)
            .addBands(Band.builder().id("EXCELLENT").label("优秀").minTotal(d("85")).quota(d("0.3")).build())
            .addBands(Band.builder().id("GOOD").label("良好").minTotal(d("70")).build())
            .addBands(Band.builder().id("PASS").label("合格").minTotal(d("60")).build())
            .addBands(Band.builder().id("FAIL").label("不合格").minTotal(d("0")).build())
            .build())
        .addAwards(Award.builder().id("outstanding-group").label("优秀互助组").addBands("EXCELLENT").build())
        .addAwards(Award.builder().id("outstanding-leader").label("成绩突出的组长").addBands("EXCELLENT")
            .addRoles(TeamRole.LEADER).build())
        .addAwards(Award.builder().id("outstanding-teacher").label("成绩突出的教师")
            .addBands("EXCELLENT", "GOOD").addRoles(TeamRole.DEPUTY, TeamRole.MEMBER)
            .individual(IndividualCriterion.of(
                CountMeasure.builder().addKinds(DEMONSTRATION_LESSON, SENT_LESSON).build(), d("2")))
            .build())
        .bundling(Bundling.builder().putCoefficients(TeamRole.LEADER, d("1.0"))
            .putCoefficients(TeamRole.DEPUTY, d("1.0")).putCoefficients(TeamRole.MEMBER, d("1.0"))
            .combination(Combination.MAX).build())
        .build();
  }

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }
}
