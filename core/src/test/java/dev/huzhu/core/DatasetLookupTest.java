package dev.huzhu.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.huzhu.core.activity.Activity;
import dev.huzhu.core.activity.ActivityKind;
import dev.huzhu.core.activity.Direction;
import dev.huzhu.core.activity.ImmutableActivity;
import dev.huzhu.core.activity.Participant;
import dev.huzhu.core.activity.PreparationStage;
import dev.huzhu.core.activity.Quantity;
import dev.huzhu.core.community.Community;
import dev.huzhu.core.community.Formation;
import dev.huzhu.core.community.Programme;
import dev.huzhu.core.exchange.Duty;
import dev.huzhu.core.exchange.Exchange;
import dev.huzhu.core.exchange.ExchangeKind;
import dev.huzhu.core.pairing.BranchKind;
import dev.huzhu.core.pairing.DepartmentCategory;
import dev.huzhu.core.pairing.PartyBranch;
import dev.huzhu.core.pairing.PartyPairing;
import dev.huzhu.core.pairing.StudentPairing;
import dev.huzhu.core.pairing.StudentPairingKind;
import dev.huzhu.core.pairing.VillageType;
import dev.huzhu.core.person.Person;
import dev.huzhu.core.person.PersonRole;
import dev.huzhu.core.school.Locality;
import dev.huzhu.core.school.School;
import dev.huzhu.core.school.SchoolSubject;
import dev.huzhu.core.school.Stage;
import dev.huzhu.core.score.Phase;
import dev.huzhu.core.score.ScoreRecord;
import dev.huzhu.core.score.ScoreUnit;
import dev.huzhu.core.score.TestKind;
import dev.huzhu.core.team.Membership;
import dev.huzhu.core.team.Team;
import dev.huzhu.core.team.TeamKind;
import dev.huzhu.core.team.TeamRole;
import dev.huzhu.core.validation.CoreProblemCode;
import dev.huzhu.core.validation.InvalidDatasetException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The look-ups of a small dataset built by hand from the seed: 诸城市实验小学's community with
 * 辛兴、林家村、昌城、皇华, and 靖边六小's with 红墩界中心小学、杨米涧九年制学校、四柏树小学、
 * 东坑小桥畔小学. 东坑小桥畔小学 later leaves 靖边六小's community (it ends on 2014-07-31) and
 * joins 红墩界中心小学's (from 2014-09-01). People's names other than 谢建伟、李伟、纪永梅 are
 * made up.
 */
class DatasetLookupTest {

  private static final Dataset SEED = seedDataset();

  // ---- by id

  @Test
  void schoolIsFoundById() {
    assertThat(SEED.school("jb-ymj")).hasValueSatisfying(s -> {
      assertThat(s.name()).isEqualTo("杨米涧九年制学校");
      assertThat(s.stage()).isEqualTo(Stage.NINE_YEAR);
    });
  }

  @Test
  void personIsFoundById() {
    assertThat(SEED.person("p-xiejw")).hasValueSatisfying(p -> {
      assertThat(p.name()).isEqualTo("谢建伟");
      assertThat(p.is(PersonRole.PRINCIPAL)).isTrue();
      assertThat(p.school()).contains("zc-syxx");
    });
  }

  @Test
  void teamIsFoundById() {
    assertThat(SEED.team("t-zc-math3").map(Team::kind))
        .contains(TeamKind.SUBJECT_RESEARCH_GROUP);
  }

  @Test
  void unknownIdOrIdOfAnotherKindFindsNothing() {
    assertThat(SEED.school("jb-3")).isEmpty();
    assertThat(SEED.person("p-nobody")).isEmpty();
    assertThat(SEED.team("t-zc-chinese3")).isEmpty();
    // Ids share one namespace, but each look-up finds only its own kind.
    assertThat(SEED.school("p-liwei")).isEmpty();
    assertThat(SEED.person("zc-syxx")).isEmpty();
    assertThat(SEED.team("x-liwei")).isEmpty();
  }

  // ---- community of a school on a date

  @Test
  void schoolHasNoCommunityBeforeItsFirstIsEstablished() {
    assertThat(SEED.communityOf("jb-dkxqp", LocalDate.of(2012, 8, 31))).isEmpty();
  }

