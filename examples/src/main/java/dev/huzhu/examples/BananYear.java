package dev.huzhu.examples;

import static dev.huzhu.core.activity.ActivityKind.DEMONSTRATION_LESSON;
import static dev.huzhu.core.activity.ActivityKind.FORUM;
import static dev.huzhu.core.activity.ActivityKind.JOINT_PREPARATION;
import static dev.huzhu.core.activity.ActivityKind.LECTURE;
import static dev.huzhu.core.activity.ActivityKind.LESSON_OBSERVATION;
import static dev.huzhu.core.activity.ActivityKind.LESSON_POLISHING;
import static dev.huzhu.core.activity.ActivityKind.LESSON_PREPARATION;
import static dev.huzhu.core.activity.ActivityKind.LESSON_TALK;
import static dev.huzhu.core.activity.ActivityKind.PLANNING_MEETING;
import static dev.huzhu.core.activity.ActivityKind.PLATFORM_BUILDING;
import static dev.huzhu.core.activity.ActivityKind.REFLECTION;
import static dev.huzhu.core.activity.ActivityKind.REHEARSAL_COACHING;
import static dev.huzhu.core.activity.ActivityKind.SENT_LESSON;
import static dev.huzhu.core.activity.ActivityKind.SHADOWING_DAY;
import static dev.huzhu.core.activity.ActivityKind.STUDY_VISIT;
import static dev.huzhu.core.activity.ActivityKind.TEACHING_RESEARCH;
import static dev.huzhu.core.activity.ActivityKind.THEMATIC_ACTIVITY;
import static dev.huzhu.core.activity.ActivityKind.TRAINING;
import static dev.huzhu.core.activity.Participant.lead;
import static dev.huzhu.core.activity.Participant.participant;
import static dev.huzhu.examples.SeedValues.activity;
import static dev.huzhu.examples.SeedValues.whole;

import dev.huzhu.core.ImmutableDataset;
import dev.huzhu.core.activity.ActivityKind;
import dev.huzhu.core.activity.Direction;
import dev.huzhu.core.activity.ImmutableActivity;
import dev.huzhu.core.activity.Participant;
import dev.huzhu.core.activity.PreparationStage;
import dev.huzhu.core.activity.Quantity;
import dev.huzhu.core.school.SchoolSubject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * 巴南区's school year 2013–2014: the activity log of the community's five teams, from the
 * 领导小组's first 共同商量 in September 2013 to its summing-up in July 2014.
 */
final class BananYear {
  private BananYear() {}

  /** The schools by the letter their people's ids carry. */
  private static final Map<String, String> SCHOOLS = Map.of(
      "a", "s-bn-city-a", "b", "s-bn-city-b", "c", "s-bn-town-c", "d", "s-bn-village-d");

  static void addTo(ImmutableDataset.Builder data) {
    // The paper describes what each team does, not a calendar: every date, host and topic below
    // is made up (see data/README.md). The teams differ on purpose, as teams do: the 语文学科联盟
    // works the whole year and in both directions, the 校长工作室 meets and visits regularly, the
    // 教导主任 team trains and observes, and the 班主任协同团队, formed after the autumn term, has
    // one term of work.
    leadershipGroup(data);
    studio(data);
    alliance(data);
    deans(data);
    classTeachers(data);
  }

  /** 领导小组: plans the year and builds the platform; it is the assessor, not assessed. */
  private static void leadershipGroup(ImmutableDataset.Builder data) {
    String g = "g-bn-lead";
    data.addActivities(
        at("a-bn-lead-20130903", "2013-09-03", PLANNING_MEETING, g, "a")
            .addParticipants(all("principal", "a")).addTags("学年工作计划", "资源共享").build(),
        at("a-bn-lead-20131016", "2013-10-16", PLATFORM_BUILDING, g, "a")
            .addParticipants(all("principal", "a")).addTags("共同体网页", "资源库").build(),
        at("a-bn-lead-20140220", "2014-02-20", PLANNING_MEETING, g, "b")
            .addParticipants(all("principal", "a")).addTags("春季学期计划", "组建班主任协同团队")
            .build(),
        at("a-bn-lead-20140703", "2014-07-03", PLANNING_MEETING, g, "a")
            .addParticipants(all("principal", "a")).addTags("学年考核", "下学年计划").build());
  }

