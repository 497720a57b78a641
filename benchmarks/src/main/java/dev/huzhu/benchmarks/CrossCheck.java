package dev.huzhu.benchmarks;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks that DuckDB's values ({@link DuckDbValues}) equal the raw values of huzhu's report
 * ({@code huzhu assess --format json}) for every group, and says which differ. Exits 1 on any
 * difference, a group one side lacks included.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar dev.huzhu.benchmarks.CrossCheck DUCKDB.tsv
 * REPORT.json}
 */
public final class CrossCheck {
  private CrossCheck() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: CrossCheck DUCKDB.tsv REPORT.json");
      System.exit(2);
    }
    Map<String, GroupValues> duckdb = readTsv(Path.of(args[0]));
    Map<String, GroupValues> huzhu = readReport(Path.of(args[1]));
    List<String> differences = differences(huzhu, duckdb);
    if (!differences.isEmpty()) {
      System.err.println("huzhu and DuckDB DISAGREE on " + differences.size() + " of "
          + Math.max(huzhu.size(), duckdb.size()) + " groups:");
      differences.stream().limit(20).forEach(d -> System.err.println("  " + d));
      System.exit(1);
    }
    System.out.println("huzhu and DuckDB agree on all 5 values of all " + huzhu.size()
        + " groups");
  }

  /**
   * One line per group whose values differ or that one side lacks, in order of group id:
   * {@code g1-math3: materials 12 ≠ 11} (huzhu's value first).
   */
  static List<String> differences(Map<String, GroupValues> huzhu,
      Map<String, GroupValues> duckdb) {
    List<String> out = new ArrayList<>();
    TreeSet<String> groups = new TreeSet<>(huzhu.keySet());
    groups.addAll(duckdb.keySet());
    for (String g : groups) {
      GroupValues h = huzhu.get(g);
      GroupValues d = duckdb.get(g);
      if (h == null) {
        out.add(g + ": only DuckDB has it");
      } else if (d == null) {
        out.add(g + ": only huzhu has it");
      } else {
        String diff = h.differences(d);
        if (!diff.isEmpty()) {
          out.add(g + ": " + diff);
        }
      }
    }
    return out;
  }

  /** The values {@link DuckDbValues} wrote, by group. */
  static Map<String, GroupValues> readTsv(Path tsv) throws IOException {
    Map<String, GroupValues> values = new TreeMap<>();
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    if (lines.isEmpty() || !lines.get(0).equals(GroupValues.HEADER)) {
      throw new IllegalArgumentException(tsv + " does not start with " + GroupValues.HEADER);
    }
    for (String line : lines.subList(1, lines.size())) {
      GroupValues v = GroupValues.parseTsv(line);
      values.put(v.group(), v);
    }
    return values;
  }

  /**
   * The raw values of a JSON report of the 诸城 bundled policy, by subject: the metrics
   * {@code materials}, {@code thematic} and {@code lessons}, the adjustment {@code regular} and
   * the veto {@code misconduct}. Read subject by subject, so a report of any size fits.
   */
  static Map<String, GroupValues> readReport(Path report) {
    // decimals as written, never through a double
    ObjectMapper json = JsonMapper.builder()
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        // a subject is read as a tree in the middle of the file
        .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    Map<String, GroupValues> values = new TreeMap<>();
    try (JsonParser p = json.createParser(report)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException(report + " is not a JSON object");
      }
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (name.equals("subjects") && value == JsonToken.START_ARRAY) {
          while (p.nextToken() == JsonToken.START_OBJECT) {
            GroupValues v = fromSubject(json.readTree(p));
            values.put(v.group(), v);
          }
        } else {
          p.skipChildren();
        }
      }
    }
    return values;
  }

  static GroupValues fromSubject(JsonNode subject) {
    Map<String, JsonNode> figures = new TreeMap<>();
    for (JsonNode section : subject.path("sections")) {
      for (JsonNode metric : section.path("metrics")) {
        figures.put(metric.path("id").asString(), metric);
      }
    }
    for (JsonNode adjustment : subject.path("adjustments")) {
      figures.put(adjustment.path("id").asString(), adjustment);
    }
    for (JsonNode veto : subject.path("vetoes")) {
      figures.put(veto.path("id").asString(), veto);
    }
    String id = subject.path("id").asString();
    return new GroupValues(id, value(id, figures, "materials").orElseThrow(),
        value(id, figures, "thematic").orElseThrow(), value(id, figures, "lessons"),
        value(id, figures, "regular").orElseThrow(), value(id, figures, "misconduct").orElseThrow());
  }

  private static Optional<BigDecimal> value(String subject, Map<String, JsonNode> figures,
      String id) {
    JsonNode figure = figures.get(id);
    if (figure == null) {
      throw new IllegalArgumentException("subject " + subject + " has no figure " + id
          + ": is this a report of the 诸城 bundled policy?");
    }
    JsonNode value = figure.path("value");
    if (figure.path("missing").asBoolean() || value.isMissingNode() || value.isNull()) {
      return Optional.empty();
    }
    return Optional.of(value.decimalValue());
  }
}
