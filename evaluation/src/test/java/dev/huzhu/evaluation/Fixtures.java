package dev.huzhu.evaluation;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.ImmutableDataset;
import dev.huzhu.core.activity.Activity;
import dev.huzhu.core.activity.ActivityKind;
import dev.huzhu.core.activity.ImmutableActivity;
import dev.huzhu.core.activity.Quantity;
import dev.huzhu.core.community.Community;
import dev.huzhu.core.community.Formation;
import dev.huzhu.core.community.Programme;
import dev.huzhu.core.person.Person;
import dev.huzhu.core.person.PersonRole;
import dev.huzhu.core.school.Locality;
import dev.huzhu.core.school.School;
import dev.huzhu.core.school.SchoolSubject;
import dev.huzhu.core.school.Stage;
import dev.huzhu.core.team.Membership;
import dev.huzhu.core.team.Team;
import dev.huzhu.core.team.TeamKind;
import dev.huzhu.core.team.TeamRole;
import dev.huzhu.evaluation.measure.Measures;
import dev.huzhu.evaluation.policy.AssessmentPeriod;
import dev.huzhu.evaluation.policy.Band;
import dev.huzhu.evaluation.policy.Grading;
import dev.huzhu.evaluation.policy.ImmutablePolicy;
import dev.huzhu.evaluation.policy.Metric;
import dev.huzhu.evaluation.policy.Policy;
import dev.huzhu.evaluation.policy.QuotaRounding;
import dev.huzhu.evaluation.policy.Section;
import dev.huzhu.evaluation.policy.SubjectSelection;
import dev.huzhu.evaluation.scoring.LinearScoring;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Small hand-built datasets and policies for the outcome tests (order, grading, awards, vetoes,
 * bundling, adjustments), after the seed's 诸城市实验小学城乡互助共同体: 实验小学 as core school and
 * 辛兴、林家村、昌城、皇华 as member schools, over the fall term 2012 (2012-09-01 to 2013-01-31).
 * 李伟、纪永梅、朱佰玉、林在霞、董凤兰、刘星霞、郭琳琳 are the seed's 实验小学 teachers; the member
 * schools' teachers (王芳、张丽、赵敏、孙磊) are made up.
 *
 * <p>Totals are controlled through lesson ratings: the {@link #oneSection()} policy scores the mean
 * rubric rating of a group's 品牌课 (BRAND_LESSON) as {@code linear(100)} worth 100 points, so one
 * lesson rated r gives exactly r points (100 × r / 100 = r); {@link #twoSections()} adds the mean
 * rating of its 达标课 (STANDARD_LESSON) as a second section of 100 points.
 */
final class Fixtures {
  static final LocalDate FROM = LocalDate.of(2012, 9, 1);
  static final LocalDate TO = LocalDate.of(2013, 1, 31);
  static final AssessmentPeriod TERM = AssessmentPeriod.of(FROM, TO);

  /** A day in the term. */
  static final LocalDate IN_TERM = LocalDate.of(2012, 10, 15);

  static final String CORE = "zc-syxx";
  static final String XINXING = "zc-xinxing";
  static final String LINJIA = "zc-linjia";
  static final String CHANGCHENG = "zc-changcheng";
  static final String HUANGHUA = "zc-huanghua";

  // 实验小学 teachers (names from the seed)
  static final String LI_WEI = "p-liwei";
  static final String JI_YONGMEI = "p-jiym";
  static final String ZHU_BAIYU = "p-zhuby";
  static final String LIN_ZAIXIA = "p-linzx";
  static final String DONG_FENGLAN = "p-dongfl";
  static final String LIU_XINGXIA = "p-liuxx";
  static final String GUO_LINLIN = "p-guoll";
  // member schools' teachers (made up)
  static final String WANG_FANG = "p-xx-wangf";
  static final String ZHANG_LI = "p-lj-zhangl";
  static final String ZHAO_MIN = "p-cc-zhaom";
  static final String SUN_LEI = "p-hh-sunl";
  // a pupil and a parent of 实验小学: reports show them by id only
  static final String STUDENT = "p-stu-syxx";
  static final String PARENT = "p-par-syxx";

  private Fixtures() {}

  static List<School> schools() {
    return List.of(
        school(CORE, "诸城市实验小学", Locality.URBAN),
        school(XINXING, "辛兴小学", Locality.TOWNSHIP),
        school(LINJIA, "林家村小学", Locality.TOWNSHIP),
        school(CHANGCHENG, "昌城小学", Locality.TOWNSHIP),
        school(HUANGHUA, "皇华镇中心学校", Locality.TOWNSHIP));
  }

  static Community community() {
    return Community.builder().id("c-zc").name("诸城市实验小学城乡互助共同体").core(CORE)
        .addMembers(XINXING, LINJIA, CHANGCHENG, HUANGHUA)
        .formation(Formation.POLICY_ASSIGNED).programme(Programme.BUNDLED_SUPPORT)
        .established(LocalDate.of(2010, 9, 1)).build();
  }

  static List<Person> people() {
    return List.of(
        teacher(LI_WEI, "李伟", CORE), teacher(JI_YONGMEI, "纪永梅", CORE),
        teacher(ZHU_BAIYU, "朱佰玉", CORE), teacher(LIN_ZAIXIA, "林在霞", CORE),
        teacher(DONG_FENGLAN, "董凤兰", CORE), teacher(LIU_XINGXIA, "刘星霞", CORE),
        teacher(GUO_LINLIN, "郭琳琳", CORE),
        teacher(WANG_FANG, "王芳", XINXING), teacher(ZHANG_LI, "张丽", LINJIA),
        teacher(ZHAO_MIN, "赵敏", CHANGCHENG), teacher(SUN_LEI, "孙磊", HUANGHUA),
        Person.builder().id(STUDENT).name("实验小学学生").addRoles(PersonRole.STUDENT).school(CORE)
            .build(),
        Person.builder().id(PARENT).name("实验小学家长").addRoles(PersonRole.PARENT).school(CORE)
            .build());
  }

  /** The community's schools and people with these teams and this log. */
  static ImmutableDataset.Builder dataset(List<Team> teams, List<Activity> log) {
    return Dataset.builder().addAllSchools(schools()).addAllPeople(people())
        .addCommunities(community()).addAllTeams(teams).addAllActivities(log);
  }

  /** A 三年级数学 research group led by 李伟 with no other member. */
  static Team group(String id) {
    return group(id, 3, SchoolSubject.MATH, Membership.of(LI_WEI, TeamRole.LEADER));
  }

  /** A research group of a grade and subject with these members. */
  static Team group(String id, int grade, SchoolSubject subject, Membership... members) {
    return Team.builder().id(id).kind(TeamKind.SUBJECT_RESEARCH_GROUP).community("c-zc")
        .schoolSubject(subject).grade(grade).addMembers(members).build();
  }

  static Membership leader(String person) {
    return Membership.of(person, TeamRole.LEADER);
  }

  static Membership deputy(String person) {
    return Membership.of(person, TeamRole.DEPUTY);
  }

  static Membership member(String person) {
    return Membership.of(person, TeamRole.MEMBER);
  }

  /** An activity credited to a group. */
  static ImmutableActivity.Builder activity(String id, String group, LocalDate date,
      ActivityKind kind) {
    return Activity.builder().id(id).date(date).kind(kind).addCredited(group);
  }

  /** A 品牌课 of the group rated {@code rating} (0–100) on the rubric, in the term. */
  static Activity brand(String group, String rating) {
    return rated("a-" + group + "-brand", group, ActivityKind.BRAND_LESSON, rating);
  }

  /** A 达标课 of the group rated {@code rating} (0–100) on the rubric, in the term. */
  static Activity standard(String group, String rating) {
    return rated("a-" + group + "-standard", group, ActivityKind.STANDARD_LESSON, rating);
  }

  private static Activity rated(String id, String group, ActivityKind kind, String rating) {
    return activity(id, group, IN_TERM, kind).host(CORE)
        .putQuantities(Quantity.RATING, new BigDecimal(rating)).build();
  }

  /** One 品牌课 per group, group i rated totals[i]: under {@link #oneSection()} its total. */
  static List<Activity> brands(List<String> groups, String... totals) {
    List<Activity> log = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      log.add(brand(groups.get(i), totals[i]));
    }
    return log;
  }

  /** A policy over the term's research groups, with one section: 品牌课 rating, 100 points. */
  static ImmutablePolicy oneSection() {
    return Policy.builder().id("test-one-section").title("品牌课考核").period(TERM)
        .subjects(SubjectSelection.teams(TeamKind.SUBJECT_RESEARCH_GROUP))
        .addSections(brandSection()).build();
  }

  /** Two sections: 品牌课 rating then 达标课 rating, 100 points each. */
  static ImmutablePolicy twoSections() {
    return ImmutablePolicy.copyOf(oneSection()).withId("test-two-sections")
        .withSections(brandSection(), Section.builder().id("s-standard").label("达标课")
            .points(d("100")).addMetrics(Metric.builder().id("standard").label("达标课评分")
                .points(d("100")).measure(Measures.mean(Quantity.RATING, ActivityKind.STANDARD_LESSON))
                .scoring(LinearScoring.of(d("100"))).build())
            .build());
  }

  private static Section brandSection() {
    return Section.builder().id("s-brand").label("品牌课").points(d("100"))
        .addMetrics(Metric.builder().id("brand").label("品牌课评分").points(d("100"))
            .measure(Measures.mean(Quantity.RATING, ActivityKind.BRAND_LESSON))
            .scoring(LinearScoring.of(d("100"))).build())
        .build();
  }

  /** 优秀 from 85 with a quota, 良好 from 70, 合格 from 60, 不合格 below. */
  static Grading grading(String excellentQuota, QuotaRounding rounding) {
    return Grading.builder().quotaRounding(rounding)
        .addBands(Band.builder().id("EXCELLENT").label("优秀").minTotal(d("85"))
                .quota(d(excellentQuota)).build(),
            Band.of("GOOD", "良好", d("70")), Band.of("PASS", "合格", d("60")),
            Band.of("FAIL", "不合格", d("0")))
        .build();
  }

  static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  private static School school(String id, String name, Locality locality) {
    return School.builder().id(id).name(name).locality(locality).stage(Stage.PRIMARY)
        .county("诸城市").build();
  }

  private static Person teacher(String id, String name, String school) {
    return Person.builder().id(id).name(name).addRoles(PersonRole.TEACHER).school(school).build();
  }
}
