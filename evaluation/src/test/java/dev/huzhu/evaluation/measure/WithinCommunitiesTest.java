package dev.huzhu.evaluation.measure;

import static dev.huzhu.evaluation.measure.SeedGroups.AIDONG;
import static dev.huzhu.evaluation.measure.SeedGroups.BASE;
import static dev.huzhu.evaluation.measure.SeedGroups.CHANGCHENG;
import static dev.huzhu.evaluation.measure.SeedGroups.CORE;
import static dev.huzhu.evaluation.measure.SeedGroups.JI_YONGMEI;
import static dev.huzhu.evaluation.measure.SeedGroups.LEAD;
import static dev.huzhu.evaluation.measure.SeedGroups.MATH3;
import static dev.huzhu.evaluation.measure.SeedGroups.WANG_FANG;
import static dev.huzhu.evaluation.measure.SeedGroups.XINXING;
import static dev.huzhu.evaluation.measure.SeedGroups.X_LIWEI;
import static dev.huzhu.evaluation.measure.SeedGroups.X_WANGFANG;
import static dev.huzhu.evaluation.measure.SeedGroups.X_ZHANGLI;
import static dev.huzhu.evaluation.measure.SeedGroups.ZHAO_MIN;
import static dev.huzhu.evaluation.measure.SeedGroups.activity;
import static dev.huzhu.evaluation.measure.SeedGroups.policy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.ImmutableDataset;
import dev.huzhu.core.activity.ActivityKind;
import dev.huzhu.core.community.Community;
import dev.huzhu.core.community.Formation;
import dev.huzhu.core.exchange.Exchange;
import dev.huzhu.core.exchange.ExchangeKind;
import dev.huzhu.core.pairing.StudentPairing;
import dev.huzhu.core.pairing.StudentPairingKind;
import dev.huzhu.core.person.Person;
import dev.huzhu.core.person.PersonRole;
import dev.huzhu.core.school.Locality;
import dev.huzhu.core.school.School;
import dev.huzhu.core.school.Stage;
import dev.huzhu.core.team.Membership;
import dev.huzhu.core.team.Team;
import dev.huzhu.core.team.TeamKind;
import dev.huzhu.core.team.TeamRole;
import dev.huzhu.core.validation.Problem;
import dev.huzhu.evaluation.Assessment;
import dev.huzhu.evaluation.PolicyMismatchException;
import dev.huzhu.evaluation.policy.ImmutableMetric;
import dev.huzhu.evaluation.policy.ImmutablePolicy;
import dev.huzhu.evaluation.policy.ImmutableSection;
import dev.huzhu.evaluation.policy.ImmutableSubjectSelection;
import dev.huzhu.evaluation.policy.Policy;
import dev.huzhu.evaluation.policy.PolicyProblemCode;
import dev.huzhu.evaluation.policy.PolicyValidator;
import dev.huzhu.evaluation.policy.Section;
import dev.huzhu.evaluation.policy.SubjectSelection;
import dev.huzhu.evaluation.report.Report;
import dev.huzhu.evaluation.report.SubjectResult;
import dev.huzhu.evaluation.scoring.RatioToBestScoring;
import dev.huzhu.evaluation.subject.AssessedSubject;
import dev.huzhu.evaluation.subject.SubjectResolver;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code subjects.within}: one dataset holding two communities — the seed's 诸城 ({@code c-zc}:
 * 实验小学 with 辛兴、林家村、昌城、皇华) and a made-up 巴南 ({@code c-bn}: 巴南实验小学 with 巴南
 * 村小) — assessed one community at a time. Besides them: 艾东 (a village school run by 皇华 but
 * in no community) and 重庆其他小学 (an urban school in no community).
 *
 * <ul>
 *   <li>Teams: 诸城's {@code t-zc-math3} (research group), {@code t-zc-lead} (leadership) and
 *       {@code t-zc-class} (class teachers); 巴南's {@code t-bn-class} (class teachers).
 *   <li>Exchanges: 诸城's three (李伟 实验小学 → 辛兴, 王芳 辛兴 → 实验小学, 张丽 林家村 → 实验小学);
 *       {@code x-bn-cun} 巴南村小 → 巴南实验小学; {@code x-zhaomin} 昌城 (诸城) → 巴南实验小学,
 *       between the two communities.
 *   <li>Pupil pairings: {@code sp-zc} 实验小学 – 艾东; {@code sp-bn} 巴南实验小学 – 巴南村小;
 *       {@code sp-cross} 实验小学 – 巴南村小; {@code sp-none} 重庆其他小学 – 艾东.
 * </ul>
 */
