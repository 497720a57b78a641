package dev.huzhu.examples;

import static dev.huzhu.core.person.PersonRole.CLASS_TEACHER;
import static dev.huzhu.core.person.PersonRole.DEAN_OF_STUDIES;
import static dev.huzhu.core.person.PersonRole.MIDDLE_MANAGER;
import static dev.huzhu.core.person.PersonRole.PRINCIPAL;
import static dev.huzhu.core.person.PersonRole.TEACHER;
import static dev.huzhu.core.team.TeamRole.HOST;
import static dev.huzhu.core.team.TeamRole.LEADER;
import static dev.huzhu.core.team.TeamRole.MEMBER;
import static dev.huzhu.examples.SeedValues.person;
import static dev.huzhu.examples.SeedValues.school;
import static dev.huzhu.examples.SeedValues.teacher;
import static dev.huzhu.examples.SeedValues.team;

import dev.huzhu.core.ImmutableDataset;
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
 * kinds of team; the teams' school year of work is {@link BananYear}.
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

    BananYear.addTo(data);
  }
}
