package dev.huzhu.evaluation.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.huzhu.core.activity.ActivityKind;
import dev.huzhu.core.team.TeamRole;
import dev.huzhu.evaluation.measure.Evidence;
import dev.huzhu.evaluation.measure.Measures;
import dev.huzhu.evaluation.measure.RawValue;
import dev.huzhu.evaluation.report.AwardResult;
import dev.huzhu.evaluation.report.AwardedPerson;
import dev.huzhu.evaluation.report.SubjectResult;
import dev.huzhu.evaluation.subject.SubjectKind;
import dev.huzhu.evaluation.subject.SubjectMember;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * 评优, on {@link Award} itself. Four subjects in order: g1 EXCELLENT (李 leader, 王 member), g2
 * EXCELLENT but vetoed (赵 leader), g3 GOOD (孙 leader, 安 deputy, 纪 member), g4 PASS (钱 leader).
 */
class AwardTest {

  private static final List<SubjectResult> ORDERED = List.of(
      subject("g1", "EXCELLENT", false, leader("p-li"), member("p-wang")),
      subject("g2", "EXCELLENT", true, leader("p-zhao")),
      subject("g3", "GOOD", false, leader("p-sun"), SubjectMember.of("p-an", TeamRole.DEPUTY),
          member("p-ji")),
      subject("g4", "PASS", false, leader("p-qian")));

  /** Demonstration lessons each person led in their subject; 纪 led none that count (missing). */
  private static final Map<String, RawValue> LED = Map.of("p-li", x("2"), "p-wang", x("5"),
      "p-zhao", x("9"), "p-sun", x("1.99"), "p-an", x("2.00"), "p-qian", x("4"),
      "p-ji", RawValue.missing(Evidence.none()));

  @Test
  void selectsTheSubjectsOfItsGradesInOrderButNeverAVetoedOne() {
    assertThat(award().addBands("EXCELLENT").build().select(ORDERED)).extracting(SubjectResult::id)
        .containsExactly("g1");
    assertThat(award().addBands("EXCELLENT", "GOOD").build().select(ORDERED))
        .extracting(SubjectResult::id).containsExactly("g1", "g3");
  }

  @Test
  void withoutGradesSelectsEveryGradeAndTopTakesTheFirst() {
    assertThat(award().top(2).build().select(ORDERED)).extracting(SubjectResult::id)
        .containsExactly("g1", "g3");
    assertThat(award().top(9).build().select(ORDERED)).extracting(SubjectResult::id)
        .containsExactly("g1", "g3", "g4");
  }

  @Test
  void anAwardOfSubjectsNamesNoPeople() {
    AwardResult r = award().addBands("GOOD").build().winners(ORDERED, AwardTest::led);
    assertThat(r.forPeople()).isFalse();
    assertThat(r.subjects()).containsExactly("g3");
    assertThat(r.people()).isEmpty();
  }

  @Test
  void anAwardOfPeopleNamesTheMembersOfItsRolesBySubjectThenPersonId() {
    AwardResult r = award().addBands("EXCELLENT", "GOOD")
        .addRoles(TeamRole.LEADER, TeamRole.DEPUTY, TeamRole.MEMBER).build()
        .winners(ORDERED, AwardTest::led);
    assertThat(r.forPeople()).isTrue();
    assertThat(r.people()).extracting(AwardedPerson::subject, AwardedPerson::person)
        .containsExactly(tuple("g1", "p-li"), tuple("g1", "p-wang"), tuple("g3", "p-an"),
            tuple("g3", "p-ji"), tuple("g3", "p-sun"));
  }

  @Test
  void anIndividualCriterionKeepsThoseWhoReachItWithTheirValue() {
    // at least 2: 李 2, 王 5 and 安 2.00 reach it; 孙 1.99 does not; 纪's missing value never does
    List<String> asked = new ArrayList<>();
    AwardResult r = award().addRoles(TeamRole.LEADER, TeamRole.DEPUTY, TeamRole.MEMBER)
        .individual(IndividualCriterion.of(Measures.count(ActivityKind.DEMONSTRATION_LESSON),
            new BigDecimal("2")))
        .top(2).build()
        .winners(ORDERED, (s, m) -> {
          asked.add(m.person());
          return led(s, m);
        });
    assertThat(r.people()).extracting(AwardedPerson::person, p -> p.value().orElseThrow())
        .containsExactly(tuple("p-li", new BigDecimal("2")), tuple("p-wang", new BigDecimal("5")),
            tuple("p-an", new BigDecimal("2.00")));
    // only the members of the selected subjects are asked for: not 赵 (vetoed g2) nor 钱 (g4)
    assertThat(asked).containsExactly("p-li", "p-wang", "p-an", "p-ji", "p-sun");
  }

  @Test
  void anIndividualCriterionIsMetFromAtLeastOn() {
    IndividualCriterion two = IndividualCriterion.of(
        Measures.count(ActivityKind.DEMONSTRATION_LESSON), new BigDecimal("2"));
    assertThat(two.isMetBy(x("2"))).isTrue();
    assertThat(two.isMetBy(x("1.9999"))).isFalse();
    assertThat(two.isMetBy(RawValue.missing(Evidence.none()))).isFalse();
  }

  private static ImmutableAward.Builder award() {
    return Award.builder().id("a").label("优秀");
  }

  private static RawValue led(SubjectResult subject, SubjectMember member) {
    return LED.get(member.person());
  }

  private static SubjectResult subject(String id, String grade, boolean vetoed,
      SubjectMember... members) {
    return SubjectResult.builder().id(id).kind(SubjectKind.TEAM).label(id).order(0).rank(0)
        .total(BigDecimal.ZERO).band(grade).vetoed(vetoed).addMembers(members).build();
  }

  private static SubjectMember leader(String person) {
    return SubjectMember.of(person, TeamRole.LEADER);
  }

  private static SubjectMember member(String person) {
    return SubjectMember.of(person, TeamRole.MEMBER);
  }

  private static RawValue x(String value) {
    return RawValue.of(new BigDecimal(value), Evidence.none());
  }
}
