package dev.huzhu.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A problem's path is prefixed as it bubbles up, and it prints as CODE at path: message. */
class ProblemTest {

  private static final Problem UNKNOWN_PERSON = Problem.of(CoreProblemCode.UNKNOWN_REFERENCE,
      "members[1].person", "team t-zc-math3's member names person p-nobody, which is not in the"
          + " dataset");

  @Test
  void underJoinsParentAndPathWithADot() {
    assertThat(UNKNOWN_PERSON.under("teams[3]").path())
        .isEqualTo("teams[3].members[1].person");
  }

  @Test
  void underKeepsCodeAndMessage() {
    Problem moved = UNKNOWN_PERSON.under("teams[3]");

    assertThat(moved.code()).isEqualTo(CoreProblemCode.UNKNOWN_REFERENCE);
    assertThat(moved.message()).isEqualTo(UNKNOWN_PERSON.message());
  }

  @Test
  void underAnEmptyParentLeavesThePathAlone() {
    assertThat(UNKNOWN_PERSON.under("")).isEqualTo(UNKNOWN_PERSON);
  }

  @Test
  void underOnAnEmptyPathGivesTheParent() {
    Problem whole = Problem.of(CoreProblemCode.LEADER_COUNT, "", "no leader");

    assertThat(whole.under("teams[3]").path()).isEqualTo("teams[3]");
  }

  @Test
  void underOnAnIndexPathJoinsWithoutADot() {
    Problem indexed = Problem.of(CoreProblemCode.INVALID_ID, "[2]", "'a b' is not an id");

    assertThat(indexed.under("members").path()).isEqualTo("members[2]");
  }

  @Test
  void printsCodeAtPathColonMessage() {
    Problem problem = Problem.of(CoreProblemCode.INVALID_GRADE, "teams[3].grade",
        "grade 0 is outside 1–9");

    assertThat(problem).hasToString("INVALID_GRADE at teams[3].grade: grade 0 is outside 1–9");
  }

  @Test
  void printsTheFileLocationFirst() {
    Problem problem = Problem.of(CoreProblemCode.INVALID_GRADE, "teams[3].grade",
        "grade 0 is outside 1–9").at(SourceLocation.of("zhucheng.yaml", 42, 7));

    assertThat(problem)
        .hasToString("zhucheng.yaml:42:7 INVALID_GRADE at teams[3].grade: grade 0 is outside 1–9");
  }

  @Test
  void printsNoPathForTheInputAsAWhole() {
    Problem problem = Problem.of(CoreProblemCode.NOT_CREDITED, "", "nothing credited");

    assertThat(problem).hasToString("NOT_CREDITED: nothing credited");
  }
}
