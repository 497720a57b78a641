package dev.huzhu.examples;

import static dev.huzhu.core.activity.ActivityKind.DEMONSTRATION_LESSON;
import static dev.huzhu.core.activity.ActivityKind.JOINT_PREPARATION;
import static dev.huzhu.core.activity.ActivityKind.REFLECTION;
import static dev.huzhu.core.activity.ActivityKind.STUDY_VISIT;
import static dev.huzhu.core.activity.ActivityKind.TEACHING_RESEARCH;
import static dev.huzhu.core.activity.ActivityKind.THEMATIC_ACTIVITY;
import static dev.huzhu.core.activity.Participant.lead;
import static dev.huzhu.core.activity.Participant.participant;
import static dev.huzhu.core.person.PersonRole.CLASS_TEACHER;
import static dev.huzhu.core.person.PersonRole.DEAN_OF_STUDIES;
import static dev.huzhu.core.person.PersonRole.MIDDLE_MANAGER;
import static dev.huzhu.core.person.PersonRole.PRINCIPAL;
import static dev.huzhu.core.person.PersonRole.TEACHER;
import static dev.huzhu.core.team.TeamRole.HOST;
import static dev.huzhu.core.team.TeamRole.LEADER;
import static dev.huzhu.core.team.TeamRole.MEMBER;
import static dev.huzhu.examples.SeedValues.activity;
import static dev.huzhu.examples.SeedValues.person;
import static dev.huzhu.examples.SeedValues.school;
import static dev.huzhu.examples.SeedValues.teacher;
import static dev.huzhu.examples.SeedValues.team;
import static dev.huzhu.examples.SeedValues.whole;

import dev.huzhu.core.ImmutableDataset;
import dev.huzhu.core.activity.Quantity;
import dev.huzhu.core.community.Community;
import dev.huzhu.core.community.Formation;
import dev.huzhu.core.school.Locality;
import dev.huzhu.core.school.SchoolSubject;
import dev.huzhu.core.school.Stage;
import dev.huzhu.core.team.Membership;
import dev.huzhu.core.team.Team;
import dev.huzhu.core.team.TeamKind;
import java.time.LocalDate;

/**
 * 第三篇: 巴南区 "团队互助式": a voluntary community of four placeholder schools with all five
 * kinds of team and one round of each team's work.
 */
final class Banan {
  private Banan() {}