  /**
   * 校长工作室: 定期召开交流活动 and 专题研讨, visits to each other's schools, village and town
   * principals shadowing a city principal, and invited lectures.
   */
  private static void studio(ImmutableDataset.Builder data) {
    String g = "g-bn-studio";
    String p = "principal";
    data.addActivities(
        at("a-bn-studio-20130912", "2013-09-12", PLANNING_MEETING, g, "b")
            .addParticipants(all(p, "b")).addTags("工作室学年计划", "确定研讨专题").build(),
        at("a-bn-studio-20131024", "2013-10-24", THEMATIC_ACTIVITY, g, "b")
            .addParticipants(all(p, "b")).addTags("专题研讨", "绩效考核").build(),
        at("a-bn-studio-20131114", "2013-11-14", STUDY_VISIT, g, "d")
            .addParticipants(all(p, "d")).addTags("走进村小", "管理措施展示").build(),
        // 邀请优秀校长到本校开展培训讲座: the invited principal is no member and is not listed.
        at("a-bn-studio-20131128", "2013-11-28", LECTURE, g, "c")
            .addParticipants(all(p, "c")).addTags("邀请优秀校长", "办学指导").build(),
        at("a-bn-studio-20131212", "2013-12-12", THEMATIC_ACTIVITY, g, "c")
            .addParticipants(all(p, "b")).addTags("专题研讨", "办学困惑").build(),
        at("a-bn-studio-20140109", "2014-01-09", REFLECTION, g, "a")
            .addParticipants(all(p, "b")).addTags("学期反思").build(),
        at("a-bn-studio-20140306", "2014-03-06", PLANNING_MEETING, g, "b")
            .addParticipants(all(p, "b")).addTags("春季学期计划").build(),
        at("a-bn-studio-20140314", "2014-03-14", THEMATIC_ACTIVITY, g, "b")
            .addParticipants(all(p, "b")).addTags("专题研讨", "办学困惑").build(),
        at("a-bn-studio-20140417", "2014-04-17", STUDY_VISIT, g, "c")
            .addParticipants(all(p, "c")).addTags("校园文化建设").build(),
        at("a-bn-studio-20140424", "2014-04-24", LECTURE, g, "a")
            .addParticipants(all(p, "a")).addTags("邀请优秀校长", "课程改革").build(),
        at("a-bn-studio-20140515", "2014-05-15", SHADOWING_DAY, g, "b")
            .addParticipants(lead("p-bn-b-principal"), participant("p-bn-d-principal"))
            .addTags("村小校长跟岗").build(),
        at("a-bn-studio-20140522", "2014-05-22", SHADOWING_DAY, g, "a")
            .addParticipants(lead("p-bn-a-principal"), participant("p-bn-c-principal"))
            .addTags("乡镇校长跟岗").build(),
        at("a-bn-studio-20140612", "2014-06-12", STUDY_VISIT, g, "a")
            .addParticipants(all(p, "a")).addTags("管理理念展示").build());
  }