  @Test
  void schoolIsInItsCommunityFromTheDayItIsEstablishedToItsLastDay() {
    assertThat(communityIdOf("jb-dkxqp", LocalDate.of(2012, 9, 1))).isEqualTo("c-jb6");
    // 2012-11-13: 靖边六小 送教下乡.
    assertThat(communityIdOf("jb-dkxqp", LocalDate.of(2012, 11, 13))).isEqualTo("c-jb6");
    assertThat(communityIdOf("jb-dkxqp", LocalDate.of(2014, 7, 31))).isEqualTo("c-jb6");
  }

  @Test
  void schoolHasNoCommunityBetweenLeavingOneAndJoiningTheNext() {
    assertThat(SEED.communityOf("jb-dkxqp", LocalDate.of(2014, 8, 1))).isEmpty();
    assertThat(SEED.communityOf("jb-dkxqp", LocalDate.of(2014, 8, 31))).isEmpty();
  }

  @Test
  void schoolIsInTheLaterCommunityOnceItJoins() {
    assertThat(communityIdOf("jb-dkxqp", LocalDate.of(2014, 9, 1))).isEqualTo("c-hdj");
    assertThat(communityIdOf("jb-dkxqp", LocalDate.of(2020, 1, 1))).isEqualTo("c-hdj");
  }

  @Test
  void memberOfOneCommunityCanLaterBeCoreOfAnother() {
    // 红墩界中心小学: member of 靖边六小's community, then core of its own.
    assertThat(communityIdOf("jb-hdj", LocalDate.of(2013, 6, 1))).isEqualTo("c-jb6");
    assertThat(communityIdOf("jb-hdj", LocalDate.of(2015, 3, 1))).isEqualTo("c-hdj");
  }

  @Test
  void communitiesOfASchoolAreInDatasetOrder() {
    assertThat(SEED.communitiesOf("jb-dkxqp")).extracting(Community::id)
        .containsExactly("c-jb6", "c-hdj");
  }

  @Test
  void schoolOutsideEveryCommunityHasNone() {
    // 艾东小学 is paired with 实验小学's pupils but is not a member school here.
    assertThat(SEED.communitiesOf("zc-aidong")).isEmpty();
    assertThat(SEED.communityOf("zc-aidong", LocalDate.of(2011, 6, 3))).isEmpty();
  }

  // ---- teams and their schools

  @Test
  void teamsOfAPersonInTwoTeamsAreInDatasetOrder() {
    // 李伟 is a MEMBER of the 领导小组 (teams[0]) and LEADER of the 数学 group (teams[1]).
    assertThat(SEED.teamsOf("p-liwei")).extracting(Team::id)
        .containsExactly("t-zc-lead", "t-zc-math3");
    assertThat(SEED.teamsOf("p-stu-syxx")).isEmpty();
  }

  @Test
  void memberSchoolsAreInMemberOrderEachOnce() {
    // Members: 李伟 (实验小学), 王芳 (辛兴), 纪永梅 (实验小学 again), 张丽 (林家村).
    // 张丽 also represents 昌城, but 昌城 is no member's own school.
    assertThat(SEED.memberSchools("t-zc-math3"))
        .containsExactly("zc-syxx", "zc-xinxing", "zc-linjia");
  }

  @Test
  void unknownTeamHasNoMemberSchools() {
    assertThat(SEED.memberSchools("t-nope")).isEmpty();
  }

  // ---- the activity log

  @Test
  void activitiesCreditedToAGroupAreInLogOrder() {
    // Log positions 1, 4 and 8; the last is dated earliest (2011-03-15) but was logged last.
    assertThat(SEED.activitiesCreditedTo("t-zc-math3")).extracting(Activity::id)
        .containsExactly("a-110505", "a-110920", "a-110315");
  }

  @Test
  void activityCreditedToTwoGroupsCountsForBoth() {
    // a-110505 (党员送教下乡 led by 谢建伟) is credited to the 领导小组 and the 数学 group.
    assertThat(SEED.activitiesCreditedTo("t-zc-lead")).extracting(Activity::id)
        .containsExactly("a-110411", "a-110505");
    assertThat(SEED.activitiesCreditedTo("t-zc-math3")).extracting(Activity::id)
        .contains("a-110505");
  }

