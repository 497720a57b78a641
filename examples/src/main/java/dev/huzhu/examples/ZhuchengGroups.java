package dev.huzhu.examples;

import static dev.huzhu.core.activity.ActivityKind.BRAND_LESSON;
import static dev.huzhu.core.activity.ActivityKind.DEMONSTRATION_LESSON;
import static dev.huzhu.core.activity.ActivityKind.FORUM;
import static dev.huzhu.core.activity.ActivityKind.JOINT_PREPARATION;
import static dev.huzhu.core.activity.ActivityKind.LESSON_PREPARATION;
import static dev.huzhu.core.activity.ActivityKind.MATERIAL_SHARE;
import static dev.huzhu.core.activity.ActivityKind.SENT_LESSON;
import static dev.huzhu.core.activity.ActivityKind.STANDARD_LESSON;
import static dev.huzhu.core.activity.ActivityKind.THEMATIC_ACTIVITY;
import static dev.huzhu.core.activity.Participant.lead;
import static dev.huzhu.core.activity.Participant.participant;
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
import static dev.huzhu.examples.SeedValues.whole;

import dev.huzhu.core.ImmutableDataset;
import dev.huzhu.core.activity.Direction;
import dev.huzhu.core.activity.ImmutableActivity;
import dev.huzhu.core.activity.PreparationStage;
import dev.huzhu.core.activity.Quantity;
import dev.huzhu.core.school.SchoolSubject;
import dev.huzhu.core.team.Membership;
import dev.huzhu.core.team.Team;
import dev.huzhu.core.team.TeamKind;
import java.math.BigDecimal;

/**
 * 第二篇 continued: 诸城市实验小学's 学科中心教研组 (三年级数学 and 三年级语文) with their term of
 * materials, 专题, lessons and the 同课异构 cycle, and the 班主任协同团队 of the 2011-08-25
 * 班主任工作论坛.
 */
final class ZhuchengGroups {
  private ZhuchengGroups() {}

  static void zhuchengResearchGroups(ImmutableDataset.Builder data) {
    // 三年级数学: 组长 a 名师 of 实验小学; one 副组长 from each member school, except that 林家村's
    // few math teachers are merged with 辛兴's (合并组成一个教研组), whose deputy stands for both.
    data.addPeople(
        teacher("p-zc-math3-leader", "诸城市实验小学三年级数学名师", "s-zc-exp", SchoolSubject.MATH, 3,
            FAMOUS_TEACHER),
        teacher("p-zc-math3-exp", "诸城市实验小学三年级数学教师", "s-zc-exp", SchoolSubject.MATH, 3),
        teacher("p-zc-math3-xinxing", "辛兴小学三年级数学骨干", "s-zc-xinxing", SchoolSubject.MATH, 3,
            BACKBONE_TEACHER),
        teacher("p-zc-math3-linjiacun", "林家村小学三年级数学教师", "s-zc-linjiacun", SchoolSubject.MATH, 3),
        teacher("p-zc-math3-changcheng", "昌城小学三年级数学骨干", "s-zc-changcheng", SchoolSubject.MATH, 3,
            BACKBONE_TEACHER),
        teacher("p-zc-math3-huanghua", "皇华镇中心学校三年级数学骨干", "s-zc-huanghua", SchoolSubject.MATH,
            3, BACKBONE_TEACHER));
    data.addTeams(Team.builder()
        .id("g-zc-math3")
        .kind(TeamKind.SUBJECT_RESEARCH_GROUP)
        .name("三年级数学中心教研组")
        .community("c-zc")
        .schoolSubject(SchoolSubject.MATH)
        .grade(3)
        .addMembers(
            Membership.of("p-zc-math3-leader", LEADER),
            Membership.builder().person("p-zc-math3-xinxing").role(DEPUTY)
                .addRepresents("s-zc-linjiacun").build(),
            Membership.of("p-zc-math3-changcheng", DEPUTY),
            Membership.of("p-zc-math3-huanghua", DEPUTY),
            Membership.of("p-zc-math3-exp", MEMBER),
            Membership.of("p-zc-math3-linjiacun", MEMBER))
        .build());

    data.addPeople(
        teacher("p-zc-chinese3-leader", "诸城市实验小学三年级语文名师", "s-zc-exp", SchoolSubject.CHINESE,
            3, FAMOUS_TEACHER),
        teacher("p-zc-chinese3-exp", "诸城市实验小学三年级语文教师", "s-zc-exp", SchoolSubject.CHINESE, 3),
        teacher("p-zc-chinese3-xinxing", "辛兴小学三年级语文骨干", "s-zc-xinxing", SchoolSubject.CHINESE,
            3, BACKBONE_TEACHER),
        teacher("p-zc-chinese3-linjiacun", "林家村小学三年级语文骨干", "s-zc-linjiacun",
            SchoolSubject.CHINESE, 3, BACKBONE_TEACHER),
        teacher("p-zc-chinese3-changcheng", "昌城小学三年级语文骨干", "s-zc-changcheng",
            SchoolSubject.CHINESE, 3, BACKBONE_TEACHER),
        teacher("p-zc-chinese3-huanghua", "皇华镇中心学校三年级语文骨干", "s-zc-huanghua",
            SchoolSubject.CHINESE, 3, BACKBONE_TEACHER));
    data.addTeams(Team.builder()
        .id("g-zc-chinese3")
        .kind(TeamKind.SUBJECT_RESEARCH_GROUP)
        .name("三年级语文中心教研组")
        .community("c-zc")
        .schoolSubject(SchoolSubject.CHINESE)
        .grade(3)
        .addMembers(
            Membership.of("p-zc-chinese3-leader", LEADER),
            Membership.of("p-zc-chinese3-xinxing", DEPUTY),
            Membership.of("p-zc-chinese3-linjiacun", DEPUTY),
            Membership.of("p-zc-chinese3-changcheng", DEPUTY),
            Membership.of("p-zc-chinese3-huanghua", DEPUTY),
            Membership.of("p-zc-chinese3-exp", MEMBER))
        .build());

    math3Term(data);
    chinese3Term(data);
  }

