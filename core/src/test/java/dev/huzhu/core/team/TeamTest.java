package dev.huzhu.core.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.huzhu.core.InvalidValueException;
import dev.huzhu.core.school.SchoolSubject;
import dev.huzhu.core.validation.CoreProblemCode;
import dev.huzhu.core.validation.Problem;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Teams of 诸城市实验小学's community: what a team's scope covers, which kinds need a subject and
 * grade, and who leads.
 */
class TeamTest {

  // ---- scope

  @Test
  void researchGroupScopeCoversItsOwnSubjectAndGrade() {
    TeamScope scope = math3().build().scope();

    assertThat(scope.covers(SchoolSubject.MATH, 3)).isTrue();
    assertThat(scope.isUnrestricted()).isFalse();
  }

  @Test
  void researchGroupScopeExcludesOtherGradesAndSubjects() {
    TeamScope scope = math3().build().scope();

    assertThat(scope.covers(SchoolSubject.MATH, 4)).isFalse();
    assertThat(scope.covers(SchoolSubject.CHINESE, 3)).isFalse();
  }

  @Test
  void leadershipGroupScopeIsUnrestrictedAndCoversAnything() {
    TeamScope scope = leadershipGroup().build().scope();

    assertThat(scope.isUnrestricted()).isTrue();
    assertThat(scope.covers(SchoolSubject.MATH, 3)).isTrue();
    assertThat(scope.covers(SchoolSubject.ART, 9)).isTrue();
    assertThat(scope.covers(SchoolSubject.OTHER, 1)).isTrue();
  }

  @Test
  void subjectAllianceWithSubjectOnlyCoversEveryGradeOfThatSubject() {
    Team alliance = Team.builder().id("t-zc-chinese").kind(TeamKind.SUBJECT_ALLIANCE)
        .community("c-zc").schoolSubject(SchoolSubject.CHINESE)
        .addMembers(Membership.of("p-jiym", TeamRole.HOST)).build();
    TeamScope scope = alliance.scope();

    assertThat(scope.isUnrestricted()).isFalse();
    for (int grade = 1; grade <= 9; grade++) {
      assertThat(scope.covers(SchoolSubject.CHINESE, grade)).as("grade %d", grade).isTrue();
    }
    assertThat(scope.covers(SchoolSubject.MATH, 1)).isFalse();
  }

  // ---- subject and grade by kind

  @Test
  void researchGroupWithoutSubjectIsRefused() {
    Problem problem = refusal(() -> Team.builder().id("t-zc-g3")
        .kind(TeamKind.SUBJECT_RESEARCH_GROUP).community("c-zc").grade(3).build());

    assertThat(problem.code()).isEqualTo(CoreProblemCode.MISSING_FIELD);
    assertThat(problem.path()).isEqualTo("subject");
  }

  @Test
  void researchGroupWithoutGradeIsRefused() {
    Problem problem = refusal(() -> Team.builder().id("t-zc-math")
        .kind(TeamKind.SUBJECT_RESEARCH_GROUP).community("c-zc").schoolSubject(SchoolSubject.MATH).build());

    assertThat(problem.code()).isEqualTo(CoreProblemCode.MISSING_FIELD);
    assertThat(problem.path()).isEqualTo("grade");
  }

  @Test
  void subjectAllianceWithoutSubjectIsRefused() {
    Problem problem = refusal(() -> Team.builder().id("t-zc-alliance")
        .kind(TeamKind.SUBJECT_ALLIANCE).community("c-zc").build());

    assertThat(problem.code()).isEqualTo(CoreProblemCode.MISSING_FIELD);
    assertThat(problem.path()).isEqualTo("subject");
  }

  @Test
  void leadershipGroupWithSubjectIsRefused() {
    Problem problem = refusal(() -> leadershipGroup().schoolSubject(SchoolSubject.MATH).build());

    assertThat(problem.code()).isEqualTo(CoreProblemCode.FIELD_NOT_ALLOWED);
    assertThat(problem.path()).isEqualTo("subject");
  }

  @ParameterizedTest(name = "grade {0}")
  @ValueSource(ints = {0, 10, -3})
  void gradeOutsideOneToNineIsRefused(int grade) {
    Problem problem = refusal(() -> math3().grade(grade).build());

    assertThat(problem.code()).isEqualTo(CoreProblemCode.INVALID_GRADE);
    assertThat(problem.path()).isEqualTo("grade");
  }

