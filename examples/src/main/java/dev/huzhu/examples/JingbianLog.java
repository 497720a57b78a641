package dev.huzhu.examples;

import static dev.huzhu.core.activity.ActivityKind.DEMONSTRATION_LESSON;
import static dev.huzhu.core.activity.ActivityKind.FORUM;
import static dev.huzhu.core.activity.ActivityKind.LECTURE;
import static dev.huzhu.core.activity.ActivityKind.LESSON_DISCUSSION;
import static dev.huzhu.core.activity.ActivityKind.LESSON_EVALUATION;
import static dev.huzhu.core.activity.ActivityKind.LESSON_OBSERVATION;
import static dev.huzhu.core.activity.ActivityKind.LESSON_PREPARATION;
import static dev.huzhu.core.activity.ActivityKind.MATERIAL_SHARE;
import static dev.huzhu.core.activity.ActivityKind.PLANNING_MEETING;
import static dev.huzhu.core.activity.ActivityKind.PLATFORM_BUILDING;
import static dev.huzhu.core.activity.ActivityKind.SENT_LESSON;
import static dev.huzhu.core.activity.ActivityKind.SHADOWING_DAY;
import static dev.huzhu.core.activity.ActivityKind.TEACHING_RESEARCH;
import static dev.huzhu.core.activity.Participant.lead;
import static dev.huzhu.core.activity.Participant.participant;
import static dev.huzhu.examples.SeedValues.activity;
import static dev.huzhu.examples.SeedValues.whole;

import dev.huzhu.core.ImmutableDataset;
import dev.huzhu.core.activity.Direction;
import dev.huzhu.core.activity.Participant;
import dev.huzhu.core.activity.PreparationStage;
import dev.huzhu.core.activity.Quantity;
import dev.huzhu.core.school.SchoolSubject;

/**
 * 靖边六小's school year 2012-09 to 2013-07 as an activity log: the 领导小组's 定期研究方案, the
 * 手拉手活动经验交流会, the 2012-11-13 送教下乡 day of the summary and a second one in the spring,
 * two rounds of 同课异构 through their five steps, the monthly duties of the two teachers 六小
 * sends to the village schools, the member schools' 实地观摩锻炼 at 六小, joint 教育科研 and the
 * 校园网站 that shares their resources.
 *
 * <p>Only the 2012-11-13 day is dated by the seed (the summary of 2012-11-14); its 今后的努力方向
 * (互派, 观摩锻炼, 教育科研, 校园网站建设) are placed in the spring of 2013 and every other date,
 * host and count is made up to fit them.
 */
final class JingbianLog {
  private JingbianLog() {}

  private static final String LEAD_GROUP = "g-jb6-lead";
  private static final String COMMUNITY = "c-jb6";
  private static final String[] PRINCIPALS = {"p-jb-hdj-principal", "p-jb-ymj-principal",
      "p-jb-sbs-principal", "p-jb-xqp-principal"};

  static void addTo(ImmutableDataset.Builder data) {
    planning(data);
    sentLessonDay(data);
    lessonPreparation(data);
    exchangeDuties(data);
    shadowingDays(data);
    researchAndWebsite(data);
  }

