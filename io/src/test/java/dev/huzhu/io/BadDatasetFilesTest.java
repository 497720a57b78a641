package dev.huzhu.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of bad dataset documents (src/test/resources/bad/dataset): each file has the
 * failures its name says, and reading it reports exactly these problems — file, line, column,
 * path and message, counted by hand from the file.
 */
class BadDatasetFilesTest {
  static Stream<Arguments> corpus() {
    return Stream.of(
        bad("unknown-field.json",
            "unknown-field.json:3:104 UNKNOWN_FIELD at schools[0].motto: a school has no field \"motto\""),
        bad("unknown-enum.json",
            "unknown-enum.json:3:49 UNKNOWN_VALUE at schools[0].locality: \"CITY\" is not one of URBAN, TOWNSHIP, VILLAGE"),
        bad("missing-field.json",
            "missing-field.json:3:5 MISSING_FIELD at people[0].roles: a person needs the field \"roles\""),
        bad("null-field.json",
            "null-field.json:3:31 MISSING_FIELD at people[0].name: a person needs the field \"name\", not null"),
        bad("duplicate-key.json",
            "duplicate-key.json:3:37 DUPLICATE_KEY at schools[0].name: the key \"name\" is given twice; the first is at line 3"),
        bad("trailing-content.json",
            "trailing-content.json:4:1 MALFORMED: unexpected content after the end of the document"),
        bad("bad-date.json",
            "bad-date.json:4:53 BAD_DATE at communities[0].established: \"2012-13-01\" is not a date; write dates as yyyy-mm-dd, e.g. 2012-11-13"),
        bad("bad-number.json",
            "bad-number.json:3:37 BAD_NUMBER at scores[0].grade: expected a whole number, found 3.5"),
        bad("wrong-type.json",
            "wrong-type.json:3:105 WRONG_TYPE at teams[0].grade: expected a number, found a string"),
        bad("newer-version.json",
            "newer-version.json:1:40 UNSUPPORTED_VERSION at version: the document is huzhu-dataset version 2, newer than this library: this library reads huzhu-dataset version 1; upgrade huzhu to read it"),
        bad("missing-format.json",
            "missing-format.json:1:1 WRONG_FORMAT at format: the document has no \"format\"; a dataset starts with \"format\": \"huzhu-dataset\""),
        bad("wrong-format.json",
            "wrong-format.json:1:12 WRONG_FORMAT at format: the format is \"huzhu-policy\", not \"huzhu-dataset\""),
        bad("invalid-id.json",
            "invalid-id.json:3:12 INVALID_ID at schools[0].id: 's jb6' is not an id: an id is non-empty, without spaces, control or invisible characters"),
        bad("not-utf8.json",
            "not-utf8.json:2:27 MALFORMED at schools[0].id: the file is not UTF-8 text from here on"),
        bad("version-not-whole.json",
            "version-not-whole.json:1:40 UNSUPPORTED_VERSION at version: the version must be a whole number from 1; this library reads huzhu-dataset version 1"),
        bad("not-an-object.json",
            "not-an-object.json:1:1 WRONG_TYPE: expected a dataset (an object), found a list"),
        bad("malformed.json",
            "malformed.json:3:94 MALFORMED at schools[0].county: not well-formed: Unexpected character ('}' (code 125)): was expecting double-quote to start property name"),
        bad("several-problems.json",
            "several-problems.json:4:5 MISSING_FIELD at schools[1].county: a school needs the field \"county\"",
            "several-problems.json:5:73 UNKNOWN_VALUE at schools[2].stage: \"NINE_YEARS\" is not one of PRIMARY, NINE_YEAR, JUNIOR_SECONDARY",
            "several-problems.json:8:59 DUPLICATE_ELEMENT at people[0].roles[1]: this list repeats the element at [0]",
            "several-problems.json:10:14 UNKNOWN_FIELD at gardens: a dataset has no field \"gardens\"; its collections are schools, people, communities, teams, exchanges, studentPairings, partyBranches, partyPairings, activities, scores"),
        // a divided duty (分工) is a text: a blank one is refused where it stands, the " " after
        // 17 spaces, {"person": "p-hdj-principal", (30), "role": "MEMBER", (18), "duties": (10)
        // and ["本校落实", (9): column 17 + 30 + 18 + 10 + 9 + 1 = 85
        bad("blank-duty.json",
            "blank-duty.json:16:85 BLANK_TEXT at teams[0].members[1].duties[1]: duties[1] must not be blank"),
        // read cleanly, then the dataset's own rules: placed at the element the path names
        bad("unknown-reference.json",
            // at the person's id, not the team's {: line 14, after 5 spaces, "members": [, the
            // first member's {…} (39 characters), ", " and {"person": — column 70
            "unknown-reference.json:14:70 UNKNOWN_REFERENCE at teams[0].members[1].person: team g-jb-math's member names person p-jb-wang, which is not in the dataset"));
  }

  private static Arguments bad(String file, String... problems) {
    return Arguments.of(file, List.of(problems));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void eachBadDocumentReportsExactlyItsProblems(String name, List<String> expected) {
    Path file = BadFiles.file("dataset", name);
    assertThat(BadFiles.problems(file, () -> DatasetFiles.read(file))).containsExactlyElementsOf(expected);
  }
}
