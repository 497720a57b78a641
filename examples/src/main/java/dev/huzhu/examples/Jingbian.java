package dev.huzhu.examples;

import static dev.huzhu.core.activity.ActivityKind.DEMONSTRATION_LESSON;
import static dev.huzhu.core.activity.ActivityKind.LECTURE;
import static dev.huzhu.core.person.PersonRole.BACKBONE_TEACHER;
import static dev.huzhu.core.person.PersonRole.PRINCIPAL;
import static dev.huzhu.core.person.PersonRole.VICE_PRINCIPAL;
import static dev.huzhu.core.team.TeamRole.LEADER;
import static dev.huzhu.core.team.TeamRole.MEMBER;
import static dev.huzhu.examples.SeedValues.person;
import static dev.huzhu.examples.SeedValues.qualityTest;
import static dev.huzhu.examples.SeedValues.school;
import static dev.huzhu.examples.SeedValues.teacher;

import dev.huzhu.core.ImmutableDataset;
import dev.huzhu.core.community.Community;
import dev.huzhu.core.community.Formation;
import dev.huzhu.core.community.Programme;
import dev.huzhu.core.exchange.Duty;
import dev.huzhu.core.exchange.Exchange;
import dev.huzhu.core.exchange.ExchangeKind;
import dev.huzhu.core.school.Locality;
import dev.huzhu.core.school.SchoolSubject;
import dev.huzhu.core.school.Stage;
import dev.huzhu.core.team.Membership;
import dev.huzhu.core.team.Team;
import dev.huzhu.core.team.TeamKind;
import dev.huzhu.core.team.TeamRole;
import java.time.LocalDate;

/**
 * 第一篇: 靖边六小 "城乡互助——对口帮扶": 靖边六小's community of four township and village
 * schools, its 领导小组 with divided duties (管理分工), the teachers of its schools, the two
 * teachers 六小 sends to village schools in the spring of 2013 and the member schools' leaders and
 * teachers who come to 六小 for 实地观摩锻炼 (定期互派领导干部、教师), and the grade 3 and 5 quality
 * tests at the start and the end of the school year. The year's activities are in
 * {@link JingbianLog}.
 */
final class Jingbian {
  private Jingbian() {}

  static void addTo(ImmutableDataset.Builder data) {
    String county = "靖边县";
    data.addSchools(
        school("s-jb6", "靖边六小", Locality.URBAN, Stage.PRIMARY, county),
        // 红墩界 and 杨米涧 are townships; 四柏树 and 小桥畔 (东坑镇) are villages.
        school("s-jb-hdj", "红墩界中心小学", Locality.TOWNSHIP, Stage.PRIMARY, county),
        school("s-jb-ymj", "杨米涧九年制学校", Locality.TOWNSHIP, Stage.NINE_YEAR, county),
        school("s-jb-sbs", "四柏树小学", Locality.VILLAGE, Stage.PRIMARY, county),
        school("s-jb-xqp", "东坑小桥畔小学", Locality.VILLAGE, Stage.PRIMARY, county));

    data.addCommunities(Community.builder()
        .id("c-jb6")
        .name("靖边六小城乡互助共同体")
        .core("s-jb6")
        .addMembers("s-jb-hdj", "s-jb-ymj", "s-jb-sbs", "s-jb-xqp")
        .formation(Formation.POLICY_ASSIGNED)
        // 对口帮扶 set up by 县教育局; none of the named programmes, so OTHER.
        .programme(Programme.OTHER)
        // The seed dates only the summary (2012-11-14); we assume the community began that term.
        .established(LocalDate.of(2012, 9, 1))
        .aims("携手共创美好农村教育；扎实、有效、合作、共赢")
        .build());

    data.addPeople(
        person("p-jb6-principal", "靖边六小校长", "s-jb6", PRINCIPAL),
        person("p-jb6-vp", "靖边六小主管业务副校长", "s-jb6", VICE_PRINCIPAL),
        teacher("p-jb6-chinese", "靖边六小语文教师", "s-jb6", SchoolSubject.CHINESE, 4, BACKBONE_TEACHER),
        teacher("p-jb6-math", "靖边六小数学教师", "s-jb6", SchoolSubject.MATH, 4, BACKBONE_TEACHER),
        person("p-jb-hdj-principal", "红墩界中心小学校长", "s-jb-hdj", PRINCIPAL),
        person("p-jb-ymj-principal", "杨米涧九年制学校校长", "s-jb-ymj", PRINCIPAL),
        person("p-jb-sbs-principal", "四柏树小学校长", "s-jb-sbs", PRINCIPAL),
        person("p-jb-xqp-principal", "东坑小桥畔小学校长", "s-jb-xqp", PRINCIPAL),
        teacher("p-jb-hdj-chinese", "红墩界中心小学语文教师", "s-jb-hdj", SchoolSubject.CHINESE, 4),
        teacher("p-jb-hdj-math", "红墩界中心小学数学教师", "s-jb-hdj", SchoolSubject.MATH, 4));

    // 领导小组 "进行了管理分工，明确要求，落实责任": the seed names the group and that it divided
    // its duties, not who does what. The duties below follow the summary's own list of work
    // (送教下乡、同课异构, 定期互派、观摩锻炼, 手拉手经验交流会, 教育科研, 校园网站建设) and are made up.
    data.addTeams(Team.builder()
        .id("g-jb6-lead")
        .kind(TeamKind.LEADERSHIP_GROUP)
        .name("靖边六小城乡互助共同体领导小组")
        .community("c-jb6")
        .addMembers(
            duties("p-jb6-principal", LEADER, "全面负责共同体帮扶工作", "主持制定定期研究方案"),
            duties("p-jb6-vp", MEMBER, "负责送教下乡和同课异构等教学研究活动",
                "负责互派教师的安排与考核"),
            duties("p-jb-hdj-principal", MEMBER, "负责组织手拉手活动经验交流会",
                "负责校园网站建设与资源共享"),
            duties("p-jb-ymj-principal", MEMBER, "负责共同开展教育科研"),
            duties("p-jb-sbs-principal", MEMBER, "负责接收交流教师的管理"),
            duties("p-jb-xqp-principal", MEMBER, "负责本校干部教师观摩锻炼的安排"))
        .build());

    JingbianLog.addTo(data);
    jingbianTeachers(data);
    jingbianScores(data);
  }

