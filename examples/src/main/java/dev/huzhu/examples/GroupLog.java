package dev.huzhu.examples;

import static dev.huzhu.core.activity.ActivityKind.BRAND_LESSON;
import static dev.huzhu.core.activity.ActivityKind.DEMONSTRATION_LESSON;
import static dev.huzhu.core.activity.ActivityKind.HOMEWORK_DESIGN;
import static dev.huzhu.core.activity.ActivityKind.LESSON_OBSERVATION;
import static dev.huzhu.core.activity.ActivityKind.LESSON_POLISHING;
import static dev.huzhu.core.activity.ActivityKind.LESSON_PREPARATION;
import static dev.huzhu.core.activity.ActivityKind.LESSON_TALK;
import static dev.huzhu.core.activity.ActivityKind.MATERIAL_SHARE;
import static dev.huzhu.core.activity.ActivityKind.MISCONDUCT;
import static dev.huzhu.core.activity.ActivityKind.SENT_LESSON;
import static dev.huzhu.core.activity.ActivityKind.STANDARD_LESSON;
import static dev.huzhu.core.activity.ActivityKind.THEMATIC_ACTIVITY;
import static dev.huzhu.core.activity.Participant.lead;
import static dev.huzhu.core.activity.Participant.participant;
import static dev.huzhu.examples.SeedValues.activity;
import static dev.huzhu.examples.SeedValues.whole;

import dev.huzhu.core.ImmutableDataset;
import dev.huzhu.core.activity.ActivityKind;
import dev.huzhu.core.activity.Direction;
import dev.huzhu.core.activity.ImmutableActivity;
import dev.huzhu.core.activity.PreparationStage;
import dev.huzhu.core.activity.Quantity;
import dev.huzhu.core.school.SchoolSubject;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * The log of one 诸城 学科中心教研组, written as the group's term reads: each call adds the
 * activities of one event, credited to the group and carrying its subject and grade. People are
 * named by their place in the group ({@code leader}, {@code exp}, a member school's key such as
 * {@code huanghua}) or by their id; schools by their key ({@code exp}, {@code xinxing}, …).
 * Activity ids read {@code a-zc-m3-demo-2}: the group, the kind of event, its number.
 */
final class GroupLog {
  private final ImmutableDataset.Builder data;
  private final SchoolSubject subject;
  private final int grade;
  private final String group;
  private final String prefix;
  private final Map<String, Integer> numbers = new HashMap<>();

  private GroupLog(ImmutableDataset.Builder data, SchoolSubject subject, int grade) {
    this.data = data;
    this.subject = subject;
    this.grade = grade;
    this.group = ZhuchengGroups.groupId(subject, grade);
    this.prefix = "a-zc-" + ZhuchengGroups.word(subject).charAt(0) + grade + "-";
  }

  static GroupLog of(ImmutableDataset.Builder data, SchoolSubject subject, int grade) {
    return new GroupLog(data, subject, grade);
  }

  /** 组内交流材料: {@code materials} items shared by one person (通用教案, 课件, 资料库, …). */
  GroupLog share(String date, String by, int materials, String... tags) {
    add(event("material", date, MATERIAL_SHARE).addParticipants(lead(who(by)))
        .putQuantities(Quantity.MATERIALS, whole(materials)).addTags(tags));
    return this;
  }

  /** 专题活动 on one theme, held at a school and led by one person. */
  GroupLog theme(String date, String school, String by, String theme) {
    add(event("theme", date, THEMATIC_ACTIVITY).host(school(school))
        .addParticipants(lead(who(by))).addTags(theme));
    return this;
  }

  /** 示范课 given at a school. */
  GroupLog demo(String date, String school, String by, int lessons) {
    add(event("demo", date, DEMONSTRATION_LESSON).host(school(school))
        .addParticipants(lead(who(by))).putQuantities(Quantity.LESSONS, whole(lessons)));
    return this;
  }

  /** 送课下乡: a lesson of the group's 实验小学 teachers taken to a member school. */
  GroupLog sendDown(String date, String school, String by, int lessons) {
    add(event("sent", date, SENT_LESSON).host(school(school)).direction(Direction.URBAN_TO_RURAL)
        .addParticipants(lead(who(by)), participant(who(school)))
        .putQuantities(Quantity.LESSONS, whole(lessons)).addTags("送课下乡"));
    return this;
  }

