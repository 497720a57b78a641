package dev.huzhu.evaluation.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.activity.Activity;
import dev.huzhu.core.activity.ActivityKind;
import dev.huzhu.core.activity.ImmutableActivity;
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
import dev.huzhu.core.pairing.VillageType;
import dev.huzhu.core.person.Person;
import dev.huzhu.core.person.PersonRole;
import dev.huzhu.core.school.Locality;
import dev.huzhu.core.school.School;
import dev.huzhu.core.school.SchoolSubject;
import dev.huzhu.core.school.Stage;
import dev.huzhu.core.score.ImmutableScoreRecord;
import dev.huzhu.core.score.Phase;
import dev.huzhu.core.score.ScoreRecord;
import dev.huzhu.core.score.TestKind;
import dev.huzhu.core.team.Membership;
import dev.huzhu.core.team.Team;
import dev.huzhu.core.team.TeamKind;
import dev.huzhu.core.team.TeamRole;
import dev.huzhu.evaluation.Assessment;
import dev.huzhu.evaluation.policy.AssessmentPeriod;
import dev.huzhu.evaluation.policy.Metric;
import dev.huzhu.evaluation.policy.Policy;
import dev.huzhu.evaluation.policy.Section;
import dev.huzhu.evaluation.policy.SubjectSelection;
import dev.huzhu.evaluation.report.MetricResult;
import dev.huzhu.evaluation.report.Report;
import dev.huzhu.evaluation.scoring.LinearScoring;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The hand-built dataset of the measure examples, after the seed's 诸城市实验小学城乡互助共同体
 * (实验小学 with 辛兴、林家村、昌城、皇华), assessed over the fall term 2012-09-01 to 2013-01-31
 * (2012-11-13: 送教下乡). 李伟、纪永梅、谢建伟 are the seed's; the other names, the party
 * branches and the villages are made up.
 *
 * <ul>
 *   <li>{@code t-zc-math3}, 三年级数学中心教研组 (grade 3 math), 6 members: 李伟 (leader, 实验小学),
 *       纪永梅 (实验小学), and one deputy each from 辛兴、林家村、昌城、皇华.
 *   <li>{@code t-zc-lead}, 领导小组, 2 members: 谢建伟 (leader), 李伟.
 *   <li>Exchanges: 李伟 实验小学 → 辛兴 2012-09-01..2013-01-31 (5 months: Sept–Jan); 王芳 辛兴 →
 *       实验小学 2012-11-01..2013-03-31; 张丽 林家村 → 实验小学 2013-03-01..2013-06-30.
 *   <li>Party pairings: 组织部 (党群) → 东村 (软村), a professional match; 发改局 (经济) → 西村 (软村),
 *       not one; 文体局 (other) + 农业局 (涉农) → 南村 (专业村), 二对一, a match through 农业局.
 * </ul>
 */
final class SeedGroups {
  private SeedGroups() {}

  static final LocalDate FROM = LocalDate.of(2012, 9, 1);
  static final LocalDate TO = LocalDate.of(2013, 1, 31);

  static final String CORE = "zc-syxx";
  static final String XINXING = "zc-xinxing";
  static final String LINJIA = "zc-linjia";
  static final String CHANGCHENG = "zc-changcheng";
  static final String HUANGHUA = "zc-huanghua";
  /** 艾东小学: a village school run by 皇华, not a member of the community. */
  static final String AIDONG = "zc-aidong";

  static final String XIE_JIANWEI = "p-xiejw";
  static final String LI_WEI = "p-liwei";
  static final String JI_YONGMEI = "p-jiym";
  static final String WANG_FANG = "p-xx-t1";
  static final String ZHANG_LI = "p-lj-t1";
  static final String ZHAO_MIN = "p-cc-t1";
  static final String SUN_YAN = "p-hh-t1";

  static final String MATH3 = "t-zc-math3";
  static final String LEAD = "t-zc-lead";

  static final String X_LIWEI = "x-liwei";
  static final String X_WANGFANG = "x-wangfang";
  static final String X_ZHANGLI = "x-zhangli";

  static final String DONGCUN = "pp-dongcun";
  static final String XICUN = "pp-xicun";
  static final String NANCUN = "pp-nancun";

  static final SubjectSelection GROUPS = SubjectSelection.teams(TeamKind.SUBJECT_RESEARCH_GROUP);
  static final SubjectSelection EXCHANGES = SubjectSelection.exchanges(ExchangeKind.TEACHING_EXCHANGE);
  static final SubjectSelection PAIRINGS = SubjectSelection.partyPairingsOnly();