  /**
   * 语文学科教师联盟 (grade 5): a 同课异构 round in the village school, 送课 both ways, 说课 and 磨课,
   * 专家引领, the spring 四同活动 (同研、同备、同上、同反思), and 回校辅导 that passes it on at home.
   */
  private static void alliance(ImmutableDataset.Builder data) {
    String t = "chinese";
    data.addActivities(
        chinese("a-bn-chinese-20130917", "2013-09-17", PLANNING_MEETING, "b")
            .addParticipants(all(t, "b")).addTags("四同活动计划").build(),
        // 同课异构 in 村小丁: its teacher prepares first, the alliance discusses, the teacher
        // revises, and each teacher adapts the lesson to their own class.
        preparation("a-bn-chinese-20131015", "2013-10-15", PreparationStage.INDIVIDUAL)
            .addParticipants(lead("p-bn-d-chinese")).build(),
        preparation("a-bn-chinese-20131017", "2013-10-17", PreparationStage.COLLECTIVE)
            .addParticipants(all(t, "b")).build(),
        preparation("a-bn-chinese-20131022", "2013-10-22", PreparationStage.REVISION)
            .addParticipants(lead("p-bn-d-chinese")).build(),
        preparation("a-bn-chinese-20131024", "2013-10-24", PreparationStage.PERSONALIZATION)
            .addParticipants(all(t, "d")).build(),
        chinese("a-bn-chinese-20131029-sent", "2013-10-29", SENT_LESSON, "d")
            .direction(Direction.URBAN_TO_RURAL).putQuantities(Quantity.LESSONS, whole(1))
            .addParticipants(all(t, "b")).addTags("送教下乡", "同课异构").build(),
        chinese("a-bn-chinese-20131029-reflect", "2013-10-29", REFLECTION, "d")
            .addParticipants(all(t, "d")).addTags("同反思").build(),
        chinese("a-bn-chinese-20131119", "2013-11-19", TEACHING_RESEARCH, "c")
            .addParticipants(all(t, "b")).addTags("教学专题研究", "习作教学").build(),
        chinese("a-bn-chinese-20131121", "2013-11-21", LESSON_TALK, "c")
            .addParticipants(all(t, "c")).addTags("说课").build(),
        chinese("a-bn-chinese-20131205", "2013-12-05", LESSON_POLISHING, "d")
            .addParticipants(all(t, "d")).addTags("进城上课前磨课").build(),
        // 村小丁's teacher takes the lesson to the city: 低端追高, and the city sees it.
        chinese("a-bn-chinese-20131212", "2013-12-12", SENT_LESSON, "a")
            .direction(Direction.RURAL_TO_URBAN).putQuantities(Quantity.LESSONS, whole(1))
            .addParticipants(all(t, "d")).addTags("村小教师进城上课").build(),
        chinese("a-bn-chinese-20140109", "2014-01-09", REFLECTION, "a")
            .addParticipants(all(t, "b")).addTags("学期反思").build(),
        chinese("a-bn-chinese-20140304", "2014-03-04", PLANNING_MEETING, "b")
            .addParticipants(all(t, "b")).addTags("春季学期计划").build(),
        // 专家引领: the district's Chinese 教研员 (not a member, not listed) trains the alliance.
        chinese("a-bn-chinese-20140320", "2014-03-20", TRAINING, "b")
            .addParticipants(all(t, "b")).addTags("专家引领", "阅读教学").build(),
        chinese("a-bn-chinese-20140415", "2014-04-15", SENT_LESSON, "c")
            .direction(Direction.URBAN_TO_RURAL).putQuantities(Quantity.LESSONS, whole(1))
            .addParticipants(all(t, "a")).addTags("送教下乡").build(),
        chinese("a-bn-chinese-20140422", "2014-04-22", LECTURE, "a")
            .addParticipants(all(t, "b")).addTags("送讲座", "群文阅读").build(),
        // 四同活动: 同研、同备、同上、同反思, in 村小丁.
        chinese("a-bn-chinese-20140506", "2014-05-06", TEACHING_RESEARCH, "d")
            .addParticipants(lead("p-bn-b-chinese"), participant("p-bn-d-chinese"))
            .addTags("四同", "同研").build(),
        chinese("a-bn-chinese-20140508", "2014-05-08", JOINT_PREPARATION, "d")
            .addParticipants(all(t, "d")).addTags("四同", "同备").build(),
        chinese("a-bn-chinese-20140513-lesson", "2014-05-13", DEMONSTRATION_LESSON, "d")
            .addParticipants(lead("p-bn-d-chinese"), lead("p-bn-a-chinese"))
            .putQuantities(Quantity.LESSONS, whole(2)).addTags("四同", "同上").build(),
        chinese("a-bn-chinese-20140513-reflect", "2014-05-13", REFLECTION, "d")
            .addParticipants(all(t, "b")).addTags("四同", "同反思").build(),
        // 通过校本研修途径传递给本校教师: 城区小学甲's teacher coaches the colleagues at home.
        chinese("a-bn-chinese-20140520", "2014-05-20", REHEARSAL_COACHING, "a")
            .addParticipants(lead("p-bn-a-chinese")).addTags("校本研修").build(),
        chinese("a-bn-chinese-20140605", "2014-06-05", LESSON_POLISHING, "c")
            .addParticipants(all(t, "c")).addTags("进城上课前磨课").build(),
        chinese("a-bn-chinese-20140612", "2014-06-12", SENT_LESSON, "b")
            .direction(Direction.RURAL_TO_URBAN).putQuantities(Quantity.LESSONS, whole(1))
            .addParticipants(all(t, "c")).addTags("乡镇教师进城上课").build());
  }