  /** 领导小组: 管理分工, 定期研究方案, and the 手拉手活动经验交流会 of each term. */
  private static void planning(ImmutableDataset.Builder data) {
    data.addActivities(
        // "首先成立了领导小组，进行了管理分工……双方……制定了定期研究方案"
        activity("a-jb-20120921-plan", "2012-09-21", PLANNING_MEETING, LEAD_GROUP)
            .host("s-jb6")
            .addParticipants(lead("p-jb6-principal"), participant("p-jb6-vp"))
            .addParticipants(participants(PRINCIPALS))
            .addTags("成立领导小组", "管理分工", "定期研究方案")
            .build(),
        // "组织召开结对学校手拉手活动经验交流会，沟通情况，交流好的做法"; hosted by the member
        // school that wrote the summary (红墩界, as below)
        activity("a-jb-20121019-forum", "2012-10-19", FORUM, LEAD_GROUP)
            .host("s-jb-hdj")
            .addParticipants(lead("p-jb-hdj-principal"), participant("p-jb6-principal"),
                participant("p-jb6-vp"), participant("p-jb-ymj-principal"),
                participant("p-jb-sbs-principal"), participant("p-jb-xqp-principal"))
            .addTags("手拉手活动经验交流会")
            .build(),
        // the spring term's plan: who is sent where (互派), who comes to 六小 (观摩锻炼)
        activity("a-jb-20130227-plan", "2013-02-27", PLANNING_MEETING, LEAD_GROUP)
            .host("s-jb6")
            .addParticipants(lead("p-jb6-principal"), participant("p-jb6-vp"))
            .addParticipants(participants(PRINCIPALS))
            .addTags("定期研究方案", "互派干部教师")
            .build(),
        activity("a-jb-20130626-forum", "2013-06-26", FORUM, LEAD_GROUP)
            .host("s-jb6")
            .addParticipants(lead("p-jb6-principal"), participant("p-jb6-vp"),
                participant("p-jb6-math5"), participant("p-jb6-chinese3"))
            .addParticipants(participants(PRINCIPALS))
            .addTags("手拉手活动经验交流会", "学年总结")
            .build());
  }

  /**
   * "2012年11月13日，由靖边六小主管业务领导带队，送教下乡……举办教学观摩听课、评课、议课、集体交流
   * 探讨活动": the seed's day, and "今后我们将加大结对面积": a second day, at 杨米涧, in May 2013.
   */
  private static void sentLessonDay(ImmutableDataset.Builder data) {
    // The seed does not say which member wrote the summary ("我校"); we place it at 红墩界.
    String day = "2012-11-13";
    String host = "s-jb-hdj";
    data.addActivities(
        activity("a-jb-20121113-sent", day, SENT_LESSON, LEAD_GROUP)
            .host(host)
            .direction(Direction.URBAN_TO_RURAL)
            .addParticipants(lead("p-jb6-chinese"), lead("p-jb6-math"),
                participant("p-jb6-vp"))
            .putQuantities(Quantity.LESSONS, whole(2))
            .addTags("送教下乡", "示范引领")
            .build(),
        activity("a-jb-20121113-observe", day, LESSON_OBSERVATION, LEAD_GROUP)
            .host(host)
            .addParticipants(participant("p-jb-hdj-principal"), participant("p-jb-hdj-chinese"),
                participant("p-jb-hdj-math"), participant("p-jb6-vp"))
            .addTags("教学观摩")
            .build(),
        activity("a-jb-20121113-evaluate", day, LESSON_EVALUATION, LEAD_GROUP)
            .host(host)
            .addParticipants(lead("p-jb6-vp"), participant("p-jb-hdj-chinese"),
                participant("p-jb-hdj-math"))
            .build(),
        activity("a-jb-20121113-discuss", day, LESSON_DISCUSSION, LEAD_GROUP)
            .host(host)
            .addParticipants(lead("p-jb6-vp"), participant("p-jb-hdj-principal"),
                participant("p-jb6-chinese"), participant("p-jb6-math"),
                participant("p-jb-hdj-chinese"), participant("p-jb-hdj-math"))
            .addTags("集体交流探讨")
            .build());
    String spring = "2013-05-15";
    data.addActivities(
        activity("a-jb-20130515-sent", spring, SENT_LESSON, LEAD_GROUP)
            .host("s-jb-ymj")
            .direction(Direction.URBAN_TO_RURAL)
            .addParticipants(lead("p-jb6-t3"), lead("p-jb6-t4"), participant("p-jb6-vp"))
            .putQuantities(Quantity.LESSONS, whole(2))
            .addTags("送教下乡", "示范引领")
            .build(),
        activity("a-jb-20130515-observe", spring, LESSON_OBSERVATION, LEAD_GROUP)
            .host("s-jb-ymj")
            .addParticipants(participant("p-jb-ymj-principal"), participant("p-jb-ymj-t3"),
                participant("p-jb-ymj-t4"), participant("p-jb6-vp"))
            .addTags("教学观摩")
            .build(),
        activity("a-jb-20130515-evaluate", spring, LESSON_EVALUATION, LEAD_GROUP)
            .host("s-jb-ymj")
            .addParticipants(lead("p-jb6-vp"), participant("p-jb-ymj-t3"),
                participant("p-jb-ymj-t4"))
            .build(),
        activity("a-jb-20130515-discuss", spring, LESSON_DISCUSSION, LEAD_GROUP)
            .host("s-jb-ymj")
            .addParticipants(lead("p-jb6-vp"), participant("p-jb-ymj-principal"),
                participant("p-jb6-t3"), participant("p-jb6-t4"), participant("p-jb-ymj-t3"),
                participant("p-jb-ymj-t4"))
            .addTags("集体交流探讨")
            .build());
  }

