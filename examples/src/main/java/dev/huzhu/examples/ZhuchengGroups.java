package dev.huzhu.examples;

import static dev.huzhu.core.activity.ActivityKind.FORUM;
import static dev.huzhu.core.activity.Participant.lead;
import static dev.huzhu.core.person.PersonRole.BACKBONE_TEACHER;
import static dev.huzhu.core.person.PersonRole.CLASS_TEACHER;
import static dev.huzhu.core.person.PersonRole.FAMOUS_TEACHER;
import static dev.huzhu.core.person.PersonRole.TEACHER;
import static dev.huzhu.core.team.TeamRole.DEPUTY;
import static dev.huzhu.core.team.TeamRole.LEADER;
import static dev.huzhu.core.team.TeamRole.MEMBER;
import static dev.huzhu.examples.SeedValues.activity;
import static dev.huzhu.examples.SeedValues.person;
import static dev.huzhu.examples.SeedValues.teacher;

import dev.huzhu.core.ImmutableDataset;
import dev.huzhu.core.school.SchoolSubject;
import dev.huzhu.core.team.ImmutableMembership;
import dev.huzhu.core.team.ImmutableTeam;
import dev.huzhu.core.team.Membership;
import dev.huzhu.core.team.Team;
import dev.huzhu.core.team.TeamKind;
import java.util.List;
import java.util.Map;

/**
 * 第二篇 continued: 诸城市实验小学's 学科中心教研组, one for every grade and school subject — 语文
 * and 数学 in grades 1 to 6, 英语 in grades 3 to 6 — and the 班主任协同团队 of the 2011-08-25
 * 班主任工作论坛. The groups' term of work is in {@link ZhuchengTerm}, their test results in
 * {@link ZhuchengScores}.
 */
final class ZhuchengGroups {
  private ZhuchengGroups() {}

  /** The member schools in the order the seed names them, by the key of their ids. */
  static final List<String> MEMBERS = List.of("xinxing", "linjiacun", "changcheng", "huanghua");

  private static final Map<String, String> SCHOOL_NAMES = Map.of(
      "exp", "诸城市实验小学", "xinxing", "辛兴小学", "linjiacun", "林家村小学",
      "changcheng", "昌城小学", "huanghua", "皇华镇中心学校");

  private static final Map<SchoolSubject, String> SUBJECT_NAMES = Map.of(
      SchoolSubject.CHINESE, "语文", SchoolSubject.MATH, "数学", SchoolSubject.ENGLISH, "英语");

  private static final String GRADE_NAMES = "一二三四五六";

  static void zhuchengResearchGroups(ImmutableDataset.Builder data) {
    // 组长由实验小学的年级学科名师来担任, 副组长 one 年级学科优秀教师 from each member school.
    // Some groups have a second 实验小学 teacher, or one of the exchange teachers, as a member.
    group(data, SchoolSubject.CHINESE, 1, List.of(), MEMBERS);
    group(data, SchoolSubject.CHINESE, 2, List.of("exp"), MEMBERS);
    group(data, SchoolSubject.CHINESE, 3, List.of("exp"), MEMBERS);
    group(data, SchoolSubject.CHINESE, 4, List.of(), MEMBERS);
    // 李伟 (语文, grade 5) teaches at 辛兴 this term and keeps the group's work joined up there.
    group(data, SchoolSubject.CHINESE, 5, List.of("p-liwei"), MEMBERS);
    group(data, SchoolSubject.CHINESE, 6, List.of(), MEMBERS);
    group(data, SchoolSubject.MATH, 1, List.of(), MEMBERS);
    group(data, SchoolSubject.MATH, 2, List.of(), MEMBERS);
    // 学科人数少的可根据实际由几所学校合并: 林家村's few grade-3 math teachers are merged with 辛兴's,
    // whose deputy stands for both; 林家村's teacher is an ordinary member.
    group(data, SchoolSubject.MATH, 3, List.of("exp", "linjiacun"),
        List.of("xinxing+linjiacun", "changcheng", "huanghua"));
    // 林在霞 (数学, grade 4) is on exchange at 林家村.
    group(data, SchoolSubject.MATH, 4, List.of("p-linzaixia"), MEMBERS);
    group(data, SchoolSubject.MATH, 5, List.of("exp"), MEMBERS);
    group(data, SchoolSubject.MATH, 6, List.of(), MEMBERS);
    // 英语 from grade 3, as the primary curriculum has it. A village school has one or two English
    // teachers for all grades, so the small schools are merged: 辛兴's deputy stands for 林家村,
    // and in grades 4 and 6 昌城's for 皇华 too. 王静 (英语, grade 3) is on exchange at 昌城.
    group(data, SchoolSubject.ENGLISH, 3, List.of("p-wangjing"),
        List.of("xinxing+linjiacun", "changcheng", "huanghua"));
    group(data, SchoolSubject.ENGLISH, 4, List.of(),
        List.of("xinxing+linjiacun", "changcheng+huanghua"));
    group(data, SchoolSubject.ENGLISH, 5, List.of(),
        List.of("xinxing+linjiacun", "changcheng", "huanghua"));
    group(data, SchoolSubject.ENGLISH, 6, List.of(),
        List.of("xinxing+linjiacun", "changcheng+huanghua"));
  }