  @Test
  void activityCreditedTwiceToOneGroupAppearsOnce() {
    Activity twice = Activity.builder().id("a-121120").date(LocalDate.of(2012, 11, 20))
        .kind(ActivityKind.DEMONSTRATION_LESSON).addCredited("x-liwei", "x-liwei")
        .host("zc-xinxing").addParticipants(Participant.lead("p-liwei")).build();
    Dataset d = Dataset.builder().copyFrom(SEED).addActivities(twice).build();

    assertThat(d.activitiesCreditedTo("x-liwei")).extracting(Activity::id)
        .containsExactly("a-121010", "a-121120");
  }

  @Test
  void followUpsOfADeliveryAreInLogOrder() {
    assertThat(SEED.followUpsOf("a-120301")).extracting(Activity::id)
        .containsExactly("a-120401", "a-120601");
  }

  @Test
  void activityThatIsNotFollowedUpHasNoFollowUps() {
    assertThat(SEED.followUpsOf("a-120401")).isEmpty();
    assertThat(SEED.followUpsOf("a-110603-gift")).isEmpty();
  }

  // ---- scores

  @Test
  void scoresOfAUnitAreInDatasetOrder() {
    // scores[0] is 辛兴's baseline, scores[2] its final; scores[1] is another school's.
    assertThat(SEED.scores(ScoreUnit.of("zc-xinxing", 3, SchoolSubject.MATH)))
        .extracting(ScoreRecord::phase).containsExactly(Phase.BASELINE, Phase.FINAL);
    assertThat(SEED.scores(ScoreUnit.of("zc-syxx", 3, SchoolSubject.MATH)))
        .extracting(ScoreRecord::mean).containsExactly(new BigDecimal("82.5"));
  }

  @Test
  void unitWithoutRecordsHasNoScores() {
    assertThat(SEED.scores(ScoreUnit.of("zc-xinxing", 3, SchoolSubject.CHINESE))).isEmpty();
    assertThat(SEED.scores(ScoreUnit.of("zc-xinxing", 4, SchoolSubject.MATH))).isEmpty();
  }

  // ---- groups

  @Test
  void teamsExchangesAndPairingsAreGroups() {
    assertThat(SEED.isGroup("t-zc-lead")).isTrue();
    assertThat(SEED.isGroup("x-liwei")).isTrue();
    assertThat(SEED.isGroup("sp-syxx-aidong")).isTrue();
    assertThat(SEED.isGroup("pp-dongcun")).isTrue();
  }

  @Test
  void schoolsPeopleBranchesAndActivitiesAreNotGroups() {
    assertThat(SEED.isGroup("zc-syxx")).isFalse();
    assertThat(SEED.isGroup("p-liwei")).isFalse();
    assertThat(SEED.isGroup("pb-zzb")).isFalse();
    assertThat(SEED.isGroup("a-110411")).isFalse();
    assertThat(SEED.isGroup("nothing")).isFalse();
  }

  @Test
  void schoolsAndCommunitiesAreCreditTargetsBesideGroups() {
    assertThat(SEED.isCreditTarget("zc-syxx")).isTrue();
    assertThat(SEED.isCreditTarget("c-jb6")).isTrue();
    assertThat(SEED.isCreditTarget("t-zc-lead")).isTrue();
    assertThat(SEED.isCreditTarget("p-liwei")).isFalse();
    assertThat(SEED.isCreditTarget("pb-zzb")).isFalse();
    assertThat(SEED.isCreditTarget("nothing")).isFalse();
  }

  @Test
  void anActivityCreditedToASchoolAndACommunityIsValid() {
    Activity a = Activity.builder().id("a-credit-school").date(LocalDate.of(2012, 10, 8))
        .kind(ActivityKind.LECTURE).addCredited("zc-syxx", "c-jb6").build();
    Dataset d = Dataset.builder().copyFrom(SEED).addActivities(a).build();
    assertThat(d.validate()).isEmpty();
    assertThat(d.activitiesCreditedTo("c-jb6")).extracting(Activity::id).contains("a-credit-school");
  }

  // ---- validity

  @Test
  void handBuiltSeedDatasetIsValid() {
    assertThat(SEED.validate()).isEmpty();
    assertThat(SEED.requireValid()).isSameAs(SEED);
  }