  /**
   * 同课异构, one topic taught by a teacher of each school after five steps: 个人初备, 集体研讨,
   * 修改, 上课后组内评议, 个性化修改. Grade 5 Chinese after the 送教下乡 day (六小, 红墩界,
   * 杨米涧), grade 3 mathematics in the spring (六小, 四柏树, 小桥畔, with 六小's teacher
   * exchanged there).
   */
  private static void lessonPreparation(ImmutableDataset.Builder data) {
    preparationRound(data, "c5", SchoolSubject.CHINESE, 5, "s-jb-hdj",
        new String[] {"p-jb6-t3", "p-jb-hdj-t3", "p-jb-ymj-t3"},
        "2012-11-28", "2012-12-05", "2012-12-10", "2012-12-12", "2012-12-19");
    preparationRound(data, "m3", SchoolSubject.MATH, 3, "s-jb-sbs",
        new String[] {"p-jb6-t2", "p-jb-sbs-t2", "p-jb-xqp-t2"},
        "2013-04-01", "2013-04-09", "2013-04-16", "2013-04-23", "2013-04-26");
  }

  private static void preparationRound(ImmutableDataset.Builder data, String topic,
      SchoolSubject schoolSubject, int grade, String reviewHost, String[] teachers,
      String... dates) {
    PreparationStage[] stages = PreparationStage.values();
    for (int i = 0; i < stages.length; i++) {
      PreparationStage stage = stages[i];
      // the collective step and the review meet: the first at 六小, the review where the
      // lessons were taught; the other steps are each teacher's own, at home
      String host = switch (stage) {
        case COLLECTIVE -> "s-jb6";
        case GROUP_REVIEW -> reviewHost;
        default -> null;
      };
      var a = activity("a-jb-" + dates[i].replace("-", "") + "-prep-" + topic, dates[i],
          LESSON_PREPARATION, COMMUNITY)
          .preparationStage(stage)
          .schoolSubject(schoolSubject)
          .grade(grade)
          .addTags("同课异构");
      if (host != null) {
        a.host(host).addParticipants(lead("p-jb6-vp"));
      }
      a.addParticipants(participants(teachers));
      data.addActivities(a.build());
    }
  }

  /**
   * The two teachers 六小 sends for the spring term of 2013 give a demonstration lesson and a
   * lecture at their village school each month from March to June (July holds only the final
   * test).
   */
  private static void exchangeDuties(ImmutableDataset.Builder data) {
    String[][] months = {{"2013-03-13", "2013-03-27"}, {"2013-04-10", "2013-04-24"},
        {"2013-05-08", "2013-05-22"}, {"2013-06-05", "2013-06-19"}};
    for (String[] month : months) {
      duty(data, "x-jb6-math5", "p-jb6-math5", "s-jb-sbs", "p-jb-sbs-t4", month);
      duty(data, "x-jb6-chinese3", "p-jb6-chinese3", "s-jb-xqp", "p-jb-xqp-t1", month);
    }
  }

  private static void duty(ImmutableDataset.Builder data, String exchange, String teacher,
      String school, String colleague, String[] month) {
    String who = exchange.substring("x-jb6-".length());
    data.addActivities(
        activity("a-jb-" + month[0].replace("-", "") + "-demo-" + who, month[0],
            DEMONSTRATION_LESSON, exchange)
            .host(school)
            .addParticipants(lead(teacher), participant(colleague))
            .putQuantities(Quantity.LESSONS, whole(1))
            .addTags("示范课")
            .build(),
        activity("a-jb-" + month[1].replace("-", "") + "-lecture-" + who, month[1], LECTURE,
            exchange)
            .host(school)
            .addParticipants(lead(teacher), participant(colleague))
            .addTags("专题讲座")
            .build());
  }

