package dev.huzhu.examples;

import static dev.huzhu.core.activity.ActivityKind.BOOK_EXCHANGE;
import static dev.huzhu.core.activity.ActivityKind.CONTEST;
import static dev.huzhu.core.activity.ActivityKind.DEMONSTRATION_LESSON;
import static dev.huzhu.core.activity.ActivityKind.DONATION;
import static dev.huzhu.core.activity.ActivityKind.EDUCATION_VISIT;
import static dev.huzhu.core.activity.ActivityKind.LECTURE;
import static dev.huzhu.core.activity.ActivityKind.LETTER_EXCHANGE;
import static dev.huzhu.core.activity.ActivityKind.PAIRING_CEREMONY;
import static dev.huzhu.core.activity.ActivityKind.PLANNING_MEETING;
import static dev.huzhu.core.activity.ActivityKind.PLATFORM_BUILDING;
import static dev.huzhu.core.activity.ActivityKind.PUPIL_VISIT;
import static dev.huzhu.core.activity.ActivityKind.REHEARSAL_COACHING;
import static dev.huzhu.core.activity.ActivityKind.SENT_LESSON;
import static dev.huzhu.core.activity.ActivityKind.SHADOWING_DAY;
import static dev.huzhu.core.activity.ActivityKind.STUDY_VISIT;
import static dev.huzhu.core.activity.ActivityKind.TEACHING_RESEARCH;
import static dev.huzhu.core.activity.Participant.lead;
import static dev.huzhu.core.activity.Participant.participant;
import static dev.huzhu.core.person.PersonRole.BACKBONE_TEACHER;
import static dev.huzhu.core.person.PersonRole.PARENT;
import static dev.huzhu.core.person.PersonRole.PARTY_MEMBER;
import static dev.huzhu.core.person.PersonRole.PRINCIPAL;
import static dev.huzhu.core.person.PersonRole.STUDENT;
import static dev.huzhu.core.person.PersonRole.TEACHER;
import static dev.huzhu.core.person.PersonRole.VICE_PRINCIPAL;
import static dev.huzhu.core.team.TeamRole.LEADER;
import static dev.huzhu.core.team.TeamRole.MEMBER;
import static dev.huzhu.examples.SeedDataset.TERM_END;
import static dev.huzhu.examples.SeedDataset.TERM_START;
import static dev.huzhu.examples.SeedValues.activity;
import static dev.huzhu.examples.SeedValues.person;
import static dev.huzhu.examples.SeedValues.school;
import static dev.huzhu.examples.SeedValues.studentPairing;
import static dev.huzhu.examples.SeedValues.teacher;
import static dev.huzhu.examples.SeedValues.villageSchool;
import static dev.huzhu.examples.SeedValues.whole;

import dev.huzhu.core.ImmutableDataset;
import dev.huzhu.core.activity.Direction;
import dev.huzhu.core.activity.Quantity;
import dev.huzhu.core.community.Community;
import dev.huzhu.core.community.Formation;
import dev.huzhu.core.community.Programme;
import dev.huzhu.core.exchange.Duty;
import dev.huzhu.core.exchange.Exchange;
import dev.huzhu.core.exchange.ExchangeKind;
import dev.huzhu.core.pairing.StudentPairingKind;
import dev.huzhu.core.school.Locality;
import dev.huzhu.core.school.SchoolSubject;
import dev.huzhu.core.school.Stage;
import dev.huzhu.core.team.Membership;
import dev.huzhu.core.team.Team;
import dev.huzhu.core.team.TeamRole;
import dev.huzhu.core.team.TeamKind;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * 第二篇: 诸城市实验小学 "结对互助 资源共享": the community, its 领导小组 with its 分工, the
 * dated visits of 2011 and the term's 共同商量 and 网络交流平台, the five exchange teachers and
 * their monthly duties, the 14 shadowing principals, and the 手拉手结对子 of pupils and families.
 * The research groups and the class-teacher team are in {@link ZhuchengGroups}, their term in
 * {@link ZhuchengTerm}, their test results in {@link ZhuchengScores}.
 */