  @Test
  void requireValidOnAnInvalidDatasetListsEveryProblem() {
    School duplicate = school("jb-6", "靖边县第六小学", Locality.URBAN, Stage.PRIMARY, "靖边县");
    Activity uncredited = Activity.builder().id("a-121201").date(LocalDate.of(2012, 12, 1))
        .kind(ActivityKind.LECTURE).addCredited("t-nope").build();
    ScoreRecord tooHigh = ScoreRecord.builder().school("zc-linjia").grade(3)
        .schoolSubject(SchoolSubject.MATH).test(TestKind.QUALITY_TEST).phase(Phase.BASELINE).students(28)
        .mean(new BigDecimal("120")).build();
    Dataset invalid = Dataset.builder().copyFrom(SEED).addSchools(duplicate)
        .addActivities(uncredited).addScores(tooHigh).build();

    InvalidDatasetException e = assertThatExceptionOfType(InvalidDatasetException.class)
        .isThrownBy(invalid::requireValid).actual();

    // 11 schools before the duplicate (6 of 诸城, 5 of 靖边); 靖边六小 is schools[6].
    // 11 activities before the new one; 3 score records before the new one.
    // Ids are checked first, then the log, then the scores.
    assertThat(e.problems()).extracting(p -> p.code(), p -> p.path()).containsExactly(
        tuple(CoreProblemCode.DUPLICATE_ID, "schools[11].id"),
        tuple(CoreProblemCode.UNKNOWN_REFERENCE,
            "activities[11].credited[0]"),
        tuple(CoreProblemCode.SCORE_OUT_OF_RANGE,
            "scores[3].mean"));
    assertThat(e.problems().get(0).message()).contains("jb-6").contains("schools[6]");
    assertThat(e.getMessage()).startsWith("the dataset is invalid (3 problems):");
  }

  // ---- the dataset

  private static String communityIdOf(String school, LocalDate date) {
    return SEED.communityOf(school, date).map(Community::id).orElse("(none)");
  }