  @ParameterizedTest(name = "grade {0}")
  @ValueSource(ints = {1, 9})
  void gradesOneAndNineAreAccepted(int grade) {
    assertThat(math3().grade(grade).build().grade()).contains(grade);
  }

  // ---- leader

  @Test
  void leaderIsTheOneLeader() {
    Team team = math3().build();

    assertThat(team.leader()).contains(Membership.of("p-liwei", TeamRole.LEADER));
  }

  @Test
  void leaderIsTheOneHost() {
    Team studio = Team.builder().id("t-zc-studio").kind(TeamKind.PRINCIPAL_STUDIO)
        .community("c-zc")
        .addMembers(Membership.of("p-xxx-principal", TeamRole.MEMBER),
            Membership.of("p-xiejw", TeamRole.HOST))
        .build();

    assertThat(studio.leader()).contains(Membership.of("p-xiejw", TeamRole.HOST));
  }

  @Test
  void teamWithoutLeaderOrHostHasNoLeader() {
    Team team = leadershipGroup().members(List.of(
        Membership.of("p-liwei", TeamRole.MEMBER),
        Membership.of("p-jiym", TeamRole.DEPUTY))).build();

    assertThat(team.leader()).isEmpty();
  }

  @Test
  void teamWithLeaderAndHostHasNoLeader() {
    Team team = leadershipGroup().addMembers(Membership.of("p-liwei", TeamRole.HOST)).build();

    assertThat(team.leader()).isEmpty();
  }

  // ---- membership

  @Test
  void deputyMayRepresentMergedSchools() {
    // 合并组成一个教研组: 林家村's deputy also stands for 昌城.
    Membership deputy = Membership.builder().person("p-lj-t1").role(TeamRole.DEPUTY)
        .addRepresents("zc-changcheng").build();

    assertThat(deputy.represents()).containsExactly("zc-changcheng");
  }

  @Test
  void nonDeputyRepresentingSchoolsIsRefused() {
    Problem problem = refusal(() -> Membership.builder().person("p-liwei").role(TeamRole.MEMBER)
        .addRepresents("zc-changcheng").build());

    assertThat(problem.code()).isEqualTo(CoreProblemCode.FIELD_NOT_ALLOWED);
    assertThat(problem.path()).isEqualTo("represents");
  }

  // ----

  /** 三年级数学中心教研组: 李伟 of the core school leads, 辛兴 and 林家村 send deputies. */
  @Test
  void aTeamBuiltWithoutItsCommunityIsHuzhusExceptionNamingTheField() {
    // not Immutables' IllegalStateException ("some of required attributes are not set")
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> Team.builder().id("t-zc-math3").kind(TeamKind.SUBJECT_RESEARCH_GROUP)
            .name("三年级数学中心教研组").schoolSubject(SchoolSubject.MATH).grade(3).build())
        .satisfies(e -> {
          assertThat(e.problem().code()).isEqualTo(CoreProblemCode.MISSING_FIELD);
          assertThat(e.problem().path()).isEqualTo("community");
          assertThat(e.problem().message()).isEqualTo("the required field community is not set");
        });
  }

  private static ImmutableTeam.Builder math3() {
    return Team.builder().id("t-zc-math3").kind(TeamKind.SUBJECT_RESEARCH_GROUP)
        .name("三年级数学中心教研组").community("c-zc").schoolSubject(SchoolSubject.MATH).grade(3)
        .addMembers(Membership.of("p-liwei", TeamRole.LEADER),
            Membership.of("p-xx-t1", TeamRole.DEPUTY),
            Membership.of("p-lj-t1", TeamRole.DEPUTY));
  }

  /** 领导小组 led by 谢建伟. */
  private static ImmutableTeam.Builder leadershipGroup() {
    return Team.builder().id("t-zc-lead").kind(TeamKind.LEADERSHIP_GROUP).name("领导小组")
        .community("c-zc").addMembers(Membership.of("p-xiejw", TeamRole.LEADER));
  }

  private static Problem refusal(ThrowingCallable build) {
    return assertThatExceptionOfType(InvalidValueException.class).isThrownBy(build).actual()
        .problem();
  }
}
