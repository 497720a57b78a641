package dev.huzhu.benchmarks;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBDriver;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The analyst's side of {@code benchmarks/run}: what a bureau's analyst would write in SQL for the
 * 诸城 bundled policy's log metrics, run by DuckDB over the same files huzhu reads. The groups and
 * their member counts come from the dataset (read here as a stream of JSON tokens); the activity
 * log is read by DuckDB's own CSV reader; ONE query gives every group's values.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar dev.huzhu.benchmarks.DuckDbValues
 * DATASET.json ACTIVITIES.csv OUT.tsv}
 */
public final class DuckDbValues {
  private DuckDbValues() {}

  /**
   * The query. Parameters: the log's path. Period 2012-09-01 to 2013-01-31 (the policy's);
   * an activity credited twice to one group counts once (list_distinct); a team without members
   * has no 讲课节数 (NULL).
   */
  static final String QUERY = """
      WITH a AS (
        SELECT date, kind, lessons, materials,
               unnest(list_distinct(string_split(credited, ';'))) AS grp
        FROM read_csv(?, header = true, delim = ',', quote = '"', escape = '"',
          columns = {'id': 'VARCHAR', 'date': 'DATE', 'kind': 'VARCHAR', 'credited': 'VARCHAR',
            'host': 'VARCHAR', 'place': 'VARCHAR', 'participants': 'VARCHAR',
            'subject': 'VARCHAR', 'grade': 'VARCHAR', 'followUpOf': 'VARCHAR',
            'direction': 'VARCHAR', 'stage': 'VARCHAR', 'tags': 'VARCHAR',
            'lessons': 'DECIMAL(18,4)', 'materials': 'DECIMAL(18,4)', 'amountYuan': 'VARCHAR',
            'peopleHelped': 'VARCHAR', 'jobs': 'VARCHAR', 'items': 'VARCHAR', 'rating': 'VARCHAR'})
        WHERE date BETWEEN DATE '2012-09-01' AND DATE '2013-01-31'
      ),
      v AS (
        SELECT grp,
               sum(materials) FILTER (WHERE kind = 'MATERIAL_SHARE') AS materials,
               count(*) FILTER (WHERE kind = 'THEMATIC_ACTIVITY') AS thematic,
               sum(lessons) FILTER (WHERE kind IN ('DEMONSTRATION_LESSON', 'SENT_LESSON')) AS lessons,
               count(DISTINCT date_trunc('month', date)) AS months,
               count(*) FILTER (WHERE kind = 'MISCONDUCT') AS misconduct
        FROM a GROUP BY grp
      )
      SELECT t.id,
             coalesce(v.materials, 0) AS materials,
             coalesce(v.thematic, 0) AS thematic,
             CASE WHEN t.members = 0 THEN NULL
                  ELSE round(CAST(coalesce(v.lessons, 0) AS DECIMAL(38,10)) / t.members, 4) END
               AS lessons_per_member,
             coalesce(v.months, 0) AS months,
             coalesce(v.misconduct, 0) AS misconduct
      FROM teams t LEFT JOIN v ON v.grp = t.id
      ORDER BY t.id
      """;

  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: DuckDbValues DATASET.json ACTIVITIES.csv OUT.tsv");
      System.exit(2);
    }
    List<GroupValues> values = compute(Path.of(args[0]), Path.of(args[1]));
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[2]),
        StandardCharsets.UTF_8))) {
      out.println(GroupValues.HEADER);
      values.forEach(v -> out.println(v.toTsv()));
    }
  }

  /** Every 学科中心教研组's values, sorted by id. */
  static List<GroupValues> compute(Path dataset, Path log) throws IOException, SQLException {
    Map<String, Integer> members = researchGroups(dataset);
    try (Connection c = new DuckDBDriver().connect("jdbc:duckdb:", new Properties())) {
      try (var create = c.createStatement()) {
        create.execute("CREATE TABLE teams (id VARCHAR, members INTEGER)");
      }
      try (DuckDBAppender teams = ((DuckDBConnection) c).createAppender(
          DuckDBConnection.DEFAULT_SCHEMA, "teams")) {
        for (Map.Entry<String, Integer> e : members.entrySet()) {
          teams.beginRow().append(e.getKey()).append(e.getValue().intValue()).endRow();
        }
      }
      List<GroupValues> values = new ArrayList<>();
      try (PreparedStatement query = c.prepareStatement(QUERY)) {
        query.setString(1, log.toString());
        try (ResultSet r = query.executeQuery()) {
          while (r.next()) {
            BigDecimal perMember = r.getBigDecimal(4);
            values.add(new GroupValues(r.getString(1), r.getBigDecimal(2),
                BigDecimal.valueOf(r.getLong(3)), Optional.ofNullable(perMember),
                BigDecimal.valueOf(r.getLong(5)), BigDecimal.valueOf(r.getLong(6))));
          }
        }
      }
      return values;
    }
  }

  /** The ids of the dataset's 学科中心教研组 with their numbers of members, in file order. */
  static Map<String, Integer> researchGroups(Path dataset) {
    // a team is read as a tree in the middle of the file
    ObjectMapper json = JsonMapper.builder()
        .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    Map<String, Integer> groups = new java.util.LinkedHashMap<>();
    try (JsonParser p = json.createParser(dataset)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException(dataset + " is not a JSON object");
      }
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (name.equals("teams") && value == JsonToken.START_ARRAY) {
          while (p.nextToken() == JsonToken.START_OBJECT) {
            JsonNode team = json.readTree(p);
            if (team.path("kind").asString().equals("SUBJECT_RESEARCH_GROUP")) {
              groups.put(team.path("id").asString(), team.path("members").size());
            }
          }
        } else {
          p.skipChildren();
        }
      }
    }
    return groups;
  }
}
