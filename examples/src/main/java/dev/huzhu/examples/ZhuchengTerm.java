package dev.huzhu.examples;

import static dev.huzhu.core.activity.ActivityKind.JOINT_PREPARATION;
import static dev.huzhu.core.activity.Participant.lead;
import static dev.huzhu.core.activity.Participant.participant;
import static dev.huzhu.core.school.SchoolSubject.CHINESE;
import static dev.huzhu.core.school.SchoolSubject.ENGLISH;
import static dev.huzhu.core.school.SchoolSubject.MATH;
import static dev.huzhu.examples.SeedValues.activity;

import dev.huzhu.core.ImmutableDataset;

/**
 * The fall term of 2012 (2012-09-01 to 2013-01-31) of 诸城's 学科中心教研组, group by group: the
 * materials they shared (some on the 网络交流平台), their monthly 专题, the lessons their 名师 took
 * to the member schools and the lessons member-school teachers brought to town after 磨课, the
 * 同课异构 cycles, the 品牌课 and 达标课 scored on 实验小学's rubric, 周听评课 and the winter
 * holiday's homework. The seed describes the kinds of work, not the events: every event here is
 * made up, with more of it in the groups that then improved most (see examples/data/README.md).
 */
final class ZhuchengTerm {
  private ZhuchengTerm() {}

  static void addTo(ImmutableDataset.Builder data) {
    chinese(data);
    math(data);
    english(data);
  }