  /** 实地观摩锻炼: the first day of each member's turn at 六小, credited to its 跟岗 exchange. */
  private static void shadowingDays(ImmutableDataset.Builder data) {
    String[][] turns = {
        {"x-jb-hdj-principal", "p-jb-hdj-principal", "2013-03-11"},
        {"x-jb-ymj-principal", "p-jb-ymj-principal", "2013-03-18"},
        {"x-jb-sbs-principal", "p-jb-sbs-principal", "2013-04-08"},
        {"x-jb-xqp-principal", "p-jb-xqp-principal", "2013-04-15"},
        {"x-jb-hdj-t1", "p-jb-hdj-t1", "2013-04-22"},
        {"x-jb-ymj-t1", "p-jb-ymj-t1", "2013-05-06"},
        {"x-jb-sbs-t1", "p-jb-sbs-t1", "2013-05-20"},
        {"x-jb-xqp-t1", "p-jb-xqp-t1", "2013-06-03"}};
    for (String[] turn : turns) {
      // a principal follows 六小's principal, a (Chinese) teacher its Chinese backbone teacher
      String host = turn[0].endsWith("principal") ? "p-jb6-principal" : "p-jb6-chinese";
      data.addActivities(
          activity("a-jb-" + turn[2].replace("-", "") + "-shadow-" + turn[0].substring(5),
              turn[2], SHADOWING_DAY, turn[0])
              .host("s-jb6")
              .addParticipants(lead(host), participant(turn[1]))
              .addTags("实地观摩锻炼")
              .build());
    }
  }

  /** "共同开展教育科研和教学研究活动" and "加强我校校园网站建设，以此平台加强……合作与交流". */
  private static void researchAndWebsite(ImmutableDataset.Builder data) {
    data.addActivities(
        activity("a-jb-20130306-website", "2013-03-06", PLATFORM_BUILDING, LEAD_GROUP)
            .host("s-jb-hdj")
            .addParticipants(lead("p-jb-hdj-principal"), participant("p-jb-hdj-math"))
            .addTags("校园网站建设", "城乡互助栏目")
            .build(),
        activity("a-jb-20130320-research", "2013-03-20", TEACHING_RESEARCH, COMMUNITY)
            .host("s-jb6")
            .addParticipants(lead("p-jb-ymj-principal"), participant("p-jb6-vp"),
                participant("p-jb6-math"), participant("p-jb6-chinese"),
                participant("p-jb-hdj-math"), participant("p-jb-ymj-t2"),
                participant("p-jb-sbs-t2"), participant("p-jb-xqp-t2"))
            .addTags("教育科研", "课题开题")
            .build(),
        activity("a-jb-20130417-share", "2013-04-17", MATERIAL_SHARE, COMMUNITY)
            .host("s-jb-hdj")
            .addParticipants(lead("p-jb-hdj-math"), participant("p-jb6-t2"))
            .putQuantities(Quantity.MATERIALS, whole(12))
            .addTags("校园网站", "教案课件共享")
            .build(),
        activity("a-jb-20130529-share", "2013-05-29", MATERIAL_SHARE, COMMUNITY)
            .host("s-jb-hdj")
            .addParticipants(lead("p-jb-hdj-math"), participant("p-jb6-t3"))
            .putQuantities(Quantity.MATERIALS, whole(9))
            .addTags("校园网站", "教案课件共享")
            .build(),
        activity("a-jb-20130619-research", "2013-06-19", TEACHING_RESEARCH, COMMUNITY)
            .host("s-jb-ymj")
            .addParticipants(lead("p-jb-ymj-principal"), participant("p-jb6-vp"),
                participant("p-jb6-math"), participant("p-jb-ymj-t2"), participant("p-jb-sbs-t2"),
                participant("p-jb-xqp-t2"))
            .addTags("教育科研", "阶段交流")
            .build());
  }

  private static Participant[] participants(String... people) {
    Participant[] p = new Participant[people.length];
    for (int i = 0; i < people.length; i++) {
      p[i] = participant(people[i]);
    }
    return p;
  }
}