class WithinCommunitiesTest {
  private static final String ZC = "c-zc";
  private static final String BN = "c-bn";
  private static final String BN_CORE = "bn-syxx";
  private static final String BN_CUN = "bn-cunxiao";
  private static final String OTHER = "cq-other";
  private static final String BN_TEACHER = "p-bn-t1";
  private static final String BN_CUN_TEACHER = "p-bn-t2";
  private static final String ZC_CLASS = "t-zc-class";
  private static final String BN_CLASS = "t-bn-class";
  private static final String X_BN_CUN = "x-bn-cun";
  private static final String X_ZHAOMIN = "x-zhaomin";

  private static final Dataset TWO = twoCommunities();

  private static Dataset twoCommunities() {
    Dataset d = Dataset.builder().copyFrom(BASE)
        .addSchools(
            school(BN_CORE, "巴南区实验小学", Locality.URBAN),
            school(BN_CUN, "巴南村小", Locality.VILLAGE),
            school(OTHER, "重庆其他小学", Locality.URBAN))
        .addCommunities(Community.builder().id(BN).name("巴南区实验小学城乡互助共同体")
            .core(BN_CORE).addMembers(BN_CUN).formation(Formation.POLICY_ASSIGNED)
            .established(LocalDate.of(2011, 9, 1)).build())
        .addPeople(
            teacher(BN_TEACHER, "陈静", BN_CORE),
            teacher(BN_CUN_TEACHER, "刘洋", BN_CUN),
            pupil("p-stu-zc", CORE), pupil("p-stu-aidong", AIDONG), pupil("p-stu-bn", BN_CORE),
            pupil("p-stu-bncun", BN_CUN), pupil("p-stu-other", OTHER))
        .addTeams(
            Team.builder().id(ZC_CLASS).kind(TeamKind.CLASS_TEACHER_TEAM).name("诸城班主任团队")
                .community(ZC).addMembers(Membership.of(JI_YONGMEI, TeamRole.LEADER),
                    Membership.of(WANG_FANG, TeamRole.MEMBER)).build(),
            Team.builder().id(BN_CLASS).kind(TeamKind.CLASS_TEACHER_TEAM).name("巴南班主任团队")
                .community(BN).addMembers(Membership.of(BN_TEACHER, TeamRole.LEADER),
                    Membership.of(BN_CUN_TEACHER, TeamRole.MEMBER)).build())
        .addExchanges(
            exchange(X_BN_CUN, BN_CUN_TEACHER, BN_CUN, BN_CORE),
            exchange(X_ZHAOMIN, ZHAO_MIN, CHANGCHENG, BN_CORE))
        .addStudentPairings(
            pairing("sp-zc", "p-stu-zc", "p-stu-aidong"),
            pairing("sp-bn", "p-stu-bn", "p-stu-bncun"),
            pairing("sp-cross", "p-stu-zc", "p-stu-bncun"),
            pairing("sp-none", "p-stu-other", "p-stu-aidong"))
        .build();
    assertThat(d.validate()).isEmpty();
    return d;
  }

  private static List<String> resolved(SubjectSelection selection) {
    return SubjectResolver.resolve(selection, TWO).stream().map(AssessedSubject::id).toList();
  }

  // ---- each kind narrowed

  @Test
  void teamsWithinACommunityAreItsOwn() {
    SubjectSelection classTeams = SubjectSelection.teams(TeamKind.CLASS_TEACHER_TEAM);
    assertThat(resolved(classTeams)).containsExactly(BN_CLASS, ZC_CLASS);
    assertThat(resolved(within(classTeams, BN))).containsExactly(BN_CLASS);
    assertThat(resolved(SubjectSelection.builder().addTeamKinds(TeamKind.values()).addWithin(ZC)
        .build())).containsExactly(ZC_CLASS, LEAD, MATH3);
  }

