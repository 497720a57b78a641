package dev.huzhu.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.activity.Activity;
import dev.huzhu.core.score.ScoreRecord;
import dev.huzhu.evaluation.policy.BuiltInPolicies;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The seed's files in examples/data hold what SeedDataset and BuiltInPolicies build in Java. */
class SeedFilesTest {
  private static final Path DATA = Path.of("data");

  private static Dataset sorted(Dataset d) {
    // the files put 诸城's activities in a log of their own: compare them in id order
    List<Activity> activities = d.activities().stream().sorted(Comparator.comparing(Activity::id))
        .collect(Collectors.toList());
    List<ScoreRecord> scores = d.scores().stream().sorted(Comparator.comparing(ScoreRecord::key))
        .collect(Collectors.toList());
    return Dataset.builder().copyFrom(d).activities(activities).scores(scores).build();
  }

  @Test
  void theDataFilesReadBackAsTheSeedDataset() {
    Dataset files = SeedFiles.read(DATA);
    assertThat(sorted(files)).isEqualTo(sorted(SeedDataset.dataset()));
    // one record a line under each file's header: activities 巴南 54 + 靖边 51 + 济宁 85 + XX镇 60
    // + 诸城 322; scores 靖边 40 + 诸城 320 (16 groups × 5 schools × 2 tests × 2 phases)
    assertThat(files.activities()).hasSize(54 + 51 + 85 + 60 + 322);
    assertThat(files.scores()).hasSize(40 + 320);
  }

  @Test
  void theBundledFilesAreTheSameAsTheProjectFolders() {
    assertThat(SeedFiles.read()).isEqualTo(SeedFiles.read(DATA));
  }

  @Test
  void thePolicyFilesAreTheBuiltInPolicies() {
    assertThat(SeedFiles.policy("zhucheng-bundled.yaml")).isEqualTo(BuiltInPolicies.zhuchengBundled());
    assertThat(SeedFiles.policy("exchange-teacher.yaml")).isEqualTo(BuiltInPolicies.exchangeTeacher());
    assertThat(SeedFiles.policy("double-pairing.yaml")).isEqualTo(BuiltInPolicies.doublePairing());
    assertThat(SeedFiles.policy("quality-formula.yaml")).isEqualTo(BuiltInPolicies.qualityFormula());
    assertThat(SeedFiles.policy("community-balance.yaml"))
        .isEqualTo(BuiltInPolicies.communityBalance());
  }
}
