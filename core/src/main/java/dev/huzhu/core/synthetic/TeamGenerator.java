package dev.huzhu.core.synthetic;

import static dev.huzhu.core.activity.ActivityKind.*;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.huzhu.core.ImmutableDataset;
import dev.huzhu.core.activity.ActivityKind;
import dev.huzhu.core.school.School;
import dev.huzhu.core.school.SchoolSubject;
import dev.huzhu.core.team.ImmutableTeam;
import dev.huzhu.core.team.Membership;
import dev.huzhu.core.team.Team;
import dev.huzhu.core.team.TeamKind;
import dev.huzhu.core.team.TeamRole;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Generates the teams of a community from its staff — the leadership group, the principals'
 * studio, a mathematics alliance, the deans' and class teachers' teams, and a 学科中心教研组 per
 * grade and subject — each with the kinds of activity it holds.
 */
final class TeamGenerator {
  private static final ImmutableList<ActivityKind> RESEARCH_GROUP_KINDS = ImmutableList.of(
      LESSON_OBSERVATION, LESSON_OBSERVATION, LESSON_EVALUATION, LESSON_DISCUSSION,
      DEMONSTRATION_LESSON, DEMONSTRATION_LESSON, SENT_LESSON, BRAND_LESSON, STANDARD_LESSON,
      LESSON_PREPARATION, LESSON_PREPARATION, THEMATIC_ACTIVITY, MATERIAL_SHARE, MATERIAL_SHARE,
      JOINT_PREPARATION, REFLECTION, TEACHING_RESEARCH, CONTEST);
  private static final ImmutableList<ActivityKind> TEAM_KINDS = ImmutableList.of(FORUM, LECTURE,
      TRAINING, STUDY_VISIT, TEACHING_RESEARCH, THEMATIC_ACTIVITY, LESSON_OBSERVATION,
      HONOR_AWARDED);
  // Kinds a generated record may turn into (see ActivityGenerator): drawn apart from the main
  // stream, so that adding kinds left every other record of a seed as it was.
  private static final ImmutableMap<ActivityKind, ActivityKind> LEADERSHIP_VARIANTS =
      ImmutableMap.of(TEACHING_RESEARCH, PLANNING_MEETING, HONOR_AWARDED, PLATFORM_BUILDING,
          STUDY_VISIT, EXPERIENCE_BASE_VISIT);
  private static final ImmutableMap<ActivityKind, ActivityKind> RESEARCH_GROUP_VARIANTS =
      ImmutableMap.of(REFLECTION, LESSON_TALK, JOINT_PREPARATION, LESSON_POLISHING,
          CONTEST, HOMEWORK_DESIGN);

  private final SplittableRandom random;
  private final ImmutableDataset.Builder data;
  private final List<GroupProfile> groups;

  TeamGenerator(SplittableRandom random, ImmutableDataset.Builder data, List<GroupProfile> groups) {
    this.random = random;
    this.data = data;
    this.groups = groups;
  }

