package dev.huzhu.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of bad policy files (src/test/resources/bad/policy): each file has the failures its
 * name says, and reading it reports exactly these problems — file, line, column, path and
 * message, counted by hand from the file.
 */
class BadPolicyFilesTest {
  private static final String MEASURES = "count, sum, mean, distinctMonths, distinctSchools, "
      + "distinctKinds, perMember, improvement, improvementRate, level, gap, gapChange, "
      + "dispersion, exchangeShare, backboneShare, followUpCoverage, "
      + "monthlyCompliance, professionalMatch";

  static Stream<Arguments> corpus() {
    return Stream.of(
        bad("unknown-field.yaml",
            "unknown-field.yaml:12:57 UNKNOWN_FIELD at sections[0].metrics[0].weight: a metric has no field \"weight\""),
        bad("wrong-type.yaml",
            "wrong-type.yaml:10:13 WRONG_TYPE at sections[0].points: expected a number, found a list"),
        bad("unknown-enum.yaml",
            "unknown-enum.yaml:13:66 UNKNOWN_VALUE at sections[0].metrics[0].measure.direction: \"CITY_TO_VILLAGE\" is not one of URBAN_TO_RURAL, RURAL_TO_URBAN"),
        bad("unknown-measure.yaml",
            "unknown-measure.yaml:13:26 UNKNOWN_VALUE at sections[0].metrics[0].measure.type: \"median\" is not a measure; the measures are " + MEASURES),
        // a type is looked up in a fixed table of names, never loaded as a class
        bad("class-name-type.yaml",
            "class-name-type.yaml:16:17 UNKNOWN_VALUE at sections[0].metrics[0].measure.type: \"java.lang.ProcessBuilder\" is not a measure; the measures are " + MEASURES),
        bad("at-class.json",
            "at-class.json:11:30 UNKNOWN_FIELD at sections[0].metrics[0].measure.@class: a measure has no field \"@class\""),
        bad("missing-field.yaml",
            "missing-field.yaml:13:71 MISSING_FIELD at sections[0].metrics[0].scoring.target: a scoring needs the field \"target\""),
        bad("duplicate-key.yaml",
            "duplicate-key.yaml:14:5 DUPLICATE_KEY at sections[0].label: the key \"label\" is given twice; the first is at line 9"),
        bad("duplicate-key.json",
            "duplicate-key.json:6:56 DUPLICATE_KEY at period.from: the key \"from\" is given twice; the first is at line 6"),
        bad("trailing-content.json",
            "trailing-content.json:16:1 MALFORMED: unexpected content after the end of the document"),
        // SnakeYAML's problem where it found it, not the context it was in nor the last token read
        bad("malformed.yaml",
            // no path: the tab stops the scanner between keys, not in the label read before it
            "malformed.yaml:10:1 MALFORMED: not well-formed: found character '\\t(TAB)' that cannot start any token. (Do not use \\t(TAB) for indentation)"),
        bad("bad-date.yaml",
            "bad-date.yaml:5:32 BAD_DATE at period.to: \"2013-02-30\" is not a date; write dates as yyyy-mm-dd, e.g. 2012-11-13"),
        bad("bad-number.yaml",
            "bad-number.yaml:14:17 WRONG_TYPE at sections[0].metrics[0].points: expected a number, found a string"),
        bad("not-a-number.yaml",
            "not-a-number.yaml:10:13 BAD_NUMBER at sections[0].points: not a finite decimal number"),
        bad("newer-version.yaml",
            "newer-version.yaml:2:10 UNSUPPORTED_VERSION at version: the document is huzhu-policy version 2, newer than this library: this library reads huzhu-policy version 1; upgrade huzhu to read it"),
        bad("missing-format.yaml",
            "missing-format.yaml:1:1 WRONG_FORMAT at format: the document has no \"format\"; a policy starts with \"format\": \"huzhu-policy\""),
        bad("wrong-format.yaml",
            "wrong-format.yaml:1:9 WRONG_FORMAT at format: the format is \"huzhu-dataset\", not \"huzhu-policy\""),
        bad("alias.yaml",
            "alias.yaml:12:31 YAML_ALIAS at sections[0].metrics[0].label: YAML aliases (*name) are not read: write the value out in full"),
        Arguments.of("alias-bomb.yaml", aliasBomb()),
        bad("yaml-tag.yaml",
            "yaml-tag.yaml:15:18 MALFORMED at sections[0].metrics[0].measure: YAML tags (!name) are not read: types come from the field, never from the input"),
        // read cleanly, then the policy's own rules: placed at the element the path names
        bad("section-points.yaml",
            // at the section's points, line 10: four spaces and "points: " before the value
            "section-points.yaml:10:13 SECTION_POINTS_MISMATCH at sections[0].points: section process's metrics add up to 15 points, not its 20"),
        bad("not-applicable.yaml",
            "not-applicable.yaml:13:19 MEASURE_NOT_APPLICABLE at sections[0].metrics[0].measure: measure monthlyCompliance cannot apply to [TEAM] subjects, which the policy selects; it applies to [EXCHANGE]"),
        bad("several-problems.yaml",
            "several-problems.yaml:5:32 BAD_DATE at period.to: \"2012-13-01\" is not a date; write dates as yyyy-mm-dd, e.g. 2012-11-13",
            "several-problems.yaml:6:24 UNKNOWN_VALUE at subjects.teamKinds[0]: \"SUBJECT_RESEARCH_GROUPS\" is not one of LEADERSHIP_GROUP, PRINCIPAL_STUDIO, SUBJECT_ALLIANCE, MIDDLE_MANAGEMENT_TEAM, CLASS_TEACHER_TEAM, SUBJECT_RESEARCH_GROUP",
            "several-problems.yaml:13:39 UNKNOWN_FIELD at sections[0].metrics[0].measure.kind: a measure has no field \"kind\"",
            "several-problems.yaml:14:9 MISSING_FIELD at sections[0].metrics[1].label: a metric needs the field \"label\"",
            "several-problems.yaml:15:72 UNKNOWN_VALUE at sections[0].metrics[1].scoring.type: \"stepwise\" is not a scoring; the scorings are linear, tiers, relative, rank, ratioToBest, range",
            "several-problems.yaml:17:18 UNKNOWN_VALUE at grading.quotaRounding: \"DOWN\" is not one of FLOOR, HALF_UP, CEILING",
            "several-problems.yaml:19:65 UNKNOWN_FIELD at grading.bands[0].seats: a band has no field \"seats\""),
        // the subject kinds and balance measures of docs/assessment.md#schools-communities-and-pupil-pairings
        bad("balance-read.yaml",
            "balance-read.yaml:6:38 UNKNOWN_VALUE at subjects.schoolLocalities[1]: \"CITY\" is not one of URBAN, TOWNSHIP, VILLAGE",
            "balance-read.yaml:6:58 WRONG_TYPE at subjects.communities: expected true or false, found a string",
            "balance-read.yaml:6:87 UNKNOWN_VALUE at subjects.studentPairingKinds[0]: \"PUPILS\" is not one of STUDENTS, FAMILIES",
            "balance-read.yaml:13:19 MISSING_FIELD at sections[0].metrics[0].measure.phase: a measure needs the field \"phase\"",
            "balance-read.yaml:13:67 UNKNOWN_VALUE at sections[0].metrics[0].measure.subject: \"MATHS\" is not one of CHINESE, MATH, ENGLISH, SCIENCE, MORALITY_AND_LAW, MUSIC, ART, PE, INFORMATION_TECHNOLOGY, OTHER",
            "balance-read.yaml:15:49 UNKNOWN_VALUE at sections[0].metrics[1].measure.kinds[0]: \"TEACHING\" is not one of TEACHING_EXCHANGE, SHADOWING, CADRE_EXCHANGE"),
        bad("balance-rules.yaml",
            "balance-rules.yaml:13:19 MEASURE_NOT_APPLICABLE at sections[0].metrics[0].measure: measure gapChange cannot apply to [TEAM, STUDENT_PAIRING] subjects, which the policy selects; it applies to [COMMUNITY]",
            "balance-rules.yaml:15:19 MEASURE_NOT_APPLICABLE at sections[0].metrics[1].measure: measure exchangeShare cannot apply to [TEAM, STUDENT_PAIRING] subjects, which the policy selects; it applies to [SCHOOL, COMMUNITY]"),
        // these read cleanly and break the policy's own rules: between them every PolicyProblemCode
        bad("rules-policy.yaml",
            "rules-policy.yaml:3:5 INVALID_ID at id: 'zhucheng 2012' is not an id: an id is non-empty, without spaces, control or invisible characters",
            "rules-policy.yaml:5:9 INVERTED_PERIOD at period: the period runs from 2013-01-31 to 2012-09-01, which is backwards",
            "rules-policy.yaml:6:11 NO_SUBJECTS at subjects: the policy selects no team kinds, party pairings, exchange kinds, school localities, communities or pupil pairing kinds",
            "rules-policy.yaml:7:11 NO_SECTIONS at sections: the policy has no sections",
            "rules-policy.yaml:8:18 NO_BANDS at grading.bands: grading needs at least one band"),
        bad("rules-metrics.yaml",
            "rules-metrics.yaml:12:41 NON_POSITIVE_POINTS at sections[0].metrics[0].points: points must be positive, not 0",
            "rules-metrics.yaml:12:111 NON_POSITIVE_TARGET at sections[0].metrics[0].scoring.target: a linear target must be positive, not 0",
            "rules-metrics.yaml:13:14 DUPLICATE_ID at sections[0].metrics[1].id: another metric already has id deeds",
            "rules-metrics.yaml:13:110 EMPTY_TIERS at sections[0].metrics[1].scoring.tiers: a tiers scoring needs at least one tier",
            "rules-metrics.yaml:14:52 MEASURE_NOT_APPLICABLE at sections[0].metrics[2].measure: measure improvement cannot apply to [PARTY_PAIRING] subjects, which the policy selects; it applies to [TEAM, SCHOOL, COMMUNITY]",
            "rules-metrics.yaml:15:62 TIER_OUT_OF_RANGE at sections[0].metrics[2].scoring.tiers[0].points: tier 0 is worth 6, outside 0 to the metric's 5 points",
            "rules-metrics.yaml:15:76 TIERS_NOT_DESCENDING at sections[0].metrics[2].scoring.tiers[1].atLeast: tier 1's atLeast 1 is not below the previous 1; list tiers from the highest down",
            "rules-metrics.yaml:15:87 TIER_OUT_OF_RANGE at sections[0].metrics[2].scoring.tiers[1].points: tier 1 is worth -1, outside 0 to the metric's 5 points",
            // 0 + 10 + 5 = 15
            "rules-metrics.yaml:10:13 SECTION_POINTS_MISMATCH at sections[0].points: section results's metrics add up to 15 points, not its 20",
            "rules-metrics.yaml:17:90 NEGATIVE_NUMBER at adjustments[0].measure.withinDays: withinDays is -3",
            "rules-metrics.yaml:17:107 NEGATIVE_NUMBER at adjustments[0].pointsEach: pointsEach must not be negative, not -1"),
        bad("rules-grading.yaml",
            "rules-grading.yaml:15:53 QUOTA_OUT_OF_RANGE at grading.bands[0].quota: band GOOD's quota 1.5 is outside (0, 1]: a fraction of the subjects",
            "rules-grading.yaml:16:47 BANDS_NOT_DESCENDING at grading.bands[1].minTotal: band EXCELLENT's minTotal 85 is not below the previous band's 70; list bands best first",
            "rules-grading.yaml:17:42 INVALID_LAST_BAND at grading.bands[2].minTotal: the last band PASS must take every total: its minTotal is 60, not 0",
            "rules-grading.yaml:17:53 INVALID_LAST_BAND at grading.bands[2].quota: the last band PASS must take every subject left: it cannot have a quota",
            "rules-grading.yaml:19:47 UNKNOWN_GRADE at awards[0].grades[1]: award best names grade OUTSTANDING, which no band of the grading has",
            "rules-grading.yaml:19:66 INVALID_TOP at awards[0].top: award best's top is 0; it must be at least 1",
            "rules-grading.yaml:20:18 INVALID_INDIVIDUAL_CRITERION at awards[0].individual: award best has an individual criterion but names no roles: it awards subjects",
            "rules-grading.yaml:20:28 INVALID_INDIVIDUAL_CRITERION at awards[0].individual.measure: award best's individual measure level does not read the activities a person led",
            "rules-grading.yaml:21:35 NEGATIVE_NUMBER at bundling.coefficients.LEADER: LEADER must not be negative, not -1"),
        // the bounds of range, tiers and vetoes: each problem at the value that breaks the rule
        bad("rules-bounds.yaml",
            "rules-bounds.yaml:12:145 EMPTY_RANGE at sections[0].metrics[0].scoring.fullAt: a range's fullAt 0.050 equals its zeroAt 0.05; they must differ (fullAt below zeroAt when lower is better)",
            "rules-bounds.yaml:14:78 MIXED_TIER_BOUNDS at sections[0].metrics[1].scoring.tiers[1].atLeast: tier 1 says atLeast where the tiers before it say atMost; all tiers of a metric use the same word",
            "rules-bounds.yaml:16:77 TIERS_NOT_ASCENDING at sections[0].metrics[2].scoring.tiers[1].atMost: tier 1's atMost 0.2 is not above the previous 0.5; list atMost tiers from the lowest up",
            "rules-bounds.yaml:16:95 INVALID_TIER_BOUND at sections[0].metrics[2].scoring.tiers[2]: tier 2 must state exactly one of atLeast and atMost, not both",
            "rules-bounds.yaml:18:81 INVALID_VETO_BOUND at vetoes[0].atMost: veto both says both atLeast 1 and atMost 0; a veto says exactly one of them",
            "rules-bounds.yaml:19:5 INVALID_VETO_BOUND at vetoes[1]: veto neither says neither atLeast nor atMost; a veto says exactly one of them"),
        // subjects.within: a list of community ids, read and checked where each one stands
        bad("within-read.yaml",
            "within-read.yaml:6:53 WRONG_TYPE at subjects.within: expected a list, found a string"),
        bad("within-rules.yaml",
            "within-rules.yaml:6:48 INVALID_ID at subjects.within[1]: 'c zc' is not an id: an id is non-empty, without spaces, control or invisible characters",
            "within-rules.yaml:6:41 WITHIN_NOT_APPLICABLE at subjects.within: party pairings belong to no community, so within [c-bn, c zc] would assess none of them; assess party pairings in a policy without within"),
        // rounding words the library does not know, where they stand: 2 (a number) and section
        bad("unknown-rounding.yaml",
            "unknown-rounding.yaml:7:20 UNKNOWN_VALUE at rounding.values: \"2\" is not one of 4, exact",
            "unknown-rounding.yaml:7:31 UNKNOWN_VALUE at rounding.points: \"section\" is not one of metric, total"));
  }