  private static void chinese(ImmutableDataset.Builder data) {
    GroupLog.of(data, CHINESE, 1)
        .share("2012-09-10", "leader", 3, "通用教案")
        .share("2012-10-22", "changcheng", 2, "课件", "网络平台")
        .share("2012-12-03", "leader", 3, "资料库", "网络平台")
        .theme("2012-09-25", "exp", "leader", "拼音教学")
        .theme("2012-10-30", "changcheng", "changcheng", "识字写字教学")
        .theme("2012-11-27", "huanghua", "huanghua", "朗读指导")
        .observe("2012-09-18", "xinxing", "linjiacun")
        .demo("2012-10-16", "xinxing", "leader", 2)
        .sendDown("2012-11-13", "huanghua", "leader", 2)
        .demo("2012-12-11", "changcheng", "changcheng", 1)
        .sendUp("2012-12-12", "2012-12-18", "huanghua")
        .homework("2013-01-08", "leader");

    GroupLog.of(data, CHINESE, 2)
        .share("2012-09-07", "leader", 4, "通用教案")
        .share("2012-10-15", "exp", 3, "课件", "网络平台")
        .share("2012-11-19", "linjiacun", 2, "交流材料")
        .share("2012-12-17", "leader", 2, "资料库", "网络平台")
        .theme("2012-09-27", "exp", "leader", "识字写字教学")
        .theme("2012-10-25", "xinxing", "xinxing", "看图写话")
        .theme("2012-12-06", "linjiacun", "linjiacun", "课外阅读指导")
        .demo("2012-09-20", "linjiacun", "leader", 2)
        .sameLesson(new String[] {"2012-10-08", "2012-10-11", "2012-10-15", "2012-10-18",
            "2012-10-22"}, "huanghua", "2012-10-24", "84")
        .demo("2012-10-25", "xinxing", "exp", 1)
        .observe("2012-11-06", "changcheng", "huanghua")
        .sendDown("2012-11-15", "changcheng", "leader", 2)
        .sendUp("2012-11-22", "2012-11-29", "xinxing")
        .demo("2012-12-13", "huanghua", "exp", 2)
        .homework("2013-01-09", "leader");

    // 主餐加套餐: the shared 《执行课程》 lesson plans of 三年级语文, prepared together at the start.
    data.addActivities(activity("a-zc-c3-joint-1", "2012-09-05", JOINT_PREPARATION, "g-zc-chinese3")
        .host("s-zc-exp").schoolSubject(CHINESE).grade(3)
        .addParticipants(lead("p-zc-chinese3-leader"), participant("p-zc-chinese3-exp"),
            participant("p-zc-chinese3-xinxing"), participant("p-zc-chinese3-linjiacun"),
            participant("p-zc-chinese3-changcheng"), participant("p-zc-chinese3-huanghua"))
        .addTags("执行课程", "主餐加套餐")
        .build());
    GroupLog.of(data, CHINESE, 3)
        .share("2012-09-12", "leader", 2, "通用教案")
        .share("2012-10-17", "exp", 3, "课件", "网络平台")
        .share("2012-11-14", "changcheng", 2, "交流材料", "网络平台")
        .share("2012-12-05", "linjiacun", 3, "单元整合备课")
        .share("2013-01-07", "leader", 2, "资料库")
        .theme("2012-09-26", "exp", "leader", "单元整合教学")
        .theme("2012-10-25", "linjiacun", "linjiacun", "习作起步")
        .theme("2012-11-21", "huanghua", "huanghua", "阅读理解策略")
        .theme("2012-12-18", "exp", "leader", "课外阅读指导")
        .observe("2012-10-09", "xinxing", "changcheng", "huanghua")
        .demo("2012-10-11", "xinxing", "exp", 2)
        .demo("2012-10-25", "linjiacun", "leader", 1)
        .sameLesson(new String[] {"2012-11-01", "2012-11-05", "2012-11-08", "2012-11-12",
            "2012-11-14"}, "xinxing", "2012-11-15", "87")
        .sendDown("2012-11-21", "huanghua", "leader", 2)
        .rated("2012-11-28", "leader", "88")
        .sendUp("2012-11-29", "2012-12-06", "linjiacun")
        .demo("2012-12-12", "changcheng", "leader", 1)
        .demo("2012-12-20", "linjiacun", "linjiacun", 1)
        .sendUp("2012-12-27", "2013-01-10", "changcheng")
        .homework("2013-01-11", "leader");

    // 四年级语文 worked as hard as the best, but a deputy's school reported 有偿补课 in the group's
    // name in November: the group is vetoed (一票否决) whatever its total.
    GroupLog.of(data, CHINESE, 4)
        .share("2012-09-11", "leader", 3, "通用教案")
        .share("2012-10-16", "huanghua", 2, "课件", "网络平台")
        .share("2012-11-06", "leader", 3, "资料库", "网络平台")
        .share("2012-12-11", "xinxing", 2, "交流材料")
        .theme("2012-09-24", "exp", "leader", "阅读教学中的段落训练")
        .theme("2012-10-22", "xinxing", "xinxing", "习作修改")
        .theme("2012-11-19", "changcheng", "changcheng", "口语交际")
        .theme("2012-12-17", "huanghua", "huanghua", "古诗词教学")
        .demo("2012-09-19", "changcheng", "changcheng", 2)
        .demo("2012-10-10", "huanghua", "leader", 2)
        .rated("2012-10-31", "changcheng", "82")
        .sendDown("2012-11-07", "linjiacun", "leader", 2)
        .misconduct("2012-11-23", "changcheng", "违规有偿补课")
        .sendUp("2012-11-26", "2012-12-04", "xinxing")
        .demo("2012-12-17", "huanghua", "huanghua", 1)
        .homework("2013-01-08", "leader");

    GroupLog.of(data, CHINESE, 5)
        .share("2012-09-06", "leader", 4, "通用教案")
        .share("2012-10-12", "p-liwei", 3, "交流材料", "网络平台")
        .share("2012-11-09", "huanghua", 2, "课件", "网络平台")
        .share("2012-12-07", "leader", 2, "资料库")
        .share("2013-01-04", "changcheng", 2, "交流材料")
        .theme("2012-09-28", "exp", "leader", "习作教学")
        .theme("2012-10-26", "xinxing", "p-liwei", "阅读教学的有效提问")
        .theme("2012-11-23", "changcheng", "changcheng", "略读课文教学")
        .theme("2012-12-21", "huanghua", "huanghua", "课外阅读")
        .demo("2012-09-19", "xinxing", "p-liwei", 2)
        .observe("2012-09-25", "xinxing", "linjiacun")
        .sameLesson(new String[] {"2012-10-08", "2012-10-10", "2012-10-12", "2012-10-16",
            "2012-10-18"}, "changcheng", "2012-10-22", "90")
        .sendDown("2012-10-17", "changcheng", "leader", 2)
        .demo("2012-10-31", "linjiacun", "linjiacun", 2)
        .demo("2012-11-14", "xinxing", "p-liwei", 1)
        .sendUp("2012-11-21", "2012-11-29", "changcheng")
        .rated("2012-11-30", "leader", "93")
        .sendDown("2012-12-05", "huanghua", "leader", 2)
        .observe("2012-12-11", "changcheng", "huanghua")
        .sendUp("2012-12-12", "2012-12-19", "huanghua")
        .homework("2013-01-09", "leader");

    GroupLog.of(data, CHINESE, 6)
        .share("2012-09-13", "leader", 3, "通用教案")
        .share("2012-11-08", "leader", 2, "资料库", "网络平台")
        .theme("2012-10-24", "exp", "leader", "小学阶段作文指导")
        .theme("2012-12-19", "changcheng", "changcheng", "阅读理解策略")
        .sendDown("2012-11-21", "xinxing", "leader", 2)
        .demo("2012-12-19", "changcheng", "changcheng", 1)
        .homework("2013-01-10", "leader");
  }

