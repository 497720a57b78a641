package dev.huzhu.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.huzhu.core.validation.Problem;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Report files that must be refused, under {@code bad/report/}, each with the problems it has:
 * code, file:line:column, path and message, worked out by hand from the file.
 */
class BadReportFilesTest {
  static List<String> problems(String name) {
    String text = ReportFilesExampleTest.resource("/bad/report/" + name);
    InvalidFileException e = catchThrowableOfType(InvalidFileException.class,
        () -> ReportFiles.readJson(new StringReader(text), name));
    assertThat(e).as(name + " must be refused").isNotNull();
    assertThat(e.getMessage()).startsWith("the report " + name + " is not valid");
    return e.problems().stream().map(Problem::toString).toList();
  }

  @Test
  void missingFieldsAreNamedAtTheirObjects() {
    assertThat(problems("missing-field.json")).containsExactly(
        // the subject's { is on line 8, column 5; the metric's on line 15, column 13
        "missing-field.json:8:5 MISSING_FIELD at subjects[0].rank: a subject result needs the field \"rank\"",
        "missing-field.json:15:13 MISSING_FIELD at subjects[0].sections[0].metrics[0].points: a metric"
            + " result needs the field \"points\"");
  }

  @Test
  void unknownFieldsAndValuesAreNamed() {
    assertThat(problems("unknown-field.json")).containsExactly(
        "unknown-field.json:17:42 UNKNOWN_FIELD at subjects[0].sections[0].metrics[0].remark: a metric"
            + " result has no field \"remark\"",
        "unknown-field.json:23:45 UNKNOWN_VALUE at subjects[0].members[0].role: \"TEACHER\" is not one"
            + " of LEADER, DEPUTY, MEMBER, HOST",
        // the document's own fields are checked last, once everything in it was read
        "unknown-field.json:6:14 UNKNOWN_FIELD at comment: a report has no field \"comment\"");
  }

  @Test
  void missingMustAgreeWithValue() {
    assertThat(problems("missing-disagrees.json")).containsExactly(
        "missing-disagrees.json:16:25 INVALID_VALUE at subjects[0].sections[0].metrics[0].missing:"
            + " \"missing\" is true, but the metric has a \"value\"",
        "missing-disagrees.json:18:25 INVALID_VALUE at subjects[0].sections[0].metrics[1].missing:"
            + " \"missing\" is false, but the metric has no \"value\"");
  }

  @Test
  void aNewerVersionIsRefusedAndNothingElseIsRead() {
    assertThat(problems("newer-version.json")).containsExactly(
        "newer-version.json:3:14 UNSUPPORTED_VERSION at version: the document is huzhu-report"
            + " version 2, newer than this library: this library reads huzhu-report version 1;"
            + " upgrade huzhu to read it");
  }

  @Test
  void wrongTypesNumbersAndKeysAreNamed() {
    assertThat(problems("wrong-types.json")).containsExactly(
        "wrong-types.json:6:3 DUPLICATE_KEY at title: the key \"title\" is given twice; the first is"
            + " at line 5",
        "wrong-types.json:10:65 BAD_NUMBER at subjects[0].order: expected a whole number from 1, found 0",
        "wrong-types.json:10:88 WRONG_TYPE at subjects[0].total: expected a number, found a string",
        "wrong-types.json:17:76 INVALID_VALUE at subjects[0].sections[0].metrics[0].records.count:"
            + " the count 1 is less than the 2 ids listed");
  }

  @Test
  void anotherKindOfDocumentIsRefused() {
    assertThatThrownBy(() -> ReportFiles.parseJson("{\"format\": \"huzhu-dataset\", \"version\": 1}"))
        .isInstanceOfSatisfying(InvalidFileException.class, e -> assertThat(e.problems())
            .extracting(Problem::toString).containsExactly("(text):1:12 WRONG_FORMAT at format: the"
                + " format is \"huzhu-dataset\", not \"huzhu-report\""));
  }
}