final class Zhucheng {
  private Zhucheng() {}

  static void addTo(ImmutableDataset.Builder data) {
    String county = "诸城市";
    data.addSchools(
        school("s-zc-exp", "诸城市实验小学", Locality.URBAN, Stage.PRIMARY, county),
        school("s-zc-xinxing", "辛兴小学", Locality.TOWNSHIP, Stage.PRIMARY, county),
        school("s-zc-linjiacun", "林家村小学", Locality.TOWNSHIP, Stage.PRIMARY, county),
        school("s-zc-changcheng", "昌城小学", Locality.TOWNSHIP, Stage.PRIMARY, county),
        school("s-zc-huanghua", "皇华镇中心学校", Locality.TOWNSHIP, Stage.PRIMARY, county),
        // Three of the 14 village schools 皇华镇中心学校 runs; the seed names these three.
        villageSchool("s-zc-haogezhuang", "郝戈庄小学", county, "s-zc-huanghua"),
        villageSchool("s-zc-aidong", "艾东小学", county, "s-zc-huanghua"),
        villageSchool("s-zc-dashan", "大山小学", county, "s-zc-huanghua"));

    data.addCommunities(Community.builder()
        .id("c-zc")
        .name("诸城市实验小学城乡互助共同体")
        .core("s-zc-exp")
        .addMembers("s-zc-xinxing", "s-zc-linjiacun", "s-zc-changcheng", "s-zc-huanghua")
        .formation(Formation.POLICY_ASSIGNED)
        .programme(Programme.BUNDLED_SUPPORT)
        // "近两年来" as of the 2012 plan: we date the community from the autumn term of 2010.
        .established(LocalDate.of(2010, 9, 1))
        .aims("以教师专业发展、学校特色发展、城乡均衡发展为目的，以课堂教学研究为主线")
        .build());

    zhuchengLeadership(data);
    zhuchengExchanges(data);
    ZhuchengGroups.zhuchengResearchGroups(data);
    ZhuchengTerm.addTo(data);
    ZhuchengScores.addTo(data);
    ZhuchengGroups.zhuchengClassTeachers(data);
    zhuchengPupils(data);
  }