  static final Dataset BASE = base();

  static Dataset with(Activity... log) {
    return Dataset.builder().copyFrom(BASE).addActivities(log).build();
  }

  static Dataset withScores(ScoreRecord... scores) {
    return Dataset.builder().copyFrom(BASE).addScores(scores).build();
  }

  /** An activity on a date written {@code yyyy-mm-dd}, credited to the groups. */
  static ImmutableActivity.Builder activity(String id, String date, ActivityKind kind,
      String... credited) {
    return Activity.builder().id(id).date(LocalDate.parse(date)).kind(kind).addCredited(credited);
  }

  /** A grade 3 math record. */
  static ImmutableScoreRecord.Builder score(String school, TestKind test, Phase phase,
      int students, String mean) {
    return score(school, 3, SchoolSubject.MATH, test, phase, students, mean);
  }

  static ImmutableScoreRecord.Builder score(String school, int grade, SchoolSubject subject,
      TestKind test, Phase phase, int students, String mean) {
    return ScoreRecord.builder().school(school).grade(grade).schoolSubject(subject).test(test)
        .phase(phase).students(students).mean(new BigDecimal(mean));
  }

  /** A policy over the term with one section and one metric {@code m} of the measure, linear to the target. */
  static Policy policy(SubjectSelection subjects, Measure measure, String points, String target) {
    BigDecimal p = new BigDecimal(points);
    return Policy.builder().id("example-" + measure.type()).title("worked example")
        .period(AssessmentPeriod.of(FROM, TO)).subjects(subjects)
        .addSections(Section.builder().id("s").label("过程性评价").points(p)
            .addMetrics(Metric.builder().id("m").label(measure.type()).points(p).measure(measure)
                .scoring(LinearScoring.of(new BigDecimal(target))).build())
            .build())
        .build();
  }

  static Report run(Dataset dataset, SubjectSelection subjects, Measure measure, String points,
      String target) {
    return Assessment.of(policy(subjects, measure, points, target)).run(dataset);
  }

  /** The metric {@code m} of one subject. */
  static MetricResult metric(Report report, String subject) {
    return report.subject(subject).orElseThrow().metric("m").orElseThrow();
  }

  /** The metric {@code m} of one subject, under a one-metric policy. */
  static MetricResult metric(Dataset dataset, SubjectSelection subjects, Measure measure,
      String points, String target, String subject) {
    return metric(run(dataset, subjects, measure, points, target), subject);
  }

  /** The raw value, compared as a number (counts and sums are exact, whatever their scale). */
  static void assertValue(String expected, MetricResult m) {
    BigDecimal actual = m.value().orElseThrow(() -> new AssertionError("missing, expected " + expected));
    assertEquals(0, new BigDecimal(expected).compareTo(actual), "value: expected " + expected
        + " but was " + actual.toPlainString());
  }

  /** The points, compared with their scale: {@code "7.50"} is 7.5 with 2 places. */
  static void assertPoints(String expected, MetricResult m) {
    assertEquals(new BigDecimal(expected), m.points());
  }

  static void assertEvidence(MetricResult m, String... ids) {
    assertEquals(List.of(ids), m.evidence().ids());
    assertEquals(ids.length, m.evidence().count());
  }