  /**
   * 教导主任互动团队: 定期召开专题活动 on 教学评价 and 校本课程开发 — 集中交流、到校观摩、集体研究 —
   * and training in teaching management.
   */
  private static void deans(ImmutableDataset.Builder data) {
    String g = "g-bn-deans";
    String p = "dean";
    data.addActivities(
        at("a-bn-deans-20130924", "2013-09-24", PLANNING_MEETING, g, "a")
            .addParticipants(all(p, "a")).addTags("学年计划").build(),
        at("a-bn-deans-20131023", "2013-10-23", TRAINING, g, "a")
            .addParticipants(all(p, "a")).addTags("教学常规管理").build(),
        at("a-bn-deans-20131120", "2013-11-20", LESSON_OBSERVATION, g, "c")
            .addParticipants(all(p, "c")).addTags("到校观摩", "课堂教学常规").build(),
        at("a-bn-deans-20131218", "2013-12-18", TEACHING_RESEARCH, g, "a")
            .addParticipants(all(p, "a")).addTags("集体研究", "教学评价").build(),
        at("a-bn-deans-20140108", "2014-01-08", REFLECTION, g, "b")
            .addParticipants(all(p, "b")).addTags("学期反思").build(),
        at("a-bn-deans-20140319", "2014-03-19", LESSON_OBSERVATION, g, "d")
            .addParticipants(all(p, "d")).addTags("到校观摩", "推门听课").build(),
        at("a-bn-deans-20140411", "2014-04-11", THEMATIC_ACTIVITY, g, "c")
            .addParticipants(all(p, "a")).addTags("教学评价", "校本课程开发").build(),
        at("a-bn-deans-20140521", "2014-05-21", STUDY_VISIT, g, "b")
            .addParticipants(all(p, "b")).addTags("校本课程开发").build(),
        at("a-bn-deans-20140618", "2014-06-18", TRAINING, g, "b")
            .addParticipants(all(p, "b")).addTags("校本课程开发").build());
  }

  /**
   * 班主任协同团队, formed in February 2014: 共同策划, a 班主任工作论坛, 班级文化建设, 班队活动观摩,
   * and a village class teacher coaching the colleagues at home afterwards.
   */
  private static void classTeachers(ImmutableDataset.Builder data) {
    String g = "g-bn-class";
    String p = "ct";
    data.addActivities(
        // 在相互协商合作下共同策划活动: the paper's own definition of the team.
        at("a-bn-class-20140313", "2014-03-13", PLANNING_MEETING, g, "c")
            .addParticipants(all(p, "c")).addTags("共同策划").build(),
        at("a-bn-class-20140417", "2014-04-17", FORUM, g, "c")
            .addParticipants(all(p, "c")).addTags("班主任工作论坛", "经验交流").build(),
        at("a-bn-class-20140522", "2014-05-22", THEMATIC_ACTIVITY, g, "b")
            .addParticipants(all(p, "b")).addTags("班级文化建设").build(),
        at("a-bn-class-20140605", "2014-06-05", STUDY_VISIT, g, "a")
            .addParticipants(all(p, "c")).addTags("班队活动观摩", "班级文化建设").build(),
        at("a-bn-class-20140619", "2014-06-19", REHEARSAL_COACHING, g, "d")
            .addParticipants(lead("p-bn-d-ct"), participant("p-bn-c-ct"))
            .addTags("班队活动设计", "校本研修").build());
  }

  private static ImmutableActivity.Builder at(String id, String date, ActivityKind kind,
      String team, String host) {
    return activity(id, date, kind, team).host(SCHOOLS.get(host));
  }

  /** An activity of the 语文 alliance, about grade 5 Chinese. */
  private static ImmutableActivity.Builder chinese(String id, String date, ActivityKind kind,
      String host) {
    return at(id, date, kind, "g-bn-chinese", host).schoolSubject(SchoolSubject.CHINESE).grade(5);
  }

  /** A step of the autumn 同课异构 round in 村小丁. */
  private static ImmutableActivity.Builder preparation(String id, String date,
      PreparationStage stage) {
    return chinese(id, date, LESSON_PREPARATION, "d").preparationStage(stage).addTags("同课异构");
  }

  /** The four people of one post, the one of school {@code lead} leading. */
  private static Participant[] all(String post, String lead) {
    List<Participant> people = new ArrayList<>();
    for (String s : List.of("a", "b", "c", "d")) {
      String id = "p-bn-" + s + "-" + post;
      people.add(s.equals(lead) ? lead(id) : participant(id));
    }
    return people.toArray(Participant[]::new);
  }
}
