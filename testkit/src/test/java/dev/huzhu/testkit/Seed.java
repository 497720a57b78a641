package dev.huzhu.testkit;

import dev.huzhu.core.Dataset;
import dev.huzhu.evaluation.policy.Policy;
import dev.huzhu.io.DatasetFiles;
import dev.huzhu.io.PolicyFiles;
import java.nio.file.Path;
import java.util.List;

/**
 * The examples' seed files (examples/data, beside this module): 诸城's structure, its fall term
 * 2012 log and scores, and the built-in policies. Known figures under 中心教研组捆绑考核, worked
 * out by hand in the examples' policy test file: g-zc-math3 92.00 良好 rank 1 (process 30.00,
 * outcome 60.00), g-zc-chinese3 18.92 不合格 rank 2, no award has a winner.
 */
final class Seed {
  private Seed() {}

  static final Path DATA = Path.of("..", "examples", "data");

  static Dataset structure() {
    return DatasetFiles.read(DATA.resolve("seed.json"));
  }

  static Dataset zhucheng() {
    return DatasetFiles.read(DATA.resolve("seed.json"), List.of(DATA.resolve("zhucheng-activities.csv")),
        List.of(DATA.resolve("zhucheng-scores.csv")));
  }

  static Policy policy(String name) {
    return PolicyFiles.read(DATA.resolve("policies").resolve(name + ".yaml"));
  }
}
