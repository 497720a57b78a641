package dev.huzhu.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.huzhu.core.InvalidValueException;
import dev.huzhu.core.school.Locality;
import dev.huzhu.core.school.School;
import dev.huzhu.core.school.Stage;
import dev.huzhu.core.validation.CoreProblemCode;
import dev.huzhu.core.validation.Problem;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A value's own fields are checked as it is built, and a refusal names the field and value. */
class ValueChecksTest {

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {
      "jb 6",       // a space
      "jb\t6",      // a tab
      "",           // empty
      "jb\u00076",  // BEL, a control character
      "jb6\n",      // a trailing line feed
      "靖边\u3000六小", // an ideographic (full-width) space, easy to type in Chinese input
      "\ufeffjb6",  // a byte-order mark, as Excel puts at the start of a UTF-8 file
      "jb\u200b6"   // a zero-width space: looks like "jb6" and is not
  })
  void malformedIdIsRefusedNamingTheField(String id) {
    Problem problem = refusal(() -> ValueChecks.id("core", id));

    assertThat(problem.code()).isEqualTo(CoreProblemCode.INVALID_ID);
    assertThat(problem.path()).isEqualTo("core");
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"jb6", "zc-syxx", "靖边六小", "a-00000012"})
  void wellFormedIdIsAccepted(String id) {
    assertThatCode(() -> ValueChecks.id("id", id)).doesNotThrowAnyException();
  }

  @Test
  void idInACollectionIsNamedByItsIndex() {
    Problem problem = refusal(() -> ValueChecks.ids("members",
        List.of("jb-hdj", "jb-ymj", "jb sbs")));

    assertThat(problem.path()).isEqualTo("members[2]");
  }

  @Test
  void refusalOfAValueNamesTheFieldAndTheValue() {
    InvalidValueException e = assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> school("jb 6", "靖边六小")).actual();

    assertThat(e.problem().code()).isEqualTo(CoreProblemCode.INVALID_ID);
    assertThat(e.problem().path()).isEqualTo("id");
    assertThat(e).hasMessage("INVALID_ID at id: 'jb 6' is not an id: an id is non-empty,"
        + " without spaces, control or invisible characters");
  }

  @Test
  void controlCharacterIsEscapedInTheMessage() {
    InvalidValueException e = assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> ValueChecks.id("person", "li\u0007wei")).actual();

    assertThat(e.getMessage()).contains("'li\\u0007wei'").doesNotContain("\u0007");
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"", " ", "\t", "\u3000"})
  void blankNameIsRefused(String name) {
    Problem problem = refusal(() -> school("jb6", name));

    assertThat(problem.code()).isEqualTo(CoreProblemCode.BLANK_TEXT);
    assertThat(problem.path()).isEqualTo("name");
    assertThat(problem.message()).contains("name");
  }

  @ParameterizedTest(name = "grade {0}")
  @ValueSource(ints = {0, 10})
  void gradeOutsideOneToNineIsRefusedWithTheGradeInTheMessage(int grade) {
    Problem problem = refusal(() -> ValueChecks.grade("grades[0]", grade));

    assertThat(problem.code()).isEqualTo(CoreProblemCode.INVALID_GRADE);
    assertThat(problem.path()).isEqualTo("grades[0]");
    assertThat(problem.message()).contains("grade " + grade);
  }

  // ----

  private static School school(String id, String name) {
    return School.builder().id(id).name(name).locality(Locality.URBAN).stage(Stage.PRIMARY)
        .county("靖边县").build();
  }

  private static Problem refusal(ThrowingCallable build) {
    return assertThatExceptionOfType(InvalidValueException.class).isThrownBy(build).actual()
        .problem();
  }
}