  /** Generates the teams of community number {@code c}, whose first school is its core. */
  void teams(int c, School core, List<School> schools, Staff staff) {
    List<String> memberSchools = schools.stream().skip(1).map(School::id).toList();
    List<String> allSchools = schools.stream().map(School::id).toList();
    String community = "c" + c;

    ImmutableTeam.Builder leadership = team("t" + c + "-leadership", TeamKind.LEADERSHIP_GROUP, community,
        "领导小组").addMembers(
            Membership.builder().person(staff.principal(core.id())).role(TeamRole.LEADER)
                .addDuties("全面负责").build(),
            Membership.builder().person(staff.dean(core.id())).role(TeamRole.MEMBER)
                .addDuties("教学研究", "交流教师管理").build());
    memberSchools.forEach(s -> leadership.addMembers(Membership.builder().person(staff.principal(s))
        .role(TeamRole.MEMBER).addDuties("本校落实").build()));
    addTeam(leadership.build(), TEAM_KINDS, LEADERSHIP_VARIANTS, allSchools);

    ImmutableTeam.Builder studio = team("t" + c + "-studio", TeamKind.PRINCIPAL_STUDIO, community, "校长工作室")
        .addMembers(Membership.of(staff.principal(core.id()), TeamRole.HOST));
    memberSchools.forEach(s -> studio.addMembers(Membership.of(staff.principal(s), TeamRole.MEMBER)));
    addTeam(studio.build(), ImmutableList.of(FORUM, LECTURE, STUDY_VISIT, SHADOWING_DAY, TRAINING),
        allSchools);

    ImmutableTeam.Builder alliance = team("t" + c + "-alliance-math", TeamKind.SUBJECT_ALLIANCE, community,
        "数学学科联盟").schoolSubject(SchoolSubject.MATH)
        .addMembers(Membership.of(staff.teacher(core.id(), 6, SchoolSubject.MATH, 0), TeamRole.HOST),
            Membership.of(staff.teacher(core.id(), 5, SchoolSubject.MATH, 0), TeamRole.MEMBER));
    memberSchools.forEach(s -> alliance.addMembers(
        Membership.of(staff.teacher(s, 5, SchoolSubject.MATH, 0), TeamRole.MEMBER),
        Membership.of(staff.teacher(s, 6, SchoolSubject.MATH, 0), TeamRole.MEMBER)));
    addTeam(alliance.build(), ImmutableList.of(TEACHING_RESEARCH, SENT_LESSON, REFLECTION,
        LESSON_PREPARATION, LECTURE), allSchools);

    ImmutableTeam.Builder deans = team("t" + c + "-deans", TeamKind.MIDDLE_MANAGEMENT_TEAM, community,
        "教导主任互动团队").addMembers(Membership.of(staff.dean(core.id()), TeamRole.LEADER));
    memberSchools.forEach(s -> deans.addMembers(Membership.of(staff.dean(s), TeamRole.MEMBER)));
    addTeam(deans.build(), TEAM_KINDS, allSchools);

    ImmutableTeam.Builder classTeachers = team("t" + c + "-class", TeamKind.CLASS_TEACHER_TEAM, community,
        "班主任协同团队").addMembers(Membership.of(staff.teacher(core.id(), 1, SchoolSubject.CHINESE, 0),
            TeamRole.LEADER), Membership.of(staff.teacher(core.id(), 2, SchoolSubject.CHINESE, 0), TeamRole.MEMBER));
    memberSchools.forEach(s -> classTeachers.addMembers(
        Membership.of(staff.teacher(s, 3, SchoolSubject.CHINESE, 0), TeamRole.MEMBER)));
    addTeam(classTeachers.build(), ImmutableList.of(FORUM, LECTURE, TRAINING, EDUCATION_VISIT,
        HONOUR_SELECTION), ImmutableMap.of(TRAINING, REHEARSAL_COACHING), allSchools);

    for (int g = 1; g <= 6; g++) {
      for (SchoolSubject schoolSubject : Curriculum.schoolSubjectsOf(g)) {
        researchGroup(c, g, schoolSubject, core, memberSchools, allSchools, staff);
      }
    }
  }

  /** 学科中心教研组: the core's 名师 leads, each member school sends one deputy (合并 allowed). */
  private void researchGroup(int c, int g, SchoolSubject schoolSubject, School core, List<String> memberSchools,
      List<String> allSchools, Staff staff) {
    ImmutableTeam.Builder group = team("g" + c + "-" + Curriculum.key(g, schoolSubject),
        TeamKind.SUBJECT_RESEARCH_GROUP, "c" + c, g + "年级" + Curriculum.label(schoolSubject) + "中心教研组")
        .schoolSubject(schoolSubject).grade(g)
        .addMembers(Membership.of(staff.teacher(core.id(), g, schoolSubject, 0), TeamRole.LEADER),
            Membership.of(staff.teacher(core.id(), g, schoolSubject, 1), TeamRole.MEMBER));
    int n = memberSchools.size();
    boolean merged = n >= 3 && random.nextInt(3) == 0;
    for (int j = 0; j < n; j++) {
      String teacher = staff.teacher(memberSchools.get(j), g, schoolSubject, 0);
      if (merged && j == n - 2) {
        group.addMembers(Membership.builder().person(teacher).role(TeamRole.DEPUTY)
            .addRepresents(memberSchools.get(n - 1)).build());
      } else {
        group.addMembers(Membership.of(teacher, merged && j == n - 1 ? TeamRole.MEMBER : TeamRole.DEPUTY));
      }
    }
    addTeam(group.build(), RESEARCH_GROUP_KINDS, RESEARCH_GROUP_VARIANTS, allSchools);
  }

  private static ImmutableTeam.Builder team(String id, TeamKind kind, String community, String name) {
    return Team.builder().id(id).kind(kind).community(community).name(name);
  }

  private void addTeam(Team team, ImmutableList<ActivityKind> kinds, List<String> hosts) {
    addTeam(team, kinds, ImmutableMap.of(), hosts);
  }

  private void addTeam(Team team, ImmutableList<ActivityKind> kinds,
      ImmutableMap<ActivityKind, ActivityKind> variants, List<String> hosts) {
    data.addTeams(team);
    ImmutableList<String> people = team.memberIds();
    groups.add(new GroupProfile(team.id(), kinds, people, people, ImmutableList.copyOf(hosts),
        Optional.empty(), team.schoolSubject(), team.grade(), Curriculum.YEAR_START, Curriculum.YEAR_END)
        .withVariants(variants));
  }
}
