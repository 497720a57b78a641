package dev.huzhu.io;

import dev.huzhu.core.HuzhuException;
import dev.huzhu.core.validation.Problem;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Feeds hostile inputs to the readers, in a JVM of its own with a small heap (see
 * {@link HostileInputTest}): each must be refused with a clear problem, quickly and without
 * holding the input. The inputs are generated as streams, never built in memory: a 100 MB string
 * is 100 MB of bytes produced on demand. Prints one line a case: its name, then its first
 * problem and how many problems there were.
 */
public final class HostileInputCheck {
  private HostileInputCheck() {}

  /** An input stream of a head, {@code count} repeats of a unit, and a tail, made on demand. */
  static InputStream repeated(String head, String unit, long count, String tail) {
    byte[] u = unit.getBytes(StandardCharsets.UTF_8);
    InputStream body = new InputStream() {
      private final long total = count * u.length;
      private long done;

      @Override
      public int read() {
        if (done == total) {
          return -1;
        }
        return u[(int) (done++ % u.length)] & 0xFF;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (done == total) {
          return -1;
        }
        int n = (int) Math.min(len, total - done);
        for (int i = 0; i < n; i++) {
          b[off + i] = u[(int) (done++ % u.length)];
        }
        return n;
      }
    };
    return new SequenceInputStream(Collections.enumeration(List.of(
        new ByteArrayInputStream(head.getBytes(StandardCharsets.UTF_8)), body,
        new ByteArrayInputStream(tail.getBytes(StandardCharsets.UTF_8)))));
  }

  static Reader reader(InputStream in) {
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  private static final String DATASET = "{\"format\": \"huzhu-dataset\", \"version\": 1, ";
  private static final String HEADER = "id,date,kind,credited,place,lessons\n";

  static Map<String, Supplier<Object>> cases() {
    Map<String, Supplier<Object>> cases = new LinkedHashMap<>();
    long mb100 = 100L * 1024 * 1024;
    cases.put("deeply nested JSON", () -> DatasetFiles.read(reader(repeated(DATASET + "\"schools\": ",
        "[", 1_000_000, "")), "nested.json"));
    cases.put("100 MB string in JSON", () -> DatasetFiles.read(reader(repeated(DATASET
        + "\"schools\": [{\"id\": \"", "a", mb100, "\"}]}")), "string.json"));
    cases.put("10,000-digit number in JSON", () -> DatasetFiles.read(reader(repeated(DATASET
        + "\"scores\": [{\"grade\": ", "9", 10_000, "}]}")), "number.json"));
    cases.put("exponent bomb in JSON", () -> DatasetFiles.parse(DATASET
        + "\"scores\": [{\"school\": \"s-zc-exp\", \"grade\": 3, \"subject\": \"MATH\", \"test\":"
        + " \"QUALITY_TEST\", \"phase\": \"FINAL\", \"students\": 40, \"mean\": 1e999999999}]}"));
    cases.put("class name in a kind", () -> ActivityLogs.parse("{\"id\": \"a-1\", \"date\":"
        + " \"2012-11-13\", \"kind\": \"java.lang.Runtime\", \"credited\": [\"g-1\"]}\n",
        LogFormat.JSON_LINES, "class.jsonl"));
    cases.put("type key in a school", () -> DatasetFiles.parse(DATASET + "\"schools\": [{\"@class\":"
        + " \"java.lang.ProcessBuilder\", \"id\": \"s-1\", \"name\": \"x\", \"locality\": \"URBAN\","
        + " \"stage\": \"PRIMARY\", \"county\": \"x\"}]}"));
    cases.put("100 MB CSV cell", () -> ActivityLogs.open(reader(repeated(HEADER
        + "a-1,2012-11-13,SENT_LESSON,g-1,", "x", mb100, ",1\n")), "cell.csv", LogFormat.CSV,
        dev.huzhu.core.Dataset.empty(), ReadLimits.defaults()).activities().count());
    cases.put("10,000-digit number in CSV", () -> ActivityLogs.open(reader(repeated(HEADER
        + "a-1,2012-11-13,SENT_LESSON,g-1,x,", "9", 10_000, "\n")), "number.csv", LogFormat.CSV,
        dev.huzhu.core.Dataset.empty(), ReadLimits.defaults()).activities().count());
    cases.put("100 MB JSON line", () -> ActivityLogs.open(reader(repeated("{\"id\": \"", "a", mb100,
        "\"}\n")), "line.jsonl", LogFormat.JSON_LINES, dev.huzhu.core.Dataset.empty(),
        ReadLimits.defaults()).activities().count());
    cases.put("a million bad rows", () -> ActivityLogs.open(reader(repeated(HEADER, "bad row\n",
        1_000_000, "")), "rows.csv", LogFormat.CSV, dev.huzhu.core.Dataset.empty(),
        ReadLimits.defaults()).activities().count());
    cases.put("document over the size limit", () -> DatasetFiles.read(reader(repeated(DATASET,
        " ", 1_000_000, "\"schools\": []}")), "big.json",
        ReadLimits.builder().maxDocumentChars(10_000).build()));
    cases.put("YAML alias bomb", () -> PolicyFiles.parse(String.join("\n",
        "format: huzhu-policy", "version: 1",
        "a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]",
        "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]", "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]",
        "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]", "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]",
        "f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]", "g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]",
        "h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]", "i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]", ""),
        FileSyntax.YAML));
    cases.put("class name in a measure type", () -> PolicyFiles.parse(String.join("\n",
        "format: huzhu-policy", "version: 1", "id: p", "title: t",
        "period: {from: 2012-09-01, to: 2013-01-31}", "subjects: {teamKinds: [SUBJECT_RESEARCH_GROUP]}",
        "sections:", "  - id: s", "    label: s", "    points: 10", "    metrics:",
        "      - {id: m, label: m, points: 10, measure: {type: java.lang.ProcessBuilder},",
        "         scoring: {type: rank}}", ""), FileSyntax.YAML));
    cases.put("YAML tag", () -> PolicyFiles.parse("format: huzhu-policy\nversion: 1\n"
        + "id: !!java.lang.Runtime x\n", FileSyntax.YAML));
    cases.put("100 MB YAML string", () -> PolicyFiles.read(reader(repeated(
        "format: huzhu-policy\nversion: 1\nid: \"", "a", mb100, "\"\n")), "string.yaml",
        FileSyntax.YAML));
    return cases;
  }

  public static void main(String[] args) {
    List<String> lines = new ArrayList<>();
    for (Map.Entry<String, Supplier<Object>> c : cases().entrySet()) {
      try {
        c.getValue().get();
        lines.add(c.getKey() + ": ACCEPTED");
      } catch (HuzhuException e) {
        Problem first = e.problems().get(0);
        Problem last = e.problems().get(e.problems().size() - 1);
        lines.add(c.getKey() + ": " + first + (e.problems().size() == 1 ? ""
            : " … (" + e.problems().size() + " problems, the last " + last.code() + ")"));
      } catch (RuntimeException | Error e) {
        lines.add(c.getKey() + ": FAILED " + e);
      }
    }
    System.out.println(lines.stream().collect(Collectors.joining("\n")));
  }
}
