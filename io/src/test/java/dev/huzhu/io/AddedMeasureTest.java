package dev.huzhu.io;

import static dev.huzhu.core.activity.ActivityKind.DEMONSTRATION_LESSON;
import static dev.huzhu.core.activity.ActivityKind.SENT_LESSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.huzhu.core.HuzhuException;
import dev.huzhu.core.validation.Problem;
import dev.huzhu.evaluation.Assessment;
import dev.huzhu.evaluation.measure.MeasureKinds;
import dev.huzhu.evaluation.measure.PerMemberMeasure;
import dev.huzhu.evaluation.policy.Policy;
import dev.huzhu.evaluation.policy.PolicyKinds;
import dev.huzhu.evaluation.report.MetricResult;
import dev.huzhu.evaluation.report.Report;
import dev.huzhu.evaluation.report.SubjectResult;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A measure added outside the library ({@link LessonDaysMeasure}: one file, registered in one
 * line) is read from a policy file, validated by its own check, assessed, and written back to the
 * same text, as the library's own measures are — also inside a {@code perMember}.
 */
class AddedMeasureTest {
  private static final PolicyKinds KINDS =
      PolicyKinds.builtIn().withMeasure(LessonDaysMeasure.KIND);

  /**
   * The policy as the library writes it (kinds in their declared order, a blank line at the end),
   * so that writing what was read gives it back.
   */
  private static final String YAML = """
      format: huzhu-policy
      version: 1
      id: lesson-days
      title: 送教天数
      period:
        from: 2012-09-01
        to: 2013-01-31
      subjects:
        teamKinds:
          - LEADERSHIP_GROUP
      sections:
        - id: lessons
          label: 送教下乡
          points: 20
          metrics:
            - id: full-days
              label: 送教两节以上的天数
              points: 10
              measure:
                type: lessonDays
                kinds:
                  - DEMONSTRATION_LESSON
                  - SENT_LESSON
                minLessons: 2
              scoring:
                type: linear
                target: 4
            - id: days
              label: 送教天数
              points: 10
              measure:
                type: lessonDays
                kinds:
                  - DEMONSTRATION_LESSON
                  - SENT_LESSON
              scoring:
                type: linear
                target: 4
      adjustments:
        - id: days-per-member
          type: bonus
          measure:
            type: perMember
            of:
              type: lessonDays
              kinds: []
          pointsEach: 1
          cap: 2

      """;

  /** The same policy as the library writes it in JSON. */
  private static final String JSON = """
      {
        "format": "huzhu-policy",
        "version": 1,
        "id": "lesson-days",
        "title": "送教天数",
        "period": {
          "from": "2012-09-01",
          "to": "2013-01-31"
        },
        "subjects": {
          "teamKinds": [
            "LEADERSHIP_GROUP"
          ]
        },
        "sections": [
          {
            "id": "lessons",
            "label": "送教下乡",
            "points": 20,
            "metrics": [
              {
                "id": "full-days",
                "label": "送教两节以上的天数",
                "points": 10,
                "measure": {
                  "type": "lessonDays",
                  "kinds": [
                    "DEMONSTRATION_LESSON",
                    "SENT_LESSON"
                  ],
                  "minLessons": 2
                },
                "scoring": {
                  "type": "linear",
                  "target": 4
                }
              },
              {
                "id": "days",
                "label": "送教天数",
                "points": 10,
                "measure": {
                  "type": "lessonDays",
                  "kinds": [
                    "DEMONSTRATION_LESSON",
                    "SENT_LESSON"
                  ]
                },
                "scoring": {
                  "type": "linear",
                  "target": 4
                }
              }
            ]
          }
        ],
        "adjustments": [
          {
            "id": "days-per-member",
            "type": "bonus",
            "measure": {
              "type": "perMember",
              "of": {
                "type": "lessonDays",
                "kinds": [ ]
              }
            },
            "pointsEach": 1,
            "cap": 2
          }
        ]
      }
      """;