  /** 三年级数学's term: 12 materials, 4 专题 in 4 months, 3 lessons taught, one 同课异构 cycle. */
  private static void math3Term(ImmutableDataset.Builder data) {
    String g = "g-zc-math3";
    String leader = "p-zc-math3-leader";
    String exp = "p-zc-math3-exp";
    String xinxing = "p-zc-math3-xinxing";
    String changcheng = "p-zc-math3-changcheng";
    String huanghua = "p-zc-math3-huanghua";
    String linjiacun = "p-zc-math3-linjiacun";
    // 3 + 4 + 2 + 3 = 12 materials
    materials(data, g, "a-zc-m3-material-1", "2012-09-10", SchoolSubject.MATH, leader, 3, "通用教案");
    materials(data, g, "a-zc-m3-material-2", "2012-10-15", SchoolSubject.MATH, exp, 4, "课件");
    materials(data, g, "a-zc-m3-material-3", "2012-11-12", SchoolSubject.MATH, xinxing, 2, "交流材料");
    materials(data, g, "a-zc-m3-material-4", "2012-12-10", SchoolSubject.MATH, leader, 3, "资料库");
    thematic(data, g, "a-zc-m3-theme-1", "2012-09-20", SchoolSubject.MATH, "s-zc-exp", leader,
        "两位数乘法的算理");
    thematic(data, g, "a-zc-m3-theme-2", "2012-10-18", SchoolSubject.MATH, "s-zc-xinxing", xinxing,
        "解决问题的策略");
    thematic(data, g, "a-zc-m3-theme-3", "2012-11-22", SchoolSubject.MATH, "s-zc-changcheng",
        changcheng, "有效练习设计");
    thematic(data, g, "a-zc-m3-theme-4", "2012-12-20", SchoolSubject.MATH, "s-zc-huanghua", huanghua,
        "课堂提问");
    data.addActivities(
        activity("a-zc-m3-demo-1", "2012-10-18", DEMONSTRATION_LESSON, g)
            .host("s-zc-xinxing").schoolSubject(SchoolSubject.MATH).grade(3)
            .addParticipants(lead(leader), participant(xinxing), participant(linjiacun))
            .putQuantities(Quantity.LESSONS, whole(2))
            .build(),
        activity("a-zc-m3-demo-2", "2012-11-22", DEMONSTRATION_LESSON, g)
            .host("s-zc-changcheng").schoolSubject(SchoolSubject.MATH).grade(3)
            .addParticipants(lead(exp), participant(changcheng))
            .putQuantities(Quantity.LESSONS, whole(1))
            .build(),
        // 双方名师互相送课: a township teacher's lesson, polished first (磨课), sent to town.
        activity("a-zc-m3-sent-1", "2012-12-13", SENT_LESSON, g)
            .host("s-zc-exp").schoolSubject(SchoolSubject.MATH).grade(3)
            .direction(Direction.RURAL_TO_URBAN)
            .addParticipants(lead(changcheng), participant(leader), participant(exp))
            .putQuantities(Quantity.LESSONS, whole(1))
            .addTags("磨课")
            .build());

    // 同课异构: 个人主备 → 集体研讨 → 主备人修改 → 中心教研组把关 → 个性修改, then the lessons,
    // observed on 实验小学's 品牌课、达标课 rubric.
    String[][] pipeline = {
        {"INDIVIDUAL", "2012-11-05", "s-zc-huanghua"},
        {"COLLECTIVE", "2012-11-08", "s-zc-exp"},
        {"REVISION", "2012-11-12", "s-zc-huanghua"},
        {"GROUP_REVIEW", "2012-11-15", "s-zc-exp"},
        {"PERSONALIZATION", "2012-11-19", "s-zc-huanghua"}};
    for (String[] step : pipeline) {
      PreparationStage stage = PreparationStage.valueOf(step[0]);
      ImmutableActivity.Builder a = activity("a-zc-m3-prep-" + stage.name().toLowerCase(),
          step[1], LESSON_PREPARATION, g)
          .host(step[2]).schoolSubject(SchoolSubject.MATH).grade(3)
          .preparationStage(stage)
          .addTags("同课异构");
      // The 主备人 leads every step but the group's review, which is the leader's.
      if (stage == PreparationStage.GROUP_REVIEW) {
        a.addParticipants(lead(leader), participant(huanghua));
      } else if (stage == PreparationStage.COLLECTIVE) {
        a.addParticipants(lead(huanghua), participant(leader), participant(exp),
            participant(xinxing), participant(changcheng), participant(linjiacun));
      } else {
        a.addParticipants(lead(huanghua));
      }
      data.addActivities(a.build());
    }
    data.addActivities(
        activity("a-zc-m3-standard-1", "2012-11-26", STANDARD_LESSON, g)
            .host("s-zc-huanghua").schoolSubject(SchoolSubject.MATH).grade(3)
            .addParticipants(lead(huanghua), participant(leader), participant(xinxing),
                participant(changcheng))
            .putQuantities(Quantity.LESSONS, whole(1))
            .putQuantities(Quantity.RATING, whole(86))
            .addTags("同课异构")
            .build(),
        activity("a-zc-m3-brand-1", "2012-11-29", BRAND_LESSON, g)
            .host("s-zc-exp").schoolSubject(SchoolSubject.MATH).grade(3)
            .addParticipants(lead(exp), participant(huanghua), participant(xinxing),
                participant(changcheng), participant(linjiacun))
            .putQuantities(Quantity.LESSONS, whole(1))
            .putQuantities(Quantity.RATING, new BigDecimal("92.5"))
            .addTags("同课异构")
            .build());
  }

