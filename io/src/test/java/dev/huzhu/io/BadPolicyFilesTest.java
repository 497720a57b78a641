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
      + "distinctKinds, perMember, improvement, improvementRate, level, followUpCoverage, "
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
            "malformed.yaml:10:1 MALFORMED at sections[0].label: not well-formed: found character '\\t(TAB)' that cannot start any token. (Do not use \\t(TAB) for indentation)"),
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
            "section-points.yaml:12:7 SECTION_POINTS_MISMATCH at sections[0].metrics: section process's metrics add up to 15 points, not its 20"),
        bad("not-applicable.yaml",
            "not-applicable.yaml:13:19 MEASURE_NOT_APPLICABLE at sections[0].metrics[0].measure: measure monthlyCompliance cannot apply to [TEAM] subjects, which the policy selects; it applies to [EXCHANGE]"),
        bad("several-problems.yaml",
            "several-problems.yaml:5:32 BAD_DATE at period.to: \"2012-13-01\" is not a date; write dates as yyyy-mm-dd, e.g. 2012-11-13",
            "several-problems.yaml:6:24 UNKNOWN_VALUE at subjects.teamKinds[0]: \"SUBJECT_RESEARCH_GROUPS\" is not one of LEADERSHIP_GROUP, PRINCIPAL_STUDIO, SUBJECT_ALLIANCE, MIDDLE_MANAGEMENT_TEAM, CLASS_TEACHER_TEAM, SUBJECT_RESEARCH_GROUP",
            "several-problems.yaml:13:39 UNKNOWN_FIELD at sections[0].metrics[0].measure.kind: a measure has no field \"kind\"",
            "several-problems.yaml:14:9 MISSING_FIELD at sections[0].metrics[1].label: a metric needs the field \"label\"",
            "several-problems.yaml:15:72 UNKNOWN_VALUE at sections[0].metrics[1].scoring.type: \"stepwise\" is not a scoring; the scorings are linear, tiers, relative, rank, ratioToBest",
            "several-problems.yaml:17:18 UNKNOWN_VALUE at grading.quotaRounding: \"DOWN\" is not one of FLOOR, HALF_UP, CEILING",
            "several-problems.yaml:19:65 UNKNOWN_FIELD at grading.bands[0].seats: a band has no field \"seats\""));
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
