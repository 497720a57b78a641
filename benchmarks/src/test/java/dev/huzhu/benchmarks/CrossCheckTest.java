package dev.huzhu.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrossCheckTest {
  // two subjects of a JSON report as huzhu assess --format json writes them, cut to what is read
  private static final String REPORT = """
      {"format": "huzhu-report", "policy": "zhucheng-bundled-2012",
       "subjects": [
        {"id": "g1", "sections": [
          {"id": "process", "metrics": [
            {"id": "materials", "value": 7, "missing": false},
            {"id": "thematic", "value": 1, "missing": false},
            {"id": "lessons", "value": 1.0, "missing": false}]},
          {"id": "outcome", "metrics": [{"id": "quality", "value": 6.2399, "missing": false}]}],
         "adjustments": [{"id": "regular", "value": 4, "missing": false}],
         "vetoes": [{"id": "misconduct", "value": 0, "missing": false}]},
        {"id": "g2", "sections": [
          {"id": "process", "metrics": [
            {"id": "materials", "value": 0, "missing": false},
            {"id": "thematic", "value": 1, "missing": false},
            {"id": "lessons", "missing": true}]}],
         "adjustments": [{"id": "regular", "value": 2, "missing": false}],
         "vetoes": [{"id": "misconduct", "value": 1, "missing": false}]}],
       "awards": []}
      """;

  @Test
  void readsTheRawValuesOfEachSubject(@TempDir Path dir) throws Exception {
    Path report = dir.resolve("report.json");
    Files.writeString(report, REPORT, StandardCharsets.UTF_8);

    Map<String, GroupValues> values = CrossCheck.readReport(report);

    assertEquals(Map.of(
        "g1", new GroupValues("g1", dec("7"), dec("1"), Optional.of(dec("1.0")), dec("4"), dec("0")),
        "g2", new GroupValues("g2", dec("0"), dec("1"), Optional.empty(), dec("2"), dec("1"))),
        values);
  }

  @Test
  void equalValuesOfAnotherScaleAgree() {
    GroupValues huzhu = new GroupValues("g1", dec("7"), dec("1"), Optional.of(dec("0.0")),
        dec("4"), dec("0"));
    GroupValues duckdb = new GroupValues("g1", dec("7.0000"), dec("1"), Optional.of(dec("0E-4")),
        dec("4"), dec("0"));

    assertEquals(List.of(), CrossCheck.differences(Map.of("g1", huzhu), Map.of("g1", duckdb)));
  }

  @Test
  void namesEveryDifferenceAndEveryGroupOneSideLacks() {
    GroupValues huzhu = new GroupValues("g1", dec("7"), dec("1"), Optional.of(dec("0.6667")),
        dec("4"), dec("0"));
    GroupValues duckdb = new GroupValues("g1", dec("6"), dec("1"), Optional.empty(), dec("4"),
        dec("1"));
    GroupValues extra = new GroupValues("g9", dec("0"), dec("0"), Optional.empty(), dec("0"),
        dec("0"));

    assertEquals(List.of(
            "g1: materials 7 ≠ 6, lessonsPerMember 0.6667 ≠ missing, misconduct 0 ≠ 1",
            "g9: only DuckDB has it"),
        CrossCheck.differences(Map.of("g1", huzhu), Map.of("g1", duckdb, "g9", extra)));
  }

  private static BigDecimal dec(String s) {
    return new BigDecimal(s);
  }
}