  private static void math(ImmutableDataset.Builder data) {
    GroupLog.of(data, MATH, 1)
        .share("2012-09-10", "leader", 3, "通用教案")
        .share("2012-10-19", "huanghua", 2, "课件", "网络平台")
        .share("2012-11-16", "leader", 2, "资料库")
        .share("2012-12-14", "xinxing", 2, "交流材料")
        .theme("2012-09-27", "exp", "leader", "20以内进位加法")
        .theme("2012-10-31", "changcheng", "changcheng", "认识图形")
        .theme("2012-12-12", "linjiacun", "linjiacun", "数学游戏")
        .demo("2012-09-27", "xinxing", "xinxing", 1)
        .demo("2012-10-17", "linjiacun", "leader", 2)
        .observe("2012-11-06", "xinxing", "huanghua")
        .sendDown("2012-11-28", "changcheng", "leader", 2)
        .demo("2012-12-12", "linjiacun", "linjiacun", 1)
        .sendUp("2012-12-13", "2012-12-20", "huanghua")
        .homework("2013-01-08", "leader");

    GroupLog.of(data, MATH, 2)
        .share("2012-09-14", "leader", 3, "通用教案")
        .share("2012-12-07", "changcheng", 3, "交流材料")
        .theme("2012-10-24", "exp", "leader", "表内乘法")
        .theme("2012-11-28", "huanghua", "huanghua", "100以内的加减法")
        .demo("2012-11-14", "huanghua", "leader", 2)
        .demo("2012-12-05", "changcheng", "changcheng", 1)
        .homework("2013-01-10", "leader");

    // 三年级数学: the group whose figures docs/assessment.md works by hand (12 materials, 4 专题,
    // 4 lessons over 6 members), with its 同课异构 cycle hosted by 皇华.
    GroupLog.of(data, MATH, 3)
        .share("2012-09-10", "leader", 3, "通用教案")
        .share("2012-10-15", "exp", 4, "课件")
        .share("2012-11-12", "xinxing", 2, "交流材料")
        .share("2012-12-10", "leader", 3, "资料库", "网络平台")
        .theme("2012-09-20", "exp", "leader", "两位数乘法的算理")
        .theme("2012-10-18", "xinxing", "xinxing", "解决问题的策略")
        .theme("2012-11-22", "changcheng", "changcheng", "有效练习设计")
        .theme("2012-12-20", "huanghua", "huanghua", "课堂提问")
        .observe("2012-09-25", "xinxing", "linjiacun", "changcheng")
        .demo("2012-10-18", "xinxing", "leader", 2)
        .sameLesson(new String[] {"2012-11-05", "2012-11-08", "2012-11-12", "2012-11-15",
            "2012-11-19"}, "huanghua", "2012-11-26", "86")
        .demo("2012-11-22", "changcheng", "exp", 1)
        .rated("2012-11-29", "exp", "92.5", "同课异构")
        .sendUp("2012-12-06", "2012-12-13", "changcheng")
        .homework("2013-01-10", "leader");

    GroupLog.of(data, MATH, 4)
        .share("2012-09-11", "leader", 3, "通用教案")
        .share("2012-10-16", "p-linzaixia", 2, "交流材料", "网络平台")
        .share("2012-11-13", "changcheng", 3, "课件", "网络平台")
        .share("2012-12-11", "leader", 3, "资料库")
        .theme("2012-09-25", "exp", "leader", "除数是两位数的除法")
        .theme("2012-10-23", "linjiacun", "p-linzaixia", "解决问题的策略")
        .theme("2012-12-04", "huanghua", "huanghua", "角的度量")
        .demo("2012-09-19", "linjiacun", "p-linzaixia", 2)
        .sendDown("2012-10-10", "xinxing", "leader", 2)
        .demo("2012-10-23", "linjiacun", "p-linzaixia", 1)
        .sameLesson(new String[] {"2012-10-29", "2012-11-01", "2012-11-05", "2012-11-07",
            "2012-11-09"}, "linjiacun", "2012-11-12", "85")
        .demo("2012-11-06", "changcheng", "changcheng", 1)
        .sendDown("2012-11-20", "huanghua", "leader", 2)
        .observe("2012-11-27", "xinxing", "changcheng")
        .sendUp("2012-11-27", "2012-12-04", "changcheng")
        .sendUp("2012-12-11", "2012-12-18", "xinxing")
        .demo("2012-12-25", "huanghua", "huanghua", 2)
        .homework("2013-01-09", "leader");

    GroupLog.of(data, MATH, 5)
        .share("2012-09-12", "leader", 3, "通用教案")
        .share("2012-10-18", "exp", 3, "课件", "网络平台")
        .share("2012-11-22", "leader", 2, "资料库")
        .share("2012-12-20", "huanghua", 2, "交流材料")
        .theme("2012-09-26", "exp", "leader", "小数乘法")
        .theme("2012-10-24", "changcheng", "changcheng", "多边形的面积")
        .theme("2012-11-21", "xinxing", "xinxing", "简易方程")
        .theme("2012-12-19", "linjiacun", "linjiacun", "统计与可能性")
        .demo("2012-09-26", "exp", "exp", 1)
        .demo("2012-10-10", "changcheng", "leader", 2)
        .observe("2012-10-16", "linjiacun", "huanghua")
        .sendDown("2012-11-07", "linjiacun", "leader", 2)
        .demo("2012-11-21", "xinxing", "exp", 2)
        .rated("2012-11-29", "exp", "91")
        .sendUp("2012-11-29", "2012-12-06", "huanghua")
        .demo("2012-12-19", "linjiacun", "linjiacun", 1)
        .sendUp("2012-12-27", "2013-01-07", "xinxing")
        .homework("2013-01-10", "leader");

    GroupLog.of(data, MATH, 6)
        .share("2012-09-17", "leader", 3, "通用教案")
        .share("2012-10-29", "xinxing", 2, "交流材料", "网络平台")
        .share("2012-12-10", "leader", 3, "资料库")
        .theme("2012-09-28", "exp", "leader", "分数混合运算")
        .theme("2012-11-02", "huanghua", "huanghua", "圆的认识")
        .theme("2012-12-14", "changcheng", "changcheng", "百分数的应用")
        .sendDown("2012-10-17", "huanghua", "leader", 2)
        .demo("2012-11-02", "huanghua", "huanghua", 1)
        .demo("2012-12-14", "changcheng", "leader", 2)
        .homework("2013-01-11", "leader");
  }