  private static void zhuchengLeadership(ImmutableDataset.Builder data) {
    data.addPeople(
        person("p-xiejianwei", "谢建伟", "s-zc-exp", PRINCIPAL, PARTY_MEMBER),
        person("p-zc-exp-vp", "诸城市实验小学业务副校长", "s-zc-exp", VICE_PRINCIPAL),
        person("p-zc-xinxing-principal", "辛兴小学校长", "s-zc-xinxing", PRINCIPAL),
        person("p-zc-linjiacun-principal", "林家村小学校长", "s-zc-linjiacun", PRINCIPAL),
        person("p-zc-changcheng-principal", "昌城小学校长", "s-zc-changcheng", PRINCIPAL),
        person("p-zc-huanghua-principal", "皇华镇中心学校校长", "s-zc-huanghua", PRINCIPAL),
        // 党员教师团: the four teachers the seed names for 2011-05-05.
        person("p-jiyongmei", "纪永梅", "s-zc-exp", TEACHER, PARTY_MEMBER),
        person("p-dongfenglan", "董凤兰", "s-zc-exp", TEACHER, PARTY_MEMBER),
        person("p-liuxingxia", "刘星霞", "s-zc-exp", TEACHER, PARTY_MEMBER),
        person("p-guolinlin", "郭琳琳", "s-zc-exp", TEACHER, PARTY_MEMBER));

    data.addTeams(Team.builder()
        .id("g-zc-lead")
        .kind(TeamKind.LEADERSHIP_GROUP)
        .name("诸城市实验小学城乡互助共同体领导小组")
        .community("c-zc")
        // 分工: the seed says the leaders drew up the plan, its safeguards and its goals together and
        // that the 业务校长 wrote the holiday training plans; who carries which part is made up.
        .addMembers(
            member("p-xiejianwei", LEADER, "统筹共同体活动计划", "目标达成"),
            member("p-zc-exp-vp", MEMBER, "联合教研与中心教研组考核", "假期培训方案"),
            member("p-zc-xinxing-principal", MEMBER, "本校教师交流与保障措施"),
            member("p-zc-linjiacun-principal", MEMBER, "本校教师交流与保障措施"),
            member("p-zc-changcheng-principal", MEMBER, "本校教师交流与保障措施", "接待交流教师"),
            member("p-zc-huanghua-principal", MEMBER, "本校及所辖村小的教师交流", "接待交流教师"))
        .build());

    // 本学期 starts with the schools' leaders agreeing the exchange and the term's work
    // (共同商量), and with the 网络交流平台 modelled on the province's 研修 site.
    data.addActivities(
        activity("a-zc-20120903-planning", "2012-09-03", PLANNING_MEETING, "g-zc-lead")
            .host("s-zc-exp")
            .addParticipants(lead("p-xiejianwei"), participant("p-zc-exp-vp"),
                participant("p-zc-xinxing-principal"), participant("p-zc-linjiacun-principal"),
                participant("p-zc-changcheng-principal"), participant("p-zc-huanghua-principal"))
            .addTags("共同商量教师交流及互助共同体活动事宜")
            .build(),
        activity("a-zc-20120910-platform", "2012-09-10", PLATFORM_BUILDING, "g-zc-lead")
            .host("s-zc-exp")
            .addParticipants(lead("p-zc-exp-vp"))
            .addTags("网络交流平台", "模拟省研修方式")
            .build());

    // The seed's dated visits of 2011. The 党员教师团 is no team kind of its own; the steering
    // group that organised the visits is credited with them.
    data.addActivities(
        activity("a-zc-20110411-research", "2011-04-11", TEACHING_RESEARCH, "g-zc-lead")
            .host("s-zc-huanghua")
            .addParticipants(lead("p-zc-exp-vp"), participant("p-zc-huanghua-principal"))
            .addTags("骨干教师交流", "城乡互助共同体交流研讨")
            .build(),
        activity("a-zc-20110422-visit", "2011-04-22", STUDY_VISIT, "g-zc-lead")
            .host("s-zc-changcheng")
            .addParticipants(lead("p-zc-exp-vp"), participant("p-zc-changcheng-principal"))
            .addTags("骨干教师考察学习")
            .build(),
        // 谢建伟 led six party-member teachers to 郝戈庄小学 and 艾东小学; the seed names four who
        // taught but not who taught where, so two lessons are logged at each school.
        activity("a-zc-20110505-haogezhuang", "2011-05-05", SENT_LESSON, "g-zc-lead")
            .host("s-zc-haogezhuang")
            .direction(Direction.URBAN_TO_RURAL)
            .addParticipants(lead("p-xiejianwei"), lead("p-jiyongmei"), lead("p-dongfenglan"))
            .putQuantities(Quantity.LESSONS, whole(2))
            .addTags("党员送教下乡")
            .build(),
        activity("a-zc-20110505-aidong", "2011-05-05", SENT_LESSON, "g-zc-lead")
            .host("s-zc-aidong")
            .direction(Direction.URBAN_TO_RURAL)
            .addParticipants(lead("p-xiejianwei"), lead("p-liuxingxia"), lead("p-guolinlin"))
            .putQuantities(Quantity.LESSONS, whole(2))
            .addTags("党员送教下乡")
            .build(),
        activity("a-zc-20110706-dashan", "2011-07-06", TEACHING_RESEARCH, "g-zc-lead")
            .host("s-zc-dashan")
            .addParticipants(lead("p-zc-exp-vp"))
            .addTags("教育交流")
            .build(),
        // 四千余元的学习用品 at the 手拉手 ceremony: recorded as 4000, the floor of "四千余".
        activity("a-zc-20110603-donation", "2011-06-03", DONATION, "g-zc-lead")
            .host("s-zc-aidong")
            .place("马耳山脚下皇华镇艾东小学")
            .addParticipants(lead("p-xiejianwei"))
            .putQuantities(Quantity.AMOUNT_YUAN, whole(4000))
            .addTags("学习用品")
            .build());
  }