  /**
   * A member school's teacher sends a lesson to the city: polished first at home with the leader
   * (磨课), then taught at 实验小学 and talked through after it (上课 → 反思、说课).
   */
  GroupLog sendUp(String polished, String date, String by) {
    add(event("polish", polished, LESSON_POLISHING).host(school(by))
        .addParticipants(lead(who(by)), participant(who("leader"))).addTags("磨课"));
    add(event("sent", date, SENT_LESSON).host("s-zc-exp").direction(Direction.RURAL_TO_URBAN)
        .addParticipants(lead(who(by)), participant(who("leader")))
        .putQuantities(Quantity.LESSONS, whole(1)).addTags("磨课"));
    add(event("talk", date, LESSON_TALK).host("s-zc-exp")
        .addParticipants(lead(who(by)), participant(who("leader"))).addTags("反思", "说课"));
    return this;
  }

  /**
   * 同课异构: 个人主备 → 集体研讨 → 主备人修改 → 中心教研组把关 → 个性修改 on the five dates, then
   * the lesson observed on 实验小学's 品牌课、达标课 rubric: a 达标课 for a member school's teacher.
   */
  GroupLog sameLesson(String[] dates, String by, String taught, String rating) {
    PreparationStage[] stages = PreparationStage.values();
    for (int i = 0; i < stages.length; i++) {
      PreparationStage stage = stages[i];
      ImmutableActivity.Builder a = event("prep-" + stage.name().toLowerCase(java.util.Locale.ROOT),
          dates[i], LESSON_PREPARATION).preparationStage(stage).addTags("同课异构");
      // the 主备人 leads every step but the group's review, which is the leader's; the
      // collective discussion and the review are held at 实验小学
      if (stage == PreparationStage.GROUP_REVIEW) {
        a.host("s-zc-exp").addParticipants(lead(who("leader")), participant(who(by)));
      } else if (stage == PreparationStage.COLLECTIVE) {
        a.host("s-zc-exp").addParticipants(lead(who(by)), participant(who("leader")));
      } else {
        a.host(school(by)).addParticipants(lead(who(by)));
      }
      add(a);
    }
    rated(taught, by, rating, "同课异构");
    return this;
  }

  /** A lesson observed and scored on the rubric: 品牌课 at 实验小学, 达标课 at a member school. */
  GroupLog rated(String date, String by, String rating, String... tags) {
    boolean city = school(by).equals("s-zc-exp");
    ActivityKind kind = city ? BRAND_LESSON : STANDARD_LESSON;
    ImmutableActivity.Builder a = event(city ? "brand" : "standard", date, kind).host(school(by))
        .addParticipants(lead(who(by)));
    // 邀请互助学校来学校听品牌课: every group has a deputy from 辛兴, who comes to observe
    a.addParticipants(participant(who(city ? "xinxing" : "leader")));
    add(a.putQuantities(Quantity.LESSONS, whole(1))
        .putQuantities(Quantity.RATING, new BigDecimal(rating)).addTags(tags));
    return this;
  }

  /** 周听评课 at 实验小学, its weekly timetable sent to the member schools by OA. */
  GroupLog observe(String date, String... by) {
    ImmutableActivity.Builder a = event("observe", date, LESSON_OBSERVATION).host("s-zc-exp")
        .addTags("周听评课");
    for (String b : by) {
      a.addParticipants(participant(who(b)));
    }
    add(a);
    return this;
  }

  /** 寒假作业: the group's leaders agree the holiday homework's form and amount. */
  GroupLog homework(String date, String by) {
    add(event("homework", date, HOMEWORK_DESIGN).addParticipants(lead(who(by)))
        .addTags("寒假作业"));
    return this;
  }

  /** A breach of the rules recorded against the group (一票否决). */
  GroupLog misconduct(String date, String school, String what) {
    add(event("misconduct", date, MISCONDUCT).host(school(school)).addTags(what));
    return this;
  }

  private ImmutableActivity.Builder event(String word, String date, ActivityKind kind) {
    int n = numbers.merge(word, 1, Integer::sum);
    String id = prefix + word + (word.startsWith("prep-") && n == 1 ? "" : "-" + n);
    return activity(id, date, kind, group).schoolSubject(subject).grade(grade);
  }

  private void add(ImmutableActivity.Builder a) {
    data.addActivities(a.build());
  }

  private String who(String key) {
    return ZhuchengGroups.personId(subject, grade, key);
  }

  private static String school(String key) {
    if (key.equals("leader") || key.startsWith("p-")) {
      return "s-zc-exp";
    }
    return "s-zc-" + key;
  }
}