  private static void english(ImmutableDataset.Builder data) {
    GroupLog.of(data, ENGLISH, 3)
        .share("2012-09-12", "leader", 3, "通用教案")
        .share("2012-10-17", "p-wangjing", 2, "课件", "网络平台")
        .share("2012-11-14", "leader", 2, "资料库", "网络平台")
        .share("2012-12-12", "changcheng", 2, "交流材料")
        .theme("2012-09-28", "exp", "leader", "字母与语音")
        .theme("2012-10-31", "changcheng", "p-wangjing", "情景对话教学")
        .theme("2012-12-12", "xinxing", "xinxing", "课堂游戏")
        .demo("2012-10-10", "changcheng", "p-wangjing", 2)
        .sendDown("2012-11-14", "xinxing", "leader", 2)
        .demo("2012-11-28", "huanghua", "huanghua", 1)
        .demo("2012-12-12", "xinxing", "xinxing", 1)
        .homework("2013-01-09", "leader");

    GroupLog.of(data, ENGLISH, 4)
        .share("2012-09-20", "leader", 2, "通用教案")
        .share("2012-11-15", "leader", 2, "课件")
        .theme("2012-10-25", "exp", "leader", "单词记忆")
        .sendDown("2012-11-22", "changcheng", "leader", 2);

    GroupLog.of(data, ENGLISH, 5)
        .share("2012-09-13", "leader", 3, "通用教案")
        .share("2012-10-18", "xinxing", 2, "课件", "网络平台")
        .share("2012-12-13", "leader", 3, "资料库", "网络平台")
        .theme("2012-09-27", "exp", "leader", "英语绘本阅读")
        .theme("2012-10-25", "xinxing", "xinxing", "听说训练")
        .theme("2012-11-29", "huanghua", "huanghua", "英语书写")
        .demo("2012-10-11", "xinxing", "xinxing", 1)
        .sendDown("2012-11-08", "huanghua", "leader", 2)
        .sendUp("2012-11-29", "2012-12-06", "xinxing")
        .demo("2012-12-20", "changcheng", "changcheng", 2)
        .homework("2013-01-10", "leader");

    GroupLog.of(data, ENGLISH, 6)
        .share("2012-09-21", "leader", 2, "通用教案")
        .share("2012-11-16", "changcheng", 2, "交流材料")
        .theme("2012-10-26", "exp", "leader", "阅读理解")
        .theme("2012-11-30", "changcheng", "changcheng", "小升初衔接")
        .demo("2012-11-30", "changcheng", "changcheng", 1);
  }
}