  private static Membership member(String person, TeamRole role,
      String... duties) {
    return Membership.builder().person(person).role(role).addDuties(duties).build();
  }

  private static void zhuchengExchanges(ImmutableDataset.Builder data) {
    // The seed tells of 李伟 at 辛兴 and 朱佰玉、林在霞 at 林家村, and says five teachers go this
    // term; the other two are not named, so 王静 and 张敏 are invented for 昌城 and 皇华.
    data.addPeople(
        teacher("p-liwei", "李伟", "s-zc-exp", SchoolSubject.CHINESE, 5, BACKBONE_TEACHER),
        teacher("p-zhubaiyu", "朱佰玉", "s-zc-exp", SchoolSubject.MUSIC, 4, BACKBONE_TEACHER),
        teacher("p-linzaixia", "林在霞", "s-zc-exp", SchoolSubject.MATH, 4, BACKBONE_TEACHER),
        teacher("p-wangjing", "王静", "s-zc-exp", SchoolSubject.ENGLISH, 3, BACKBONE_TEACHER),
        teacher("p-zhangmin", "张敏", "s-zc-exp", SchoolSubject.SCIENCE, 5, BACKBONE_TEACHER));

    teachingExchange(data, "x-zc-liwei", "p-liwei", "s-zc-xinxing");
    teachingExchange(data, "x-zc-zhubaiyu", "p-zhubaiyu", "s-zc-linjiacun");
    teachingExchange(data, "x-zc-linzaixia", "p-linzaixia", "s-zc-linjiacun");
    teachingExchange(data, "x-zc-wangjing", "p-wangjing", "s-zc-changcheng");
    teachingExchange(data, "x-zc-zhangmin", "p-zhangmin", "s-zc-huanghua");

    // 每月争取上一次示范课和举行一次专题讲座: months in which each teacher met each duty. Not
    // everyone met every month, so that 交流教师考核's monthly compliance has something to tell.
    List<YearMonth> term = List.of(YearMonth.of(2012, 9), YearMonth.of(2012, 10),
        YearMonth.of(2012, 11), YearMonth.of(2012, 12), YearMonth.of(2013, 1));
    exchangeDuties(data, "x-zc-liwei", "p-liwei", "s-zc-xinxing", term, term);
    exchangeDuties(data, "x-zc-zhubaiyu", "p-zhubaiyu", "s-zc-linjiacun", term, term.subList(0, 4));
    exchangeDuties(data, "x-zc-linzaixia", "p-linzaixia", "s-zc-linjiacun", term, term);
    exchangeDuties(data, "x-zc-wangjing", "p-wangjing", "s-zc-changcheng", term.subList(0, 3),
        term.subList(0, 3));
    exchangeDuties(data, "x-zc-zhangmin", "p-zhangmin", "s-zc-huanghua", term, term);

    // 交流回来以后遇到大型活动仍然去交流学校指导排练节目: after the term, 朱佰玉 and 林在霞 go back to
    // 林家村 to coach the 六一 programme. The date is made up.
    data.addActivities(activity("a-zc-20130528-rehearsal", "2013-05-28", REHEARSAL_COACHING,
        "x-zc-zhubaiyu", "x-zc-linzaixia")
        .host("s-zc-linjiacun")
        .addParticipants(lead("p-zhubaiyu"), lead("p-linzaixia"))
        .addTags("指导排练节目", "六一")
        .build());

    // 2011年上半年 皇华's 14 village principals took turns 跟岗学习 at 实验小学, two at a time for two
    // weeks each (the seed gives neither). The seed names three of the villages; the other eleven
    // schools are named by their place, 皇华镇中心学校所辖村小04 to 14.
    String[][] turns = {
        {"2011-03-07", "2011-03-18"}, {"2011-03-21", "2011-04-01"}, {"2011-04-06", "2011-04-15"},
        {"2011-04-18", "2011-04-29"}, {"2011-05-03", "2011-05-13"}, {"2011-05-16", "2011-05-27"},
        {"2011-05-30", "2011-06-10"}};
    shadowing(data, "s-zc-haogezhuang", "郝戈庄小学校长", turns[0]);
    shadowing(data, "s-zc-aidong", "艾东小学校长", turns[1]);
    shadowing(data, "s-zc-dashan", "大山小学校长", turns[2]);
    for (int v = 4; v <= 14; v++) {
      String key = String.format("s-zc-village%02d", v);
      String name = String.format("皇华镇中心学校所辖村小%02d", v);
      data.addSchools(villageSchool(key, name, "诸城市", "s-zc-huanghua"));
      shadowing(data, key, name + "校长", turns[(v - 1) % turns.length]);
    }
    data.addActivities(activity("a-zc-20110323-shadow", "2011-03-23", SHADOWING_DAY,
        "x-zc-shadow-aidong")
        .host("s-zc-exp")
        .addParticipants(participant("p-zc-aidong-principal"))
        .addTags("深入课堂听课", "参与学校管理")
        .build());
  }