  /** 三年级语文's term: 8 materials, 2 专题, 1 lesson taught, one 品牌课 observed. */
  private static void chinese3Term(ImmutableDataset.Builder data) {
    String g = "g-zc-chinese3";
    String leader = "p-zc-chinese3-leader";
    String exp = "p-zc-chinese3-exp";
    String linjiacun = "p-zc-chinese3-linjiacun";
    // 2 + 3 + 3 = 8 materials
    materials(data, g, "a-zc-c3-material-1", "2012-09-12", SchoolSubject.CHINESE, leader, 2, "通用教案");
    materials(data, g, "a-zc-c3-material-2", "2012-10-17", SchoolSubject.CHINESE, exp, 3, "课件");
    materials(data, g, "a-zc-c3-material-3", "2012-12-05", SchoolSubject.CHINESE, linjiacun, 3,
        "单元整合备课");
    thematic(data, g, "a-zc-c3-theme-1", "2012-10-25", SchoolSubject.CHINESE, "s-zc-linjiacun",
        linjiacun, "习作起步");
    thematic(data, g, "a-zc-c3-theme-2", "2012-12-18", SchoolSubject.CHINESE, "s-zc-exp", leader,
        "课外阅读指导");
    data.addActivities(
        activity("a-zc-c3-demo-1", "2012-10-25", DEMONSTRATION_LESSON, g)
            .host("s-zc-linjiacun").schoolSubject(SchoolSubject.CHINESE).grade(3)
            .addParticipants(lead(leader), participant(linjiacun))
            .putQuantities(Quantity.LESSONS, whole(1))
            .build(),
        // 主餐加套餐: the shared 《执行课程》 lesson plans, prepared together.
        activity("a-zc-c3-joint-1", "2012-09-05", JOINT_PREPARATION, g)
            .host("s-zc-exp").schoolSubject(SchoolSubject.CHINESE).grade(3)
            .addParticipants(lead(leader), participant(exp), participant("p-zc-chinese3-xinxing"),
                participant(linjiacun), participant("p-zc-chinese3-changcheng"),
                participant("p-zc-chinese3-huanghua"))
            .addTags("执行课程", "主餐加套餐")
            .build(),
        activity("a-zc-c3-brand-1", "2012-11-28", BRAND_LESSON, g)
            .host("s-zc-exp").schoolSubject(SchoolSubject.CHINESE).grade(3)
            .addParticipants(lead(leader), participant(linjiacun),
                participant("p-zc-chinese3-changcheng"))
            .putQuantities(Quantity.LESSONS, whole(1))
            .putQuantities(Quantity.RATING, whole(88))
            .build());
  }

  private static void materials(ImmutableDataset.Builder data, String group, String id,
      String date, SchoolSubject schoolSubject, String by, int count, String tag) {
    data.addActivities(activity(id, date, MATERIAL_SHARE, group)
        .schoolSubject(schoolSubject).grade(3)
        .addParticipants(lead(by))
        .putQuantities(Quantity.MATERIALS, whole(count))
        .addTags(tag)
        .build());
  }

  private static void thematic(ImmutableDataset.Builder data, String group, String id,
      String date, SchoolSubject schoolSubject, String host, String by, String theme) {
    data.addActivities(activity(id, date, THEMATIC_ACTIVITY, group)
        .host(host).schoolSubject(schoolSubject).grade(3)
        .addParticipants(lead(by))
        .addTags(theme)
        .build());
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