  /**
   * The README's 靖边六小 community: its 领导小组 (3 members) is credited with lessons on four days
   * of the fall term, and one more after it.
   */
  private static final String DATASET = """
      {
        "format": "huzhu-dataset",
        "version": 1,
        "schools": [
          {"id": "s-jb6", "name": "靖边六小", "locality": "URBAN", "stage": "PRIMARY", "county": "靖边县"},
          {"id": "s-jb-hdj", "name": "红墩界中心小学", "locality": "TOWNSHIP", "stage": "PRIMARY", "county": "靖边县"}
        ],
        "people": [
          {"id": "p-jb6-principal", "name": "靖边六小校长", "roles": ["PRINCIPAL"], "school": "s-jb6"},
          {"id": "p-jb6-vp", "name": "靖边六小主管业务副校长", "roles": ["VICE_PRINCIPAL"], "school": "s-jb6"},
          {"id": "p-jb6-math", "name": "靖边六小数学教师", "roles": ["TEACHER"], "school": "s-jb6",
           "subjects": ["MATH"], "grades": [4]},
          {"id": "p-jb-hdj-principal", "name": "红墩界中心小学校长", "roles": ["PRINCIPAL"], "school": "s-jb-hdj"}
        ],
        "communities": [
          {"id": "c-jb6", "name": "靖边六小城乡互助共同体", "core": "s-jb6", "members": ["s-jb-hdj"],
           "formation": "POLICY_ASSIGNED", "programme": "OTHER", "established": "2012-09-01"}
        ],
        "teams": [
          {"id": "g-jb6-lead", "kind": "LEADERSHIP_GROUP", "name": "领导小组", "community": "c-jb6",
           "members": [{"person": "p-jb6-principal", "role": "LEADER"},
                       {"person": "p-jb6-vp", "role": "MEMBER"},
                       {"person": "p-jb-hdj-principal", "role": "MEMBER"}]}
        ],
        "activities": [
          %s,
          %s,
          %s,
          %s,
          %s,
          %s
        ]
      }
      """.formatted(
          lessons("a-1113-sent", "2012-11-13", "SENT_LESSON", 2),
          lessons("a-1113-demo", "2012-11-13", "DEMONSTRATION_LESSON", 1),
          lessons("a-1120-sent", "2012-11-20", "SENT_LESSON", 1),
          lessons("a-1204-sent", "2012-12-04", "SENT_LESSON", 2),
          lessons("a-1205-lecture", "2012-12-05", "LECTURE", 3),
          lessons("a-0305-sent", "2013-03-05", "SENT_LESSON", 2));

  private static String lessons(String id, String date, String kind, int lessons) {
    // only a sent lesson has a direction
    String direction = kind.equals("SENT_LESSON") ? " \"direction\": \"URBAN_TO_RURAL\"," : "";
    return "{\"id\": \"" + id + "\", \"date\": \"" + date + "\", \"kind\": \"" + kind + "\","
        + " \"credited\": [\"g-jb6-lead\"], \"host\": \"s-jb-hdj\"," + direction
        + " \"participants\": [{\"person\": \"p-jb6-math\", \"role\": \"LEAD\"}],"
        + " \"quantities\": {\"lessons\": " + lessons + "}}";
  }

  @Test
  void aPolicyNamingTheAddedMeasureReadsAsItsValue() {
    Policy policy = PolicyFiles.parse(YAML, FileSyntax.YAML, KINDS);
    assertThat(policy.sections().get(0).metrics().get(0).measure()).isEqualTo(LessonDaysMeasure
        .builder().addKinds(SENT_LESSON, DEMONSTRATION_LESSON).minLessons(2).build());
    assertThat(policy.sections().get(0).metrics().get(1).measure()).isEqualTo(LessonDaysMeasure
        .builder().addKinds(SENT_LESSON, DEMONSTRATION_LESSON).build());
    assertThat(policy.adjustments().get(0).measure())
        .isEqualTo(PerMemberMeasure.of(LessonDaysMeasure.builder().build()));
    assertThat(policy.validate()).isEmpty();
    assertThat(PolicyFiles.parse(JSON, FileSyntax.JSON, KINDS)).isEqualTo(policy);
  }