  @Test
  void communitiesWithinAreTheOnesNamed() {
    SubjectSelection all = SubjectSelection.communitiesOnly();
    assertThat(resolved(all)).containsExactly(BN, ZC);
    assertThat(resolved(within(all, ZC))).containsExactly(ZC);
    assertThat(resolved(within(all, ZC, BN))).containsExactly(BN, ZC);
  }

  @Test
  void schoolsWithinAreTheCoreAndMemberSchools() {
    SubjectSelection urbanAndVillage = SubjectSelection.schools(Locality.URBAN, Locality.VILLAGE);
    // 艾东 is run by 皇华 but is no member of 诸城's community; 重庆其他小学 is in none
    assertThat(resolved(urbanAndVillage)).containsExactly(BN_CUN, BN_CORE, OTHER, AIDONG, CORE);
    assertThat(resolved(within(urbanAndVillage, BN))).containsExactly(BN_CUN, BN_CORE);
    assertThat(resolved(within(urbanAndVillage, ZC))).containsExactly(CORE);
    assertThat(resolved(within(SubjectSelection.schools(Locality.TOWNSHIP), BN))).isEmpty();
  }

  @Test
  void exchangesWithinLeaveFromOrGoToOneOfItsSchools() {
    SubjectSelection teaching = SubjectSelection.exchanges(ExchangeKind.TEACHING_EXCHANGE);
    // 昌城 → 巴南实验小学 goes between the communities: it is in both
    assertThat(resolved(within(teaching, BN))).containsExactly(X_BN_CUN, X_ZHAOMIN);
    assertThat(resolved(within(teaching, ZC)))
        .containsExactly(X_LIWEI, X_WANGFANG, X_ZHANGLI, X_ZHAOMIN);
  }

  @Test
  void pupilPairingsWithinHaveAPupilAtOneOfItsSchools() {
    SubjectSelection pupils = SubjectSelection.studentPairings(StudentPairingKind.STUDENTS);
    assertThat(resolved(pupils)).containsExactly("sp-bn", "sp-cross", "sp-none", "sp-zc");
    // sp-zc by its urban pupil (艾东 is in no community); sp-cross by either side
    assertThat(resolved(within(pupils, ZC))).containsExactly("sp-cross", "sp-zc");
    assertThat(resolved(within(pupils, BN))).containsExactly("sp-bn", "sp-cross");
    // sp-none has no pupil at a school of either community
    assertThat(resolved(within(pupils, ZC, BN))).containsExactly("sp-bn", "sp-cross", "sp-zc");
  }

  @Test
  void withinNarrowsEveryKindSelectedTogether() {
    SubjectSelection mixed = SubjectSelection.builder().addTeamKinds(TeamKind.CLASS_TEACHER_TEAM)
        .addExchangeKinds(ExchangeKind.TEACHING_EXCHANGE).addSchoolLocalities(Locality.URBAN)
        .communities(true).addStudentPairingKinds(StudentPairingKind.STUDENTS).addWithin(BN)
        .build();
    assertThat(resolved(mixed))
        .containsExactly(BN_CORE, BN, "sp-bn", "sp-cross", BN_CLASS, X_BN_CUN, X_ZHAOMIN);
  }

  // ---- in an assessment

  @Test
  void anotherCommunitysTeamNoLongerEntersTheTableOrTheComparison() {
    Dataset d = ImmutableDataset.copyOf(TWO).withActivities(
        activity("a-1", "2012-10-08", ActivityKind.THEMATIC_ACTIVITY, BN_CLASS).build(),
        activity("a-2", "2012-10-09", ActivityKind.THEMATIC_ACTIVITY, BN_CLASS).build());
    SubjectSelection classTeams = SubjectSelection.teams(TeamKind.CLASS_TEACHER_TEAM);
    Policy everywhere = ratioToBest(classTeams);
    // 诸城's class-teacher team has no activity: 0 / 2 × 10 = 0.00, and it is in the table
    assertThat(Assessment.of(everywhere).run(d).subjects())
        .extracting(SubjectResult::id, SubjectResult::total)
        .containsExactly(tuple(BN_CLASS, new BigDecimal("10.00")),
            tuple(ZC_CLASS, new BigDecimal("0.00")));
    Report bn = Assessment.of(ratioToBest(within(classTeams, BN))).run(d);
    // 2 / 2 × 10 = 10.00, alone
    assertThat(bn.subjects()).extracting(SubjectResult::id, SubjectResult::total, SubjectResult::rank)
        .containsExactly(tuple(BN_CLASS, new BigDecimal("10.00"), 1));
  }