  private static void teachingExchange(ImmutableDataset.Builder data, String id, String person,
      String to) {
    data.addExchanges(Exchange.builder()
        .id(id)
        .person(person)
        .kind(ExchangeKind.TEACHING_EXCHANGE)
        .from("s-zc-exp")
        .to(to)
        .start(TERM_START)
        .end(TERM_END)
        .addDuties(Duty.of(DEMONSTRATION_LESSON, 1), Duty.of(LECTURE, 1))
        .build());
  }

  private static void exchangeDuties(ImmutableDataset.Builder data, String exchange,
      String person, String school, List<YearMonth> lessonMonths, List<YearMonth> lectureMonths) {
    for (YearMonth m : lessonMonths) {
      data.addActivities(activity(activityId(exchange, "lesson", m), m.atDay(12).toString(),
          DEMONSTRATION_LESSON, exchange)
          .host(school)
          .addParticipants(lead(person))
          .putQuantities(Quantity.LESSONS, whole(1))
          .build());
    }
    for (YearMonth m : lectureMonths) {
      data.addActivities(activity(activityId(exchange, "lecture", m), m.atDay(20).toString(),
          LECTURE, exchange)
          .host(school)
          .addParticipants(lead(person))
          .addTags("教育教学专题讲座")
          .build());
    }
  }

  /** {@code x-zc-liwei} → {@code a-zc-liwei-lesson-2012-09}. */
  private static String activityId(String exchange, String duty, YearMonth month) {
    return "a-" + exchange.substring("x-".length()) + "-" + duty + "-" + month;
  }

  private static void shadowing(ImmutableDataset.Builder data, String school, String name,
      String[] turn) {
    String start = turn[0];
    String end = turn[1];
    String key = school.substring("s-zc-".length());
    String principal = "p-zc-" + key + "-principal";
    data.addPeople(person(principal, name, school, PRINCIPAL));
    data.addExchanges(Exchange.builder()
        .id("x-zc-shadow-" + key)
        .person(principal)
        .kind(ExchangeKind.SHADOWING)
        .from(school)
        .to("s-zc-exp")
        .start(LocalDate.parse(start))
        .end(LocalDate.parse(end))
        .build());
  }

