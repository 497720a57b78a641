package org.example.bureau;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.HuzhuException;
import dev.huzhu.core.validation.Problem;
import dev.huzhu.evaluation.Assessment;
import dev.huzhu.evaluation.policy.Policy;
import dev.huzhu.evaluation.report.Report;
import dev.huzhu.io.DatasetFiles;
import dev.huzhu.io.PolicyFiles;
import dev.huzhu.io.ReportFiles;
import dev.huzhu.testkit.property.PolicyChecks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the README's "Use it from Maven" and "Errors as data" promise, from outside the project. */
class BureauTest {
  private static final Path DATA = Path.of("../data");

  @Test
  void assessesZhuchengFromTheFiles() throws Exception {
    Policy policy = PolicyFiles.read(DATA.resolve("policies/zhucheng-bundled.yaml"));
    Dataset data = DatasetFiles.read(DATA.resolve("seed.json"),
        List.of(DATA.resolve("zhucheng-activities.csv")), List.of(DATA.resolve("zhucheng-scores.csv")));
    Report report = Assessment.of(policy).run(data);
    // 诸城's first group, 五年级语文, totals 97.10 (examples/data/README.md)
    assertEquals("g-zc-chinese5", report.subjects().get(0).id());
    assertEquals("97.10", report.subjects().get(0).total().toPlainString());
    Path csv = Files.createTempFile("report", ".csv");
    ReportFiles.writeSubjectsCsv(report, csv);
    assertTrue(Files.size(csv) > 0);
    assertTrue(PolicyChecks.of(policy).withSeeds(1, 3).run().passed());
  }

  @Test
  void errorsComeAsData() {
    String text = "{\"format\": \"huzhu-dataset\", \"version\": 1,\n"
        + " \"schools\": [{\"id\": \"s 1\", \"name\": \"实验小学\", \"locality\": \"URBAN\","
        + " \"stage\": \"PRIMARY\", \"county\": \"诸城市\"}]}";
    HuzhuException e = assertThrows(HuzhuException.class, () -> DatasetFiles.parse(text));
    Problem p = e.problems().get(0);
    assertEquals("INVALID_ID", p.code().name());
    assertEquals("schools[0].id", p.path());
    // line 2, column 21: the value "s 1" ( "schools": [{"id": is 20 characters before it)
    assertEquals(2, p.location().orElseThrow().line());
    assertEquals(21, p.location().orElseThrow().column());
  }
}