  /**
   * The billion laughs: lines 16 to 23 hold lol[1] to lol[8], each a list of nine aliases at
   * columns 9, 13, …, 41. Every alias is refused where it stands, none is expanded; then the
   * field itself is unknown (its list starts at line 15, column 3).
   */
  private static List<String> aliasBomb() {
    List<String> problems = new ArrayList<>();
    for (int list = 1; list <= 8; list++) {
      for (int k = 0; k < 9; k++) {
        problems.add("alias-bomb.yaml:" + (15 + list) + ":" + (9 + 4 * k) + " YAML_ALIAS at lol["
            + list + "][" + k + "]: YAML aliases (*name) are not read: write the value out in full");
      }
    }
    problems.add("alias-bomb.yaml:15:3 UNKNOWN_FIELD at lol: a policy has no field \"lol\"");
    return problems;
  }

  private static Arguments bad(String file, String... problems) {
    return Arguments.of(file, List.of(problems));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void eachBadPolicyFileReportsExactlyItsProblems(String name, List<String> expected) {
    Path file = BadFiles.file("policy", name);
    assertThat(BadFiles.problems(file, () -> PolicyFiles.read(file))).containsExactlyElementsOf(expected);
  }

  @Test
  void theAliasBombIsRefusedQuickly() {
    Path file = BadFiles.file("policy", "alias-bomb.yaml");
    long start = System.nanoTime();
    BadFiles.problems(file, () -> PolicyFiles.read(file));
    assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds").isLessThan(5_000);
  }
}