  @Test
  void theAddedMeasureIsAssessedLikeTheLibrarysOwn() {
    Report report = Assessment.of(PolicyFiles.parse(YAML, FileSyntax.YAML, KINDS))
        .run(DatasetFiles.parse(DATASET));
    SubjectResult group = report.subjects().get(0);
    assertThat(group.id()).isEqualTo("g-jb6-lead");
    MetricResult fullDays = group.sections().get(0).metrics().get(0);
    // lessons by day, of sent and demonstration lessons in the term: 11-13: 2 + 1 = 3,
    // 11-20: 1, 12-04: 2 (the lecture is another kind, 2013-03-05 is after the term)
    // days with 2 or more: 11-13 and 12-04 = 2; 10 × 2 / 4 = 5.00
    assertThat(fullDays.value()).contains(new BigDecimal("2"));
    assertThat(fullDays.points()).isEqualByComparingTo("5.00");
    assertThat(fullDays.evidence().ids())
        .containsExactly("a-1113-demo", "a-1113-sent", "a-1120-sent", "a-1204-sent");
    MetricResult days = group.sections().get(0).metrics().get(1);
    // days with 1 or more: 11-13, 11-20, 12-04 = 3; 10 × 3 / 4 = 7.50
    assertThat(days.value()).contains(new BigDecimal("3"));
    assertThat(days.points()).isEqualByComparingTo("7.50");
    // every kind: the lecture's 12-05 too, 4 days for 3 members: 4 / 3 = 1.3333;
    // min(1 × 1.3333, 2) = 1.33
    assertThat(group.adjustments().get(0).value()).contains(new BigDecimal("1.3333"));
    assertThat(group.adjustments().get(0).points()).isEqualByComparingTo("1.33");
    // 5.00 + 7.50 + 1.33
    assertThat(group.total()).isEqualByComparingTo("13.83");
  }

  @Test
  void aPolicyNamingTheAddedMeasureIsWrittenBackAsItWasRead() {
    Policy policy = PolicyFiles.parse(YAML, FileSyntax.YAML, KINDS);
    assertThat(PolicyFiles.toYaml(policy)).isEqualTo(YAML);
    assertThat(PolicyFiles.toJson(policy)).isEqualTo(JSON);
  }

  @Test
  void withoutItsKindTheAddedMeasureIsNotAMeasure() {
    String notAMeasure = " \"lessonDays\" is not a measure; the measures are count, sum, mean,"
        + " distinctMonths, distinctSchools, distinctKinds, perMember, improvement,"
        + " improvementRate, level, gap, gapChange, dispersion, exchangeShare, backboneShare,"
        + " followUpCoverage, monthlyCompliance, professionalMatch";
    assertThat(problems(YAML, PolicyKinds.builtIn())).containsExactly(
        "<text>:20:17 UNKNOWN_VALUE at sections[0].metrics[0].measure.type:" + notAMeasure,
        "<text>:32:17 UNKNOWN_VALUE at sections[0].metrics[1].measure.type:" + notAMeasure,
        "<text>:45:15 UNKNOWN_VALUE at adjustments[0].measure.of.type:" + notAMeasure);
  }

  @Test
  void theAddedMeasureIsListedLastAmongTheMeasures() {
    // the first measure only
    assertThat(problems(YAML.replaceFirst("type: lessonDays", "type: lessonDay"), KINDS))
        .containsExactly(
        "<text>:20:17 UNKNOWN_VALUE at sections[0].metrics[0].measure.type: \"lessonDay\" is not a"
            + " measure; the measures are count, sum, mean, distinctMonths, distinctSchools,"
            + " distinctKinds, perMember, improvement, improvementRate, level, gap, gapChange,"
            + " dispersion, exchangeShare, backboneShare, followUpCoverage, monthlyCompliance,"
            + " professionalMatch, lessonDays");
  }

  @Test
  void theAddedMeasuresOwnCheckIsReportedAtItsField() {
    assertThat(problems(YAML.replace("minLessons: 2", "minLessons: -1"), KINDS)).containsExactly(
        "<text>:24:23 NEGATIVE_NUMBER at sections[0].metrics[0].measure.minLessons:"
            + " minLessons is -1");
  }

  @Test
  void theAddedMeasuresFieldsAreReadLikeTheLibrarysOwn() {
    assertThat(problems(YAML.replace("minLessons: 2", "minLessons: two"), KINDS)).containsExactly(
        "<text>:24:23 WRONG_TYPE at sections[0].metrics[0].measure.minLessons: expected a number,"
            + " found a string");
  }

  @Test
  void aWordCannotNameTwoMeasures() {
    assertThatIllegalArgumentException().isThrownBy(() -> MeasureKinds.BUILT_IN
        .with(LessonDaysMeasure.KIND).with(LessonDaysMeasure.KIND))
        .withMessage("two measures are named lessonDays");
  }

  private static List<String> problems(String yaml, PolicyKinds kinds) {
    HuzhuException e = catchThrowableOfType(HuzhuException.class,
        () -> PolicyFiles.parse(yaml, FileSyntax.YAML, kinds));
    assertThat(e).as("reading must fail").isNotNull();
    return e.problems().stream().map(Problem::toString).collect(Collectors.toList());
  }
}