  static void addTo(ImmutableDataset.Builder data) {
    // The paper names no school: four placeholder schools stand for "几所城乡小学".
    String county = "重庆市巴南区";
    data.addSchools(
        school("s-bn-city-a", "巴南区城区小学甲", Locality.URBAN, Stage.PRIMARY, county),
        school("s-bn-city-b", "巴南区城区小学乙", Locality.URBAN, Stage.PRIMARY, county),
        school("s-bn-town-c", "巴南区乡镇小学丙", Locality.TOWNSHIP, Stage.PRIMARY, county),
        school("s-bn-village-d", "巴南区村小丁", Locality.VILLAGE, Stage.PRIMARY, county));
    data.addCommunities(Community.builder()
        .id("c-bn")
        .name("巴南区城乡小学发展共同体")
        .core("s-bn-city-a")
        .addMembers("s-bn-city-b", "s-bn-town-c", "s-bn-village-d")
        // 民间结盟: chosen by the schools themselves, so no programme.
        .formation(Formation.VOLUNTARY)
        // The paper appeared in 2015; we date the alliance two years earlier.
        .established(LocalDate.of(2013, 9, 1))
        .aims("资源共享，创造一个利于教师专业发展的环境")
        .build());

    String[][] schools = {
        {"a", "s-bn-city-a", "巴南区城区小学甲"},
        {"b", "s-bn-city-b", "巴南区城区小学乙"},
        {"c", "s-bn-town-c", "巴南区乡镇小学丙"},
        {"d", "s-bn-village-d", "巴南区村小丁"}};
    for (String[] s : schools) {
      data.addPeople(
          person("p-bn-" + s[0] + "-principal", s[2] + "校长", s[1], PRINCIPAL),
          person("p-bn-" + s[0] + "-dean", s[2] + "教导主任", s[1], TEACHER, MIDDLE_MANAGER,
              DEAN_OF_STUDIES),
          person("p-bn-" + s[0] + "-ct", s[2] + "班主任", s[1], TEACHER, CLASS_TEACHER),
          teacher("p-bn-" + s[0] + "-chinese", s[2] + "语文教师", s[1], SchoolSubject.CHINESE, 5));
    }

    data.addTeams(
        team("g-bn-lead", TeamKind.LEADERSHIP_GROUP, "巴南区城乡小学发展共同体领导小组", "c-bn",
            Membership.of("p-bn-a-principal", LEADER),
            Membership.of("p-bn-b-principal", MEMBER),
            Membership.of("p-bn-c-principal", MEMBER),
            Membership.of("p-bn-d-principal", MEMBER)),
        // 校长工作室 须由一位优秀的、德高望重的校长担任主持人.
        team("g-bn-studio", TeamKind.PRINCIPAL_STUDIO, "校长工作室", "c-bn",
            Membership.of("p-bn-b-principal", HOST),
            Membership.of("p-bn-a-principal", MEMBER),
            Membership.of("p-bn-c-principal", MEMBER),
            Membership.of("p-bn-d-principal", MEMBER)),
        Team.builder()
            .id("g-bn-chinese")
            .kind(TeamKind.SUBJECT_ALLIANCE)
            .name("语文学科教师联盟")
            .community("c-bn")
            .schoolSubject(SchoolSubject.CHINESE)
            .addMembers(
                Membership.of("p-bn-b-chinese", HOST),
                Membership.of("p-bn-a-chinese", MEMBER),
                Membership.of("p-bn-c-chinese", MEMBER),
                Membership.of("p-bn-d-chinese", MEMBER))
            .build(),
        team("g-bn-deans", TeamKind.MIDDLE_MANAGEMENT_TEAM, "教导主任互动团队", "c-bn",
            Membership.of("p-bn-a-dean", LEADER),
            Membership.of("p-bn-b-dean", MEMBER),
            Membership.of("p-bn-c-dean", MEMBER),
            Membership.of("p-bn-d-dean", MEMBER)),
        team("g-bn-class", TeamKind.CLASS_TEACHER_TEAM, "班主任协同团队", "c-bn",
            Membership.of("p-bn-c-ct", LEADER),
            Membership.of("p-bn-a-ct", MEMBER),
            Membership.of("p-bn-b-ct", MEMBER),
            Membership.of("p-bn-d-ct", MEMBER)));

    // One round of each team's work as the paper describes it; the dates are illustrative.
    data.addActivities(
        activity("a-bn-studio-1", "2014-03-14", THEMATIC_ACTIVITY, "g-bn-studio")
            .host("s-bn-city-b")
            .addParticipants(lead("p-bn-b-principal"), participant("p-bn-a-principal"),
                participant("p-bn-c-principal"), participant("p-bn-d-principal"))
            .addTags("专题研讨", "办学困惑")
            .build(),
        activity("a-bn-deans-1", "2014-04-11", THEMATIC_ACTIVITY, "g-bn-deans")
            .host("s-bn-town-c")
            .addParticipants(lead("p-bn-a-dean"), participant("p-bn-b-dean"),
                participant("p-bn-c-dean"), participant("p-bn-d-dean"))
            .addTags("教学评价", "校本课程开发")
            .build(),
        // 四同活动: 同研、同备、同上、同反思.
        activity("a-bn-chinese-research", "2014-05-06", TEACHING_RESEARCH, "g-bn-chinese")
            .host("s-bn-village-d").schoolSubject(SchoolSubject.CHINESE).grade(5)
            .addParticipants(lead("p-bn-b-chinese"), participant("p-bn-d-chinese"))
            .addTags("四同", "同研")
            .build(),
        activity("a-bn-chinese-prepare", "2014-05-08", JOINT_PREPARATION, "g-bn-chinese")
            .host("s-bn-village-d").schoolSubject(SchoolSubject.CHINESE).grade(5)
            .addParticipants(lead("p-bn-d-chinese"), participant("p-bn-b-chinese"),
                participant("p-bn-a-chinese"), participant("p-bn-c-chinese"))
            .addTags("四同", "同备")
            .build(),
        activity("a-bn-chinese-lesson", "2014-05-13", DEMONSTRATION_LESSON, "g-bn-chinese")
            .host("s-bn-village-d").schoolSubject(SchoolSubject.CHINESE).grade(5)
            .addParticipants(lead("p-bn-d-chinese"), lead("p-bn-a-chinese"))
            .putQuantities(Quantity.LESSONS, whole(2))
            .addTags("四同", "同上")
            .build(),
        activity("a-bn-chinese-reflect", "2014-05-13", REFLECTION, "g-bn-chinese")
            .host("s-bn-village-d").schoolSubject(SchoolSubject.CHINESE).grade(5)
            .addParticipants(lead("p-bn-b-chinese"), participant("p-bn-a-chinese"),
                participant("p-bn-c-chinese"), participant("p-bn-d-chinese"))
            .addTags("四同", "同反思")
            .build(),
        activity("a-bn-class-1", "2014-06-05", STUDY_VISIT, "g-bn-class")
            .host("s-bn-city-a")
            .addParticipants(lead("p-bn-c-ct"), participant("p-bn-a-ct"), participant("p-bn-b-ct"),
                participant("p-bn-d-ct"))
            .addTags("班队活动观摩", "班级文化建设")
            .build());
  }
}