  private static Dataset base() {
    List<School> schools = List.of(
        school(CORE, "诸城市实验小学", Locality.URBAN),
        school(XINXING, "辛兴小学", Locality.TOWNSHIP),
        school(LINJIA, "林家村小学", Locality.TOWNSHIP),
        school(CHANGCHENG, "昌城小学", Locality.TOWNSHIP),
        school(HUANGHUA, "皇华镇中心学校", Locality.TOWNSHIP),
        School.builder().id(AIDONG).name("艾东小学").locality(Locality.VILLAGE).stage(Stage.PRIMARY)
            .county("诸城市").administeredBy(HUANGHUA).build());
    List<Person> people = List.of(
        teacher(XIE_JIANWEI, "谢建伟", CORE, PersonRole.PRINCIPAL, PersonRole.PARTY_MEMBER),
        teacher(LI_WEI, "李伟", CORE, PersonRole.TEACHER, PersonRole.BACKBONE_TEACHER),
        teacher(JI_YONGMEI, "纪永梅", CORE, PersonRole.TEACHER, PersonRole.PARTY_MEMBER),
        teacher(WANG_FANG, "王芳", XINXING, PersonRole.TEACHER),
        teacher(ZHANG_LI, "张丽", LINJIA, PersonRole.TEACHER),
        teacher(ZHAO_MIN, "赵敏", CHANGCHENG, PersonRole.TEACHER),
        teacher(SUN_YAN, "孙燕", HUANGHUA, PersonRole.TEACHER));
    Community community = Community.builder().id("c-zc").name("诸城市实验小学城乡互助共同体")
        .core(CORE).addMembers(XINXING, LINJIA, CHANGCHENG, HUANGHUA)
        .formation(Formation.POLICY_ASSIGNED).programme(Programme.BUNDLED_SUPPORT)
        .established(LocalDate.of(2010, 9, 1)).build();
    Team math3 = Team.builder().id(MATH3).kind(TeamKind.SUBJECT_RESEARCH_GROUP)
        .name("三年级数学中心教研组").community("c-zc").schoolSubject(SchoolSubject.MATH).grade(3)
        .addMembers(Membership.of(LI_WEI, TeamRole.LEADER), Membership.of(JI_YONGMEI, TeamRole.MEMBER),
            Membership.of(WANG_FANG, TeamRole.DEPUTY), Membership.of(ZHANG_LI, TeamRole.DEPUTY),
            Membership.of(ZHAO_MIN, TeamRole.DEPUTY), Membership.of(SUN_YAN, TeamRole.DEPUTY))
        .build();
    Team lead = Team.builder().id(LEAD).kind(TeamKind.LEADERSHIP_GROUP).name("领导小组")
        .community("c-zc")
        .addMembers(Membership.of(XIE_JIANWEI, TeamRole.LEADER), Membership.of(LI_WEI, TeamRole.MEMBER))
        .build();
    List<Exchange> exchanges = List.of(
        exchange(X_LIWEI, LI_WEI, CORE, XINXING, "2012-09-01", "2013-01-31"),
        exchange(X_WANGFANG, WANG_FANG, XINXING, CORE, "2012-11-01", "2013-03-31"),
        exchange(X_ZHANGLI, ZHANG_LI, LINJIA, CORE, "2013-03-01", "2013-06-30"));
    List<PartyBranch> branches = List.of(
        unit("pb-zzb", "县委组织部党支部", DepartmentCategory.PARTY_AND_MASS),
        unit("pb-fgw", "县发改局党支部", DepartmentCategory.ECONOMIC),
        unit("pb-wtj", "县文体局党支部", DepartmentCategory.OTHER),
        unit("pb-nyj", "县农业局党支部", DepartmentCategory.AGRICULTURAL),
        village("pb-dongcun", "东村党支部", VillageType.WEAK),
        village("pb-xicun", "西村党支部", VillageType.WEAK),
        village("pb-nancun", "南村党支部", VillageType.SPECIALIZED));
    List<PartyPairing> pairings = List.of(
        PartyPairing.builder().id(DONGCUN).village("pb-dongcun").addUnits("pb-zzb").build(),
        PartyPairing.builder().id(XICUN).village("pb-xicun").addUnits("pb-fgw").build(),
        PartyPairing.builder().id(NANCUN).village("pb-nancun").addUnits("pb-wtj", "pb-nyj").build());
    return Dataset.builder().addAllSchools(schools).addAllPeople(people).addCommunities(community)
        .addTeams(math3, lead).addAllExchanges(exchanges).addAllPartyBranches(branches)
        .addAllPartyPairings(pairings).build();
  }

  private static School school(String id, String name, Locality locality) {
    return School.builder().id(id).name(name).locality(locality).stage(Stage.PRIMARY)
        .county("诸城市").build();
  }

  private static Person teacher(String id, String name, String school, PersonRole... roles) {
    return Person.builder().id(id).name(name).addRoles(roles).school(school).build();
  }

  private static Exchange exchange(String id, String person, String from, String to,
      String start, String end) {
    // 每月争取上一次示范课和举行一次教育教学专题讲座
    return Exchange.builder().id(id).person(person).kind(ExchangeKind.TEACHING_EXCHANGE).from(from)
        .to(to).start(LocalDate.parse(start)).end(LocalDate.parse(end))
        .addDuties(Duty.of(ActivityKind.DEMONSTRATION_LESSON, 1), Duty.of(ActivityKind.LECTURE, 1))
        .build();
  }

  private static PartyBranch unit(String id, String name, DepartmentCategory category) {
    return PartyBranch.builder().id(id).name(name).kind(BranchKind.COUNTY_UNIT).category(category)
        .build();
  }

  private static PartyBranch village(String id, String name, VillageType type) {
    return PartyBranch.builder().id(id).name(name).kind(BranchKind.VILLAGE).villageType(type).build();
  }
}
