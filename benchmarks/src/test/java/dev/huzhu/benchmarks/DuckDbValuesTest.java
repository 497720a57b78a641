package dev.huzhu.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckDbValuesTest {
  // three research groups (g3 without activities, g2 without members) and a team of another kind
  private static final String DATASET = """
      {"format": "huzhu-dataset", "version": 1,
       "teams": [
         {"id": "g1", "kind": "SUBJECT_RESEARCH_GROUP", "members": [
           {"person": "p1", "role": "LEADER"}, {"person": "p2", "role": "MEMBER"},
           {"person": "p3", "role": "MEMBER"}]},
         {"id": "t1", "kind": "LEADING_GROUP", "members": [{"person": "p1", "role": "LEADER"}]},
         {"id": "g2", "kind": "SUBJECT_RESEARCH_GROUP", "members": []},
         {"id": "g3", "kind": "SUBJECT_RESEARCH_GROUP", "members": [
           {"person": "p4", "role": "LEADER"}, {"person": "p5", "role": "MEMBER"}]}],
       "activities": []}
      """;

  private static final String HEADER = "\uFEFFid,date,kind,credited,host,place,participants,subject,"
      + "grade,followUpOf,direction,stage,tags,lessons,materials,amountYuan,peopleHelped,jobs,"
      + "items,rating\n";

  private static String row(String id, String date, String kind, String credited, String lessons,
      String materials) {
    return id + "," + date + "," + kind + "," + credited + ",,,,,,,,,," + lessons + ","
        + materials + ",,,,,\n";
  }

  @Test
  void computesEachGroupsValuesOverThePeriod(@TempDir Path dir) throws Exception {
    Path dataset = dir.resolve("dataset.json");
    Files.writeString(dataset, DATASET, StandardCharsets.UTF_8);
    Path log = dir.resolve("activities.csv");
    Files.writeString(log, HEADER
        + row("a1", "2012-09-05", "MATERIAL_SHARE", "g1", "", "3")
        + row("a2", "2012-10-10", "MATERIAL_SHARE", "g1", "", "4")
        + row("a3", "2013-02-01", "MATERIAL_SHARE", "g1", "", "5") // after the period
        + row("a4", "2012-11-01", "THEMATIC_ACTIVITY", "g1;g2", "", "")
        + row("a5", "2012-11-20", "SENT_LESSON", "g1", "2", "")
        + row("a6", "2012-12-03", "DEMONSTRATION_LESSON", "g1;g1", "1", "") // counts once
        + row("a7", "2013-01-31", "MISCONDUCT", "g2", "", "")
        + row("a8", "2012-08-31", "THEMATIC_ACTIVITY", "g2", "", "") // before the period
        + row("a9", "2012-09-10", "REFLECTION", "t9", "", ""), // no research group
        StandardCharsets.UTF_8);

    List<GroupValues> values = DuckDbValues.compute(dataset, log);

    assertEquals(List.of(
        // materials 3 + 4 = 7; thematic a4; lessons (2 + 1) / 3 members = 1.0000;
        // months September, October, November, December = 4
        new GroupValues("g1", dec("7"), dec("1"), Optional.of(dec("1.0000")), dec("4"), dec("0")),
        // a4 and a7: November and January; no members, so no lessons per member
        new GroupValues("g2", dec("0"), dec("1"), Optional.empty(), dec("2"), dec("1")),
        // nothing in the log: 0 lessons over 2 members = 0
        new GroupValues("g3", dec("0"), dec("0"), Optional.of(dec("0")), dec("0"), dec("0")))
            .stream().map(DuckDbValuesTest::normalised).toList(),
        values.stream().map(DuckDbValuesTest::normalised).toList());
  }

  @Test
  void valuesSurviveTheirTsvLine() {
    GroupValues v = new GroupValues("g1", dec("7"), dec("1"), Optional.empty(), dec("4"), dec("0"));
    assertEquals("g1\t7\t1\tmissing\t4\t0", v.toTsv());
    assertEquals(v, GroupValues.parseTsv(v.toTsv()));
  }

  private static BigDecimal dec(String s) {
    return new BigDecimal(s);
  }

  /** Scales dropped, so that records compare by value ({@code 7.0000} as {@code 7}). */
  private static GroupValues normalised(GroupValues v) {
    return new GroupValues(v.group(), strip(v.materials()), strip(v.thematic()),
        v.lessonsPerMember().map(DuckDbValuesTest::strip), strip(v.months()),
        strip(v.misconduct()));
  }

  private static BigDecimal strip(BigDecimal d) {
    return d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
  }
}