  private static void zhuchengPupils(ImmutableDataset.Builder data) {
    // 2011-06-03 手拉手结对子 at 艾东小学: 学生与学生结对 and 家庭与家庭结对. Pupils and parents
    // are minors or their families, so they carry placeholder names only.
    data.addPeople(
        person("p-zc-pupil-exp-1", "实验小学学生01", "s-zc-exp", STUDENT),
        person("p-zc-pupil-exp-2", "实验小学学生02", "s-zc-exp", STUDENT),
        person("p-zc-pupil-aidong-1", "艾东小学学生01", "s-zc-aidong", STUDENT),
        person("p-zc-pupil-aidong-2", "艾东小学学生02", "s-zc-aidong", STUDENT),
        person("p-zc-parent-exp-1", "实验小学家长01", "s-zc-exp", PARENT),
        person("p-zc-parent-aidong-1", "艾东小学家长01", "s-zc-aidong", PARENT));
    data.addStudentPairings(
        studentPairing("sp-zc-1", "p-zc-pupil-exp-1", "p-zc-pupil-aidong-1",
            StudentPairingKind.STUDENTS),
        studentPairing("sp-zc-2", "p-zc-pupil-exp-2", "p-zc-pupil-aidong-2",
            StudentPairingKind.STUDENTS),
        studentPairing("sp-zc-3", "p-zc-parent-exp-1", "p-zc-parent-aidong-1",
            StudentPairingKind.FAMILIES));
    data.addActivities(
        activity("a-zc-20110603-ceremony", "2011-06-03", PAIRING_CEREMONY, "sp-zc-1", "sp-zc-2",
            "sp-zc-3")
            .host("s-zc-aidong")
            .place("马耳山脚下皇华镇艾东小学")
            .addParticipants(lead("p-xiejianwei"), participant("p-zc-pupil-exp-1"),
                participant("p-zc-pupil-exp-2"), participant("p-zc-pupil-aidong-1"),
                participant("p-zc-pupil-aidong-2"))
            .addTags("城乡少先队员手拉手结对子")
            .build(),
        activity("a-zc-20111015-letters", "2011-10-15", LETTER_EXCHANGE, "sp-zc-1")
            .addParticipants(participant("p-zc-pupil-exp-1"), participant("p-zc-pupil-aidong-1"))
            .build(),
        // 本学期 牵手走进城市、牵手走进乡村: 艾东's pupils and a family visit their pairs in town, then
        // the town's go to 艾东. Dates made up.
        activity("a-zc-20121019-visit-city", "2012-10-19", PUPIL_VISIT, "sp-zc-1", "sp-zc-2",
            "sp-zc-3")
            .host("s-zc-exp")
            .addTags("牵手走进城市", "体验城市生活")
            .build(),
        activity("a-zc-20121116-visit-village", "2012-11-16", PUPIL_VISIT, "sp-zc-1", "sp-zc-2",
            "sp-zc-3")
            .host("s-zc-aidong")
            .addTags("牵手走进乡村", "体验农村生活")
            .build(),
        // The plan's 4月 / 5月 / 6月 activities, placed in the spring after the exchange term.
        activity("a-zc-201304-memorial", "2013-04-10", EDUCATION_VISIT, "sp-zc-1", "sp-zc-2")
            .place("王尽美烈士纪念馆")
            .addTags("革命传统教育")
            .build(),
        activity("a-zc-201305-etiquette", "2013-05-16", CONTEST, "sp-zc-1", "sp-zc-2")
            .host("s-zc-exp")
            .addTags("文明礼仪大赛", "文明礼仪伴我行")
            .build(),
        activity("a-zc-201306-books", "2013-06-06", BOOK_EXCHANGE, "sp-zc-1", "sp-zc-2", "sp-zc-3")
            .host("s-zc-aidong")
            .addTags("交换一本好书")
            .build());
  }
}