  /** {@code g-zc-math3}. */
  static String groupId(SchoolSubject subject, int grade) {
    return "g-zc-" + word(subject) + grade;
  }

  /** {@code p-zc-math3-xinxing}: a group's teacher from a school ({@code leader}, {@code exp}, …). */
  static String personId(SchoolSubject subject, int grade, String who) {
    return who.startsWith("p-") ? who : "p-zc-" + word(subject) + grade + "-" + who;
  }

  static String word(SchoolSubject subject) {
    return subject.name().toLowerCase(java.util.Locale.ROOT);
  }

  /** 三年级数学 */
  static String title(SchoolSubject subject, int grade) {
    return GRADE_NAMES.charAt(grade - 1) + "年级" + SUBJECT_NAMES.get(subject);
  }

  /**
   * One group: its leader, a deputy for each entry of {@code deputies} ({@code "xinxing+linjiacun"}:
   * 辛兴's deputy also represents 林家村), and ordinary members ({@code "exp"}, a member school's key,
   * or the id of a teacher who is already in the dataset).
   */
  private static void group(ImmutableDataset.Builder data, SchoolSubject subject, int grade,
      List<String> members, List<String> deputies) {
    String title = title(subject, grade);
    String leader = personId(subject, grade, "leader");
    data.addPeople(teacher(leader, "诸城市实验小学" + title + "名师", "s-zc-exp", subject, grade,
        FAMOUS_TEACHER));
    ImmutableTeam.Builder team = Team.builder()
        .id(groupId(subject, grade))
        .kind(TeamKind.SUBJECT_RESEARCH_GROUP)
        .name(title + "中心教研组")
        .community("c-zc")
        .schoolSubject(subject)
        .grade(grade)
        .addMembers(Membership.of(leader, LEADER));
    for (String d : deputies) {
      String[] schools = d.split("\\+");
      String id = personId(subject, grade, schools[0]);
      data.addPeople(teacher(id, SCHOOL_NAMES.get(schools[0]) + title + "骨干",
          "s-zc-" + schools[0], subject, grade, BACKBONE_TEACHER));
      ImmutableMembership.Builder m = Membership.builder().person(id).role(DEPUTY);
      for (int i = 1; i < schools.length; i++) {
        m.addRepresents("s-zc-" + schools[i]);
      }
      team.addMembers(m.build());
    }
    for (String who : members) {
      String id = personId(subject, grade, who);
      if (!who.startsWith("p-")) {
        data.addPeople(teacher(id, SCHOOL_NAMES.get(who) + title + "教师", "s-zc-" + who,
            subject, grade));
      }
      team.addMembers(Membership.of(id, MEMBER));
    }
    data.addTeams(team.build());
  }

  static void zhuchengClassTeachers(ImmutableDataset.Builder data) {
    // 2011-08-25 班主任工作论坛: 三校 6 位班主任 spoke — 实验小学, 皇华 and 昌城, two each.
    data.addPeople(
        person("p-zc-exp-ct1", "诸城市实验小学班主任一", "s-zc-exp", TEACHER, CLASS_TEACHER),
        person("p-zc-exp-ct2", "诸城市实验小学班主任二", "s-zc-exp", TEACHER, CLASS_TEACHER),
        person("p-zc-huanghua-ct1", "皇华镇中心学校班主任一", "s-zc-huanghua", TEACHER, CLASS_TEACHER),
        person("p-zc-huanghua-ct2", "皇华镇中心学校班主任二", "s-zc-huanghua", TEACHER, CLASS_TEACHER),
        person("p-zc-changcheng-ct1", "昌城小学班主任一", "s-zc-changcheng", TEACHER, CLASS_TEACHER),
        person("p-zc-changcheng-ct2", "昌城小学班主任二", "s-zc-changcheng", TEACHER, CLASS_TEACHER));
    data.addTeams(Team.builder()
        .id("g-zc-class")
        .kind(TeamKind.CLASS_TEACHER_TEAM)
        .name("城乡互助共同体班主任协同团队")
        .community("c-zc")
        .addMembers(
            Membership.of("p-zc-exp-ct1", LEADER),
            Membership.of("p-zc-exp-ct2", MEMBER),
            Membership.of("p-zc-huanghua-ct1", MEMBER),
            Membership.of("p-zc-huanghua-ct2", MEMBER),
            Membership.of("p-zc-changcheng-ct1", MEMBER),
            Membership.of("p-zc-changcheng-ct2", MEMBER))
        .build());
    data.addActivities(activity("a-zc-20110825-forum", "2011-08-25", FORUM, "g-zc-class")
        .host("s-zc-exp")
        .addParticipants(lead("p-zc-exp-ct1"), lead("p-zc-exp-ct2"), lead("p-zc-huanghua-ct1"),
            lead("p-zc-huanghua-ct2"), lead("p-zc-changcheng-ct1"), lead("p-zc-changcheng-ct2"))
        .addTags("班主任工作论坛", "经验介绍")
        .build());
  }
}