  private static Dataset seedDataset() {
    List<School> schools = List.of(
        school("zc-syxx", "诸城市实验小学", Locality.URBAN, Stage.PRIMARY, "诸城市"),
        school("zc-xinxing", "辛兴小学", Locality.TOWNSHIP, Stage.PRIMARY, "诸城市"),
        school("zc-linjia", "林家村小学", Locality.TOWNSHIP, Stage.PRIMARY, "诸城市"),
        school("zc-changcheng", "昌城小学", Locality.TOWNSHIP, Stage.PRIMARY, "诸城市"),
        school("zc-huanghua", "皇华镇中心学校", Locality.TOWNSHIP, Stage.PRIMARY, "诸城市"),
        School.builder().id("zc-aidong").name("艾东小学").locality(Locality.VILLAGE)
            .stage(Stage.PRIMARY).county("诸城市").administeredBy("zc-huanghua").build(),
        school("jb-6", "靖边六小", Locality.URBAN, Stage.PRIMARY, "靖边县"),
        school("jb-hdj", "红墩界中心小学", Locality.TOWNSHIP, Stage.PRIMARY, "靖边县"),
        school("jb-ymj", "杨米涧九年制学校", Locality.TOWNSHIP, Stage.NINE_YEAR, "靖边县"),
        school("jb-sbs", "四柏树小学", Locality.VILLAGE, Stage.PRIMARY, "靖边县"),
        school("jb-dkxqp", "东坑小桥畔小学", Locality.VILLAGE, Stage.PRIMARY, "靖边县"));

    List<Person> people = List.of(
        teacher("p-xiejw", "谢建伟", "zc-syxx", PersonRole.PRINCIPAL, PersonRole.PARTY_MEMBER),
        teacher("p-liwei", "李伟", "zc-syxx", PersonRole.TEACHER, PersonRole.BACKBONE_TEACHER),
        teacher("p-jiym", "纪永梅", "zc-syxx", PersonRole.TEACHER, PersonRole.PARTY_MEMBER),
        teacher("p-xx-t1", "王芳", "zc-xinxing", PersonRole.TEACHER),
        teacher("p-lj-t1", "张丽", "zc-linjia", PersonRole.TEACHER),
        teacher("p-jb6-vp", "刘强", "jb-6", PersonRole.VICE_PRINCIPAL),
        teacher("p-hdj-pr", "高峰", "jb-hdj", PersonRole.PRINCIPAL),
        Person.builder().id("p-stu-syxx").name("实验小学学生").addRoles(PersonRole.STUDENT)
            .school("zc-syxx").build(),
        Person.builder().id("p-stu-aidong").name("艾东小学学生").addRoles(PersonRole.STUDENT)
            .school("zc-aidong").build());

    List<Community> communities = List.of(
        Community.builder().id("c-zc").name("诸城市实验小学城乡互助共同体").core("zc-syxx")
            .addMembers("zc-xinxing", "zc-linjia", "zc-changcheng", "zc-huanghua")
            .formation(Formation.POLICY_ASSIGNED).programme(Programme.BUNDLED_SUPPORT)
            .established(LocalDate.of(2010, 9, 1)).build(),
        Community.builder().id("c-jb6").name("靖边六小城乡互助共同体").core("jb-6")
            .addMembers("jb-hdj", "jb-ymj", "jb-sbs", "jb-dkxqp")
            .formation(Formation.POLICY_ASSIGNED).established(LocalDate.of(2012, 9, 1))
            .ended(LocalDate.of(2014, 7, 31)).aims("携手共创美好农村教育").build(),
        Community.builder().id("c-hdj").name("红墩界中心小学互助共同体").core("jb-hdj")
            .addMembers("jb-dkxqp").formation(Formation.VOLUNTARY)
            .established(LocalDate.of(2014, 9, 1)).build());

    List<Team> teams = List.of(
        Team.builder().id("t-zc-lead").kind(TeamKind.LEADERSHIP_GROUP).name("领导小组")
            .community("c-zc")
            .addMembers(Membership.of("p-xiejw", TeamRole.LEADER),
                Membership.of("p-liwei", TeamRole.MEMBER))
            .build(),
        Team.builder().id("t-zc-math3").kind(TeamKind.SUBJECT_RESEARCH_GROUP)
            .name("三年级数学中心教研组").community("c-zc").schoolSubject(SchoolSubject.MATH).grade(3)
            .addMembers(Membership.of("p-liwei", TeamRole.LEADER),
                Membership.of("p-xx-t1", TeamRole.DEPUTY),
                Membership.of("p-jiym", TeamRole.MEMBER),
                Membership.builder().person("p-lj-t1").role(TeamRole.DEPUTY)
                    .addRepresents("zc-changcheng").build())
            .build(),
        Team.builder().id("t-jb6-lead").kind(TeamKind.LEADERSHIP_GROUP).name("领导小组")
            .community("c-jb6")
            .addMembers(Membership.of("p-jb6-vp", TeamRole.LEADER),
                Membership.of("p-hdj-pr", TeamRole.MEMBER))
            .build());

    Exchange liWei = Exchange.builder().id("x-liwei").person("p-liwei")
        .kind(ExchangeKind.TEACHING_EXCHANGE).from("zc-syxx").to("zc-xinxing")
        .start(LocalDate.of(2012, 9, 1)).end(LocalDate.of(2013, 1, 31))
        .addDuties(Duty.of(ActivityKind.DEMONSTRATION_LESSON, 1), Duty.of(ActivityKind.LECTURE, 1))
        .build();

    StudentPairing pupils = StudentPairing.builder().id("sp-syxx-aidong")
        .urban("p-stu-syxx").rural("p-stu-aidong").kind(StudentPairingKind.STUDENTS).build();

    PartyBranch organisation = PartyBranch.builder().id("pb-zzb").name("县委组织部党支部")
        .kind(BranchKind.COUNTY_UNIT).category(DepartmentCategory.PARTY_AND_MASS).build();
    PartyBranch village = PartyBranch.builder().id("pb-dongcun").name("东村党支部")
        .kind(BranchKind.VILLAGE).villageType(VillageType.WEAK).build();
    PartyPairing party = PartyPairing.builder().id("pp-dongcun").village("pb-dongcun")
        .addUnits("pb-zzb").build();

    List<Activity> log = List.of(
        // [0] 实验小学骨干教师到皇华中心小学开展交流研讨活动
        activity("a-110411", 2011, 4, 11, ActivityKind.TEACHING_RESEARCH, "t-zc-lead")
            .host("zc-huanghua").addParticipants(Participant.participant("p-liwei")).build(),
        // [1] 党员送教下乡 to 皇华镇郝戈庄小学, led by 谢建伟
        activity("a-110505", 2011, 5, 5, ActivityKind.SENT_LESSON, "t-zc-lead", "t-zc-math3")
            .direction(Direction.URBAN_TO_RURAL).place("皇华镇郝戈庄小学")
            .addParticipants(Participant.lead("p-jiym"), Participant.participant("p-xiejw"))
            .build(),
        // [2] 手拉手结对仪式 at 艾东小学
        activity("a-110603", 2011, 6, 3, ActivityKind.PAIRING_CEREMONY, "sp-syxx-aidong")
            .host("zc-aidong").build(),
        // [3] 四千余元的学习用品
        activity("a-110603-gift", 2011, 6, 3, ActivityKind.DONATION, "sp-syxx-aidong")
            .host("zc-aidong").putQuantities(Quantity.AMOUNT_YUAN, new BigDecimal("4000"))
            .build(),
        // [4]
        activity("a-110920", 2011, 9, 20, ActivityKind.LESSON_PREPARATION, "t-zc-math3")
            .preparationStage(PreparationStage.COLLECTIVE).host("zc-syxx").schoolSubject(SchoolSubject.MATH).grade(3)
            .build(),
        // [5] funds coordinated for 东村
        activity("a-120301", 2012, 3, 1, ActivityKind.FUNDS_COORDINATED, "pp-dongcun")
            .place("东村").putQuantities(Quantity.AMOUNT_YUAN, new BigDecimal("20000")).build(),
        // [6] 李伟's monthly lecture at 辛兴
        activity("a-121010", 2012, 10, 10, ActivityKind.LECTURE, "x-liwei")
            .host("zc-xinxing").addParticipants(Participant.lead("p-liwei")).build(),
        // [7] 2012年11月13日, 靖边六小 送教下乡 to a member school
        activity("a-121113", 2012, 11, 13, ActivityKind.SENT_LESSON, "t-jb6-lead")
            .direction(Direction.URBAN_TO_RURAL).host("jb-hdj")
            .addParticipants(Participant.lead("p-jb6-vp")).build(),
        // [8] logged late: dated before [1] and [4]
        activity("a-110315", 2011, 3, 15, ActivityKind.LESSON_OBSERVATION, "t-zc-math3")
            .host("zc-xinxing").build(),
        // [9], [10] 使用指导、监督 of the funds
        activity("a-120401", 2012, 4, 1, ActivityKind.FOLLOW_UP, "pp-dongcun")
            .followUpOf("a-120301").build(),
        activity("a-120601", 2012, 6, 1, ActivityKind.FOLLOW_UP, "pp-dongcun")
            .followUpOf("a-120301").build());

    List<ScoreRecord> scores = List.of(
        score("zc-xinxing", Phase.BASELINE, 32, "68.5"),
        score("zc-syxx", Phase.BASELINE, 45, "82.5"),
        score("zc-xinxing", Phase.FINAL, 32, "74.0"));

    return Dataset.builder().addAllSchools(schools).addAllPeople(people)
        .addAllCommunities(communities).addAllTeams(teams).addExchanges(liWei)
        .addStudentPairings(pupils).addPartyBranches(organisation, village)
        .addPartyPairings(party).addAllActivities(log).addAllScores(scores).build();
  }

  private static School school(String id, String name, Locality locality, Stage stage,
      String county) {
    return School.builder().id(id).name(name).locality(locality).stage(stage).county(county)
        .build();
  }

  private static Person teacher(String id, String name, String school, PersonRole... roles) {
    return Person.builder().id(id).name(name).addRoles(roles).school(school).build();
  }

  private static ImmutableActivity.Builder activity(String id, int year,
      int month, int day, ActivityKind kind, String... credited) {
    return Activity.builder().id(id).date(LocalDate.of(year, month, day)).kind(kind)
        .addCredited(credited);
  }

  private static ScoreRecord score(String school, Phase phase, int students, String mean) {
    return ScoreRecord.builder().school(school).grade(3).schoolSubject(SchoolSubject.MATH)
        .test(TestKind.QUALITY_TEST).phase(phase).students(students).mean(new BigDecimal(mean))
        .build();
  }
}