  private static void jingbianTeachers(ImmutableDataset.Builder data) {
    // The seed names no teacher of 靖边 beyond the 送教下乡 day. These stand for each school's
    // Chinese and mathematics teachers of grades 3 and 5, 25 teachers in all with the four above:
    // 8 at 六小, 5 at 红墩界, 5 at 杨米涧, 4 at 四柏树, 3 at 小桥畔 (illustrative), named by post.
    data.addPeople(
        teacher("p-jb6-math5", "靖边六小五年级数学骨干教师", "s-jb6", SchoolSubject.MATH, 5,
            BACKBONE_TEACHER),
        teacher("p-jb6-chinese3", "靖边六小三年级语文教师", "s-jb6", SchoolSubject.CHINESE, 3));
    teachers(data, "s-jb6", "靖边六小", 4);
    teachers(data, "s-jb-hdj", "红墩界中心小学", 3);
    teachers(data, "s-jb-ymj", "杨米涧九年制学校", 5);
    teachers(data, "s-jb-sbs", "四柏树小学", 4);
    teachers(data, "s-jb-xqp", "东坑小桥畔小学", 3);

    // "定期互派领导干部、教师到对方学校": 六小 sends two teachers to the village schools for the
    // spring term of 2013, each owing a demonstration lesson and a lecture a month, as 诸城 asks.
    // (The 交流教师考核 policy covers the fall term of 2012, so it finds no month of theirs.)
    teachingExchange(data, "x-jb6-math5", "p-jb6-math5", "s-jb-sbs");
    teachingExchange(data, "x-jb6-chinese3", "p-jb6-chinese3", "s-jb-xqp");

    // "……到对方学校实地观摩锻炼，让我校骨干教师得到培养": the other way, each member school sends its
    // principal for a week and a teacher for a fortnight to 六小 in turn (跟岗, not a teaching
    // exchange: they observe and practise, and teach no term there). The turns are made up.
    shadowing(data, "x-jb-hdj-principal", "p-jb-hdj-principal", "s-jb-hdj", "2013-03-11", "2013-03-15");
    shadowing(data, "x-jb-ymj-principal", "p-jb-ymj-principal", "s-jb-ymj", "2013-03-18", "2013-03-22");
    shadowing(data, "x-jb-sbs-principal", "p-jb-sbs-principal", "s-jb-sbs", "2013-04-08", "2013-04-12");
    shadowing(data, "x-jb-xqp-principal", "p-jb-xqp-principal", "s-jb-xqp", "2013-04-15", "2013-04-19");
    shadowing(data, "x-jb-hdj-t1", "p-jb-hdj-t1", "s-jb-hdj", "2013-04-22", "2013-05-03");
    shadowing(data, "x-jb-ymj-t1", "p-jb-ymj-t1", "s-jb-ymj", "2013-05-06", "2013-05-17");
    shadowing(data, "x-jb-sbs-t1", "p-jb-sbs-t1", "s-jb-sbs", "2013-05-20", "2013-05-31");
    shadowing(data, "x-jb-xqp-t1", "p-jb-xqp-t1", "s-jb-xqp", "2013-06-03", "2013-06-14");
  }

  private static Membership duties(String person, TeamRole role, String... duties) {
    return Membership.builder().person(person).role(role).addDuties(duties).build();
  }

