package dev.huzhu.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huzhu.core.activity.Activity;
import dev.huzhu.core.activity.ActivityKind;
import dev.huzhu.core.activity.Quantity;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of bad activity logs and score files (src/test/resources/bad/log, bad/scores):
 * every bad row of a file is reported in one pass, each with its line and column, counted by
 * hand from the file.
 */
class BadLogFilesTest {
  private static final String KINDS = Arrays.stream(ActivityKind.values()).map(Enum::name)
      .collect(Collectors.joining(", "));
  private static final String COLUMNS = "id, date, kind, credited, host, place, participants, "
      + "subject, grade, followUpOf, direction, stage, tags, lessons, materials, amountYuan, "
      + "peopleHelped, jobs, items, rating";

  static Stream<Arguments> logs() {
    return Stream.of(
        bad("wrong-cells.csv",
            "wrong-cells.csv:3:1 WRONG_CELL_COUNT: a row of 4 cells; the header has 7",
            "wrong-cells.csv:4:1 WRONG_CELL_COUNT: a row of 8 cells; the header has 7",
            "wrong-cells.csv:5:1 WRONG_CELL_COUNT: a blank line; every line after the header is a row of 7 cells"),
        bad("bad-cells.csv",
            "bad-cells.csv:2:5 BAD_DATE at date: \"2012-11-31\" is not a date; write dates as yyyy-mm-dd, e.g. 2012-11-13",
            "bad-cells.csv:3:16 UNKNOWN_VALUE at kind: \"SEND_LESSON\" is not one of " + KINDS,
            "bad-cells.csv:4:57 BAD_NUMBER at lessons: \"two\" is not a number; write numbers like 12 or 87.50, without spaces or thousands separators",
            "bad-cells.csv:5:44 INVALID_VALUE at participants: \"p-jb-li\" is not person:ROLE (e.g. p-zc-wang:LEAD)",
            "bad-cells.csv:6:1 MISSING_FIELD at id: the cell of column \"id\" is empty; it is required"),
        bad("bad-header.csv",
            "bad-header.csv:1:9 BAD_HEADER: unknown column \"teacher\"; an activity log has the columns " + COLUMNS,
            "bad-header.csv:1:26 BAD_HEADER: the column \"date\" is named twice",
            "bad-header.csv:1:1 BAD_HEADER: the header lacks the required column \"kind\""),
        bad("unclosed-quote.csv",
            "unclosed-quote.csv:3:28 MALFORMED: a quoted cell that never closes: a quote is missing"),
        bad("text-after-quote.csv",
            "text-after-quote.csv:2:39 MALFORMED: text after the closing quote of a cell; a quote inside a quoted cell is written twice (\"\")"),
        // every character before the byte that is not UTF-8 is read: the problem is at that byte
        bad("not-utf8.csv",
            "not-utf8.csv:3:34 MALFORMED: the file is not UTF-8 text from here on"),
        bad("bad-escape.csv",
            "bad-escape.csv:2:28 MALFORMED at credited: a \\ in a list cell escapes ; or \\ only; write \\\\ for a \\ in an element"),
        bad("bad-records.jsonl",
            "bad-records.jsonl:2:98 UNKNOWN_FIELD at teacher: an activity has no field \"teacher\"",
            "bad-records.jsonl:3:85 MALFORMED at credited: not well-formed: Unexpected end-of-input: expected close marker for Object",
            "bad-records.jsonl:4:1 MALFORMED: a blank line; every line of a JSON Lines log is one activity",
            "bad-records.jsonl:5:23 BAD_DATE at date: \"13/11/2012\" is not a date; write dates as yyyy-mm-dd, e.g. 2012-11-13",
            "bad-records.jsonl:6:72 WRONG_TYPE at credited: expected a list, found a string"));
  }

  static Stream<Arguments> scores() {
    return Stream.of(
        bad("bad-rows.csv",
            "bad-rows.csv:3:38 MISSING_FIELD at mean: the cell of column \"mean\" is empty; it is required",
            "bad-rows.csv:4:29 UNKNOWN_VALUE at phase: \"MIDTERM\" is not one of BASELINE, FINAL",
            "bad-rows.csv:5:9 BAD_NUMBER at grade: \"3.0\" is not a whole number",
            "bad-rows.csv:6:1 WRONG_CELL_COUNT: a row of 7 cells; the header has 10",
            "bad-rows.csv:7:36 BAD_NUMBER at mean: \"1 234\" is not a number; write numbers like 12 or 87.50, without spaces or thousands separators"));
  }

  private static Arguments bad(String file, String... problems) {
    return Arguments.of(file, List.of(problems));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("logs")
  void eachBadLogReportsEveryBadRecord(String name, List<String> expected) {
    Path file = BadFiles.file("log", name);
    assertThat(BadFiles.problems(file, () -> ActivityLogs.read(file))).containsExactlyElementsOf(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scores")
  void eachBadScoreFileReportsEveryBadRow(String name, List<String> expected) {
    Path file = BadFiles.file("scores", name);
    assertThat(BadFiles.problems(file, () -> ScoreFiles.read(file))).containsExactlyElementsOf(expected);
  }

  @Test
  void aLogAsExcelSavesItReadsWithItsByteOrderMarkAndCrLf() {
    List<Activity> log = ActivityLogs.read(Path.of("src", "test", "resources", "good", "excel-bom.csv"));
    assertThat(log).containsExactly(Activity.builder().id("a-1").date(LocalDate.of(2012, 11, 13))
        .kind(ActivityKind.SENT_LESSON).addCredited("g-jb-math").place("靖边县红墩界中心小学, 三年级(1)班")
        .addTags("送教下乡", "同课异构").build());
    assertThat(log.get(0).quantity(Quantity.LESSONS)).isEmpty();
  }
}
