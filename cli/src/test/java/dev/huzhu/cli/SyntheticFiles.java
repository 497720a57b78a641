package dev.huzhu.cli;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.activity.Activity;
import dev.huzhu.core.synthetic.Scale;
import dev.huzhu.core.synthetic.SyntheticDataset;
import dev.huzhu.core.synthetic.SyntheticDatasets;
import dev.huzhu.evaluation.policy.BuiltInPolicies;
import dev.huzhu.io.ActivityLogs;
import dev.huzhu.io.DatasetFiles;
import dev.huzhu.io.PolicyFiles;
import dev.huzhu.io.ScoreFiles;
import java.nio.file.Path;
import java.util.List;

/**
 * A tiny synthetic dataset written as files: the structure as JSON (without its score records),
 * the activity log split into a CSV and a JSON Lines file, the score records as CSV, and the
 * 诸城 bundled policy as YAML.
 */
final class SyntheticFiles {
  final SyntheticDataset synthetic;
  final Path data;
  final Path csvLog;
  final Path jsonLinesLog;
  final Path scores;
  final Path policy;

  SyntheticFiles(Path dir, long seed) {
    synthetic = SyntheticDatasets.generate(seed, Scale.tiny());
    Dataset structure = synthetic.structure();
    data = dir.resolve("data.json");
    csvLog = dir.resolve("activities.csv");
    jsonLinesLog = dir.resolve("more-activities.jsonl");
    scores = dir.resolve("scores.csv");
    policy = dir.resolve("zhucheng.yaml");
    DatasetFiles.write(Dataset.builder().copyFrom(structure).scores(List.of()).build(), data);
    List<Activity> log = synthetic.activities().toList();
    ActivityLogs.write(log.subList(0, log.size() / 2), csvLog);
    ActivityLogs.write(log.subList(log.size() / 2, log.size()), jsonLinesLog);
    ScoreFiles.write(structure.scores(), scores);
    PolicyFiles.write(BuiltInPolicies.zhuchengBundled(), policy);
  }

  /** The common options naming every file but the policy. */
  Object[] inputs() {
    return new Object[] {"--data", data, "--activities", csvLog, "--activities", jsonLinesLog,
        "--scores", scores};
  }

  /** {@code command}, the inputs and the policy, then {@code more}. */
  Object[] args(String command, Object... more) {
    Object[] in = inputs();
    Object[] all = new Object[1 + in.length + 2 + more.length];
    all[0] = command;
    System.arraycopy(in, 0, all, 1, in.length);
    all[1 + in.length] = "--policy";
    all[2 + in.length] = policy;
    System.arraycopy(more, 0, all, 3 + in.length, more.length);
    return all;
  }
}
