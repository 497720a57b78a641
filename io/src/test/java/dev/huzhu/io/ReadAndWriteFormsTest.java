package dev.huzhu.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.synthetic.Scale;
import dev.huzhu.core.synthetic.SyntheticDatasets;
import dev.huzhu.evaluation.Assessment;
import dev.huzhu.evaluation.policy.BuiltInPolicies;
import dev.huzhu.evaluation.policy.Policy;
import dev.huzhu.evaluation.report.Report;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every reader takes a path, a reader or a stream, and every writer a path, a writer or a stream,
 * with the same result: the same bytes written, the same value read.
 */
class ReadAndWriteFormsTest {
  private static final Dataset DATA = SyntheticDatasets.generate(3, Scale.tiny()).dataset();
  private static final Policy POLICY = BuiltInPolicies.zhuchengBundled();
  private static final Report REPORT = Assessment.of(POLICY).run(DATA);

  @TempDir
  Path dir;

  private interface ToWriter {
    void write(java.io.Writer w);
  }

  private interface ToStream {
    void write(java.io.OutputStream out);
  }

  private interface ToPath {
    void write(Path p);
  }

  /** The three forms of one writer, checked to give the same UTF-8 bytes; those bytes. */
  private byte[] sameBytes(String name, ToWriter writer, ToStream stream, ToPath path)
      throws IOException {
    StringWriter w = new StringWriter();
    writer.write(w);
    ByteArrayOutputStream s = new ByteArrayOutputStream();
    stream.write(s);
    Path p = dir.resolve(name);
    path.write(p);
    byte[] bytes = w.toString().getBytes(StandardCharsets.UTF_8);
    assertThat(s.toByteArray()).as("%s to a stream", name).isEqualTo(bytes);
    assertThat(Files.readAllBytes(p)).as("%s to a path", name).isEqualTo(bytes);
    return bytes;
  }

  @Test
  void datasets() throws IOException {
    byte[] json = sameBytes("d.json", w -> DatasetFiles.write(DATA, w),
        s -> DatasetFiles.write(DATA, s), p -> DatasetFiles.write(DATA, p));
    assertThat(DatasetFiles.read(dir.resolve("d.json"))).isEqualTo(DATA);
    assertThat(DatasetFiles.read(new StringReader(new String(json, StandardCharsets.UTF_8)), "d"))
        .isEqualTo(DATA);
    assertThat(DatasetFiles.read(new ByteArrayInputStream(json), "d")).isEqualTo(DATA);
  }

  @Test
  void activityLogs() throws IOException {
    for (LogFormat format : LogFormat.values()) {
      String name = format == LogFormat.CSV ? "a.csv" : "a.jsonl";
      byte[] log = sameBytes(name, w -> ActivityLogs.write(DATA.activities(), w, format),
          s -> ActivityLogs.write(DATA.activities(), s, format),
          p -> ActivityLogs.write(DATA.activities(), p));
      assertThat(ActivityLogs.read(dir.resolve(name))).isEqualTo(DATA.activities());
      assertThat(ActivityLogs.read(new StringReader(new String(log, StandardCharsets.UTF_8)
          .replace("\uFEFF", "")), name, format)).isEqualTo(DATA.activities());
      assertThat(ActivityLogs.read(new ByteArrayInputStream(log), name, format))
          .isEqualTo(DATA.activities());
    }
  }

  @Test
  void scoreFiles() throws IOException {
    byte[] csv = sameBytes("s.csv", w -> ScoreFiles.write(DATA.scores(), w),
        s -> ScoreFiles.write(DATA.scores(), s), p -> ScoreFiles.write(DATA.scores(), p));
    assertThat(ScoreFiles.read(dir.resolve("s.csv"))).isEqualTo(DATA.scores());
    assertThat(ScoreFiles.read(new StringReader(new String(csv, StandardCharsets.UTF_8)
        .replace("\uFEFF", "")), "s")).isEqualTo(DATA.scores());
    assertThat(ScoreFiles.read(new ByteArrayInputStream(csv), "s")).isEqualTo(DATA.scores());
  }

  @Test
  void policies() throws IOException {
    for (FileSyntax syntax : FileSyntax.values()) {
      String name = syntax == FileSyntax.JSON ? "p.json" : "p.yaml";
      byte[] text = sameBytes(name, w -> PolicyFiles.write(POLICY, w, syntax),
          s -> PolicyFiles.write(POLICY, s, syntax), p -> PolicyFiles.write(POLICY, p));
      assertThat(PolicyFiles.read(dir.resolve(name))).isEqualTo(POLICY);
      assertThat(PolicyFiles.read(new ByteArrayInputStream(text), name, syntax)).isEqualTo(POLICY);
    }
  }

  @Test
  void reports() throws IOException {
    byte[] json = sameBytes("r.json", w -> ReportFiles.writeJson(REPORT, w),
        s -> ReportFiles.writeJson(REPORT, s), p -> ReportFiles.writeJson(REPORT, p));
    assertThat(ReportFiles.readJson(new ByteArrayInputStream(json), "r.json")).isEqualTo(REPORT);
    byte[] subjects = sameBytes("r.csv", w -> ReportFiles.writeSubjectsCsv(REPORT, w),
        s -> ReportFiles.writeSubjectsCsv(REPORT, s), p -> ReportFiles.writeSubjectsCsv(REPORT, p));
    byte[] people = sameBytes("r-people.csv", w -> ReportFiles.writePeopleCsv(REPORT, w),
        s -> ReportFiles.writePeopleCsv(REPORT, s), p -> ReportFiles.writePeopleCsv(REPORT, p));
    // the CSV tables start with the byte-order mark Excel needs, EF BB BF in UTF-8
    for (byte[] csv : new byte[][] {subjects, people}) {
      assertThat(csv).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    }
  }
}