  @Test
  void aCommunityTheDatasetDoesNotHoldIsRefused() {
    Policy p = policy(within(SubjectSelection.teams(TeamKind.CLASS_TEACHER_TEAM), BN, "c-yz", ZC,
        "c-wz"), Measures.count(), "10", "10");
    assertThat(PolicyValidator.validate(p, TWO)).extracting(Problem::code, Problem::path)
        .containsExactly(tuple(PolicyProblemCode.UNKNOWN_COMMUNITY, "subjects.within[1]"),
            tuple(PolicyProblemCode.UNKNOWN_COMMUNITY, "subjects.within[3]"));
    Assessment a = Assessment.of(p);
    Dataset structure = ImmutableDataset.copyOf(TWO).withActivities(List.of());
    for (Runnable run : List.<Runnable>of(() -> a.run(TWO), () -> a.runParallel(TWO),
        () -> a.run(structure, TWO.activities().stream()))) {
      PolicyMismatchException e = assertThatExceptionOfType(PolicyMismatchException.class)
          .isThrownBy(run::run).actual();
      assertThat(e.problems()).hasSize(2);
      assertThat(e.problems().get(0).message()).contains("c-yz");
      assertThat(e.problems().get(1).message()).contains("c-wz");
      assertThat(e.getMessage()).contains(p.id()).contains("subjects.within[1]");
    }
  }

  @Test
  void everyCommunityTheDatasetHoldsFits() {
    Policy p = policy(within(SubjectSelection.communitiesOnly(), ZC, BN), Measures.count(),
        "10", "10");
    assertThat(PolicyValidator.validate(p, TWO)).isEmpty();
    assertThat(PolicyValidator.validate(policy(SubjectSelection.communitiesOnly(),
        Measures.count(), "10", "10"), BASE)).isEmpty();
  }

  // ---- helpers

  private static SubjectSelection within(SubjectSelection selection, String... communities) {
    return ImmutableSubjectSelection.copyOf(selection).withWithin(communities);
  }

  private static Policy ratioToBest(SubjectSelection subjects) {
    Policy linear = policy(subjects, Measures.count(ActivityKind.THEMATIC_ACTIVITY), "10", "10");
    Section section = linear.sections().get(0);
    return ImmutablePolicy.copyOf(linear).withSections(ImmutableSection.copyOf(section)
        .withMetrics(ImmutableMetric.copyOf(section.metrics().get(0))
            .withScoring(RatioToBestScoring.of())));
  }

  private static School school(String id, String name, Locality locality) {
    return School.builder().id(id).name(name).locality(locality).stage(Stage.PRIMARY)
        .county("重庆市巴南区").build();
  }

  private static Person teacher(String id, String name, String school) {
    return Person.builder().id(id).name(name).addRoles(PersonRole.TEACHER, PersonRole.CLASS_TEACHER)
        .school(school).build();
  }

  private static Person pupil(String id, String school) {
    return Person.builder().id(id).name("学生" + id).addRoles(PersonRole.STUDENT).school(school)
        .build();
  }

  private static StudentPairing pairing(String id, String urban, String rural) {
    return StudentPairing.builder().id(id).urban(urban).rural(rural)
        .kind(StudentPairingKind.STUDENTS).build();
  }

  private static Exchange exchange(String id, String person, String from, String to) {
    return Exchange.builder().id(id).person(person).kind(ExchangeKind.TEACHING_EXCHANGE).from(from)
        .to(to).start(LocalDate.of(2012, 9, 1)).end(LocalDate.of(2013, 1, 31)).build();
  }
}
