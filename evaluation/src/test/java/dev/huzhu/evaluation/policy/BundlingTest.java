package dev.huzhu.evaluation.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.person.Person;
import dev.huzhu.core.person.PersonRole;
import dev.huzhu.core.team.TeamRole;
import dev.huzhu.evaluation.report.PersonalPoints;
import dev.huzhu.evaluation.report.PointSource;
import dev.huzhu.evaluation.report.SubjectResult;
import dev.huzhu.evaluation.subject.SubjectKind;
import dev.huzhu.evaluation.subject.SubjectMember;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 捆绑, on {@link Bundling} itself: round2(total × the coefficient of the role), one source per
 * subject per person, the largest or the sum across subjects, ordered by points then person id.
 * Coefficients: LEADER 1.0, DEPUTY 0.8, MEMBER 0.75; HOST has none.
 */
class BundlingTest {

  private static final Bundling MAX = Bundling.builder().putCoefficients(TeamRole.LEADER, d("1.0"))
      .putCoefficients(TeamRole.DEPUTY, d("0.8")).putCoefficients(TeamRole.MEMBER, d("0.75"))
      .build();
  private static final Bundling SUM = Bundling.builder().copyFrom(MAX)
      .combination(Combination.SUM).build();

  private static final Dataset PEOPLE = Dataset.builder()
      .addPeople(person("p-li", "李伟", PersonRole.TEACHER),
          person("p-wang", "王芳", PersonRole.TEACHER), person("p-stu", "学生", PersonRole.STUDENT))
      .build();

  @Test
  void pointsAreTotalTimesCoefficientRoundedHalfUpOnce() {
    // 87.55 × 0.75 = 65.6625 → 65.66
    assertThat(MAX.points(d("87.55"), TeamRole.MEMBER)).isEqualTo(d("65.66"));
    // 66.67 × 0.8 = 53.336 → 53.34
    assertThat(MAX.points(d("66.67"), TeamRole.DEPUTY)).isEqualTo(d("53.34"));
    // 66.66 × 0.75 = 49.995 → 50.00 (half-up)
    assertThat(MAX.points(d("66.66"), TeamRole.MEMBER)).isEqualTo(d("50.00"));
  }

  @Test
  void aRoleWithoutACoefficientGetsZero() {
    // 95.00 × 0 = 0.00
    assertThat(MAX.points(d("95.00"), TeamRole.HOST)).isEqualTo(d("0.00"));
  }

  @Test
  void aPersonInSeveralSubjectsGetsTheLargestOrTheSum() {
    // g1 80.00 × 1.0 (leader) = 80.00; g2 90.00 × 0.75 (member) = 67.50
    List<SubjectResult> subjects = List.of(
        subject("g2", "90.00", SubjectMember.of("p-li", TeamRole.MEMBER)),
        subject("g1", "80.00", SubjectMember.of("p-li", TeamRole.LEADER)));
    PersonalPoints max = MAX.personalPoints(subjects, PEOPLE).get(0);
    // max(80.00, 67.50) = 80.00
    assertThat(max.points()).isEqualTo(d("80.00"));
    // sources in the order the subjects were given
    assertThat(max.sources()).extracting(PointSource::subject, PointSource::points)
        .containsExactly(tuple("g2", d("67.50")), tuple("g1", d("80.00")));
    // 80.00 + 67.50 = 147.50
    assertThat(SUM.personalPoints(subjects, PEOPLE).get(0).points()).isEqualTo(d("147.50"));
  }

  @Test
  void aPersonListedTwiceInASubjectCountsOnceInTheFirstRole() {
    // 60.00 × 0.8 (deputy, listed first) = 48.00; the MEMBER listing adds no second source
    List<SubjectResult> subjects = List.of(subject("g1", "60.00",
        SubjectMember.of("p-wang", TeamRole.DEPUTY), SubjectMember.of("p-wang", TeamRole.MEMBER)));
    assertThat(SUM.personalPoints(subjects, PEOPLE)).singleElement().satisfies(p -> {
      assertThat(p.points()).isEqualTo(d("48.00"));
      assertThat(p.sources()).extracting(PointSource::role).containsExactly(TeamRole.DEPUTY);
    });
  }

  @Test
  void theListIsByPointsDescendingThenPersonId() {
    // p-wang 80.00 × 1.0 = 80.00; p-li and p-stu 100.00 × 0.8 = 80.00 and 100.00 × 0.75 = 75.00
    List<SubjectResult> subjects = List.of(
        subject("g1", "100.00", SubjectMember.of("p-li", TeamRole.DEPUTY),
            SubjectMember.of("p-stu", TeamRole.MEMBER)),
        subject("g2", "80.00", SubjectMember.of("p-wang", TeamRole.LEADER)));
    assertThat(MAX.personalPoints(subjects, PEOPLE))
        .extracting(PersonalPoints::person, PersonalPoints::points)
        .containsExactly(tuple("p-li", d("80.00")), tuple("p-wang", d("80.00")),
            tuple("p-stu", d("75.00")));
  }

  @Test
  void studentsAndUnknownPeopleHaveNoName() {
    List<SubjectResult> subjects = List.of(subject("g1", "50.00",
        SubjectMember.of("p-li", TeamRole.LEADER), SubjectMember.of("p-stu", TeamRole.MEMBER),
        SubjectMember.of("p-nobody", TeamRole.MEMBER)));
    assertThat(MAX.personalPoints(subjects, PEOPLE))
        .extracting(PersonalPoints::person, p -> p.name().orElse("-"))
        .containsExactlyInAnyOrder(tuple("p-li", "李伟"), tuple("p-stu", "-"),
            tuple("p-nobody", "-"));
  }

  private static SubjectResult subject(String id, String total, SubjectMember... members) {
    return SubjectResult.builder().id(id).kind(SubjectKind.TEAM).label(id).order(0).rank(0)
        .total(d(total)).vetoed(false).addMembers(members).build();
  }

  private static Person person(String id, String name, PersonRole role) {
    return Person.builder().id(id).name(name).addRoles(role).school("zc-syxx").build();
  }

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }
}