  /** n teachers of a school, alternately Chinese and mathematics, grades 3 and 5. */
  private static void teachers(ImmutableDataset.Builder data, String school, String name, int n) {
    for (int i = 1; i <= n; i++) {
      SchoolSubject schoolSubject = i % 2 == 1 ? SchoolSubject.CHINESE : SchoolSubject.MATH;
      int grade = (i - 1) / 2 % 2 == 0 ? 3 : 5;
      data.addPeople(teacher(school.replace("s-", "p-") + "-t" + i, name + "教师" + i, school,
          schoolSubject, grade));
    }
  }

  private static void teachingExchange(ImmutableDataset.Builder data, String id, String person,
      String to) {
    data.addExchanges(Exchange.builder()
        .id(id)
        .person(person)
        .kind(ExchangeKind.TEACHING_EXCHANGE)
        .from("s-jb6")
        .to(to)
        .start(LocalDate.of(2013, 3, 1))
        .end(LocalDate.of(2013, 7, 12))
        .addDuties(Duty.of(DEMONSTRATION_LESSON, 1), Duty.of(LECTURE, 1))
        .build());
  }

  private static void shadowing(ImmutableDataset.Builder data, String id, String person,
      String from, String start, String end) {
    data.addExchanges(Exchange.builder()
        .id(id)
        .person(person)
        .kind(ExchangeKind.SHADOWING)
        .from(from)
        .to("s-jb6")
        .start(LocalDate.parse(start))
        .end(LocalDate.parse(end))
        .build());
  }

  private static void jingbianScores(ImmutableDataset.Builder data) {
    // 教学质量检测 of grades 3 and 5, Chinese and mathematics, at the start (BASELINE, 2012-09)
    // and the end (FINAL, 2013-07) of the school year. The seed gives no figures: these are
    // illustrative, with the township and village schools starting lower and gaining more.
    SchoolSubject math = SchoolSubject.MATH;
    SchoolSubject chinese = SchoolSubject.CHINESE;
    data.addScores(qualityTest("s-jb6", 3, math, 260, "85.60", "86.90", "0.96", "0.97", "0.58", "0.61"));
    data.addScores(qualityTest("s-jb6", 3, chinese, 260, "84.20", "85.10", "0.95", "0.96", "0.52", "0.54"));
    data.addScores(qualityTest("s-jb6", 5, math, 240, "82.40", "83.80", "0.93", "0.95", "0.47", "0.50"));
    data.addScores(qualityTest("s-jb6", 5, chinese, 240, "83.00", "83.60", "0.94", "0.95", "0.49", "0.50"));
    data.addScores(qualityTest("s-jb-hdj", 3, math, 80, "72.50", "76.80", "0.84", "0.89", "0.25", "0.31"));
    data.addScores(qualityTest("s-jb-hdj", 3, chinese, 80, "73.40", "76.20", "0.85", "0.88", "0.24", "0.28"));
    data.addScores(qualityTest("s-jb-hdj", 5, math, 75, "70.20", "74.50", "0.81", "0.86", "0.20", "0.26"));
    data.addScores(qualityTest("s-jb-hdj", 5, chinese, 75, "71.60", "74.00", "0.83", "0.86", "0.21", "0.24"));
    data.addScores(qualityTest("s-jb-ymj", 3, math, 45, "69.80", "73.90", "0.80", "0.85", "0.18", "0.24"));
    data.addScores(qualityTest("s-jb-ymj", 3, chinese, 45, "71.20", "74.40", "0.82", "0.86", "0.20", "0.24"));
    data.addScores(qualityTest("s-jb-ymj", 5, math, 50, "67.50", "72.20", "0.77", "0.83", "0.16", "0.22"));
    data.addScores(qualityTest("s-jb-ymj", 5, chinese, 50, "70.30", "73.10", "0.81", "0.84", "0.18", "0.22"));
    data.addScores(qualityTest("s-jb-sbs", 3, math, 18, "64.70", "70.60", "0.72", "0.78", "0.11", "0.17"));
    data.addScores(qualityTest("s-jb-sbs", 3, chinese, 18, "67.10", "71.50", "0.78", "0.83", "0.11", "0.17"));
    data.addScores(qualityTest("s-jb-sbs", 5, math, 22, "62.90", "68.40", "0.68", "0.77", "0.09", "0.14"));
    data.addScores(qualityTest("s-jb-sbs", 5, chinese, 22, "66.00", "70.20", "0.73", "0.77", "0.09", "0.14"));
    data.addScores(qualityTest("s-jb-xqp", 3, math, 12, "63.50", "69.80", "0.67", "0.75", "0.08", "0.17"));
    data.addScores(qualityTest("s-jb-xqp", 3, chinese, 12, "66.40", "70.70", "0.75", "0.83", "0.08", "0.17"));
    data.addScores(qualityTest("s-jb-xqp", 5, math, 15, "61.80", "67.60", "0.67", "0.73", "0.07", "0.13"));
    data.addScores(qualityTest("s-jb-xqp", 5, chinese, 15, "65.20", "69.50", "0.73", "0.80", "0.07", "0.13"));
  }
}
