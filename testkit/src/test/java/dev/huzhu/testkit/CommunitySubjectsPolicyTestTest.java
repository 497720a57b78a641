package dev.huzhu.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A policy test file whose expectations name a school and a community
 * (src/test/resources/policy-tests/community): totals, metric points, order and rank of subjects
 * that have no members; the figures are worked out by hand in the file's comments.
 */
class CommunitySubjectsPolicyTestTest {
  private static final Path FILE = PolicyTestFilesTest.ROOT.resolve("community")
      .resolve("community.test.yaml");

  @Test
  void expectationsOnSchoolsAndCommunitiesPass() {
    PolicyTestRun run = PolicyTestRun.of(FILE);
    assertThat(run.isSuccess()).as(() -> run.toString()).isTrue();
    assertThat(run.passed()).isEqualTo(7);
  }
}
