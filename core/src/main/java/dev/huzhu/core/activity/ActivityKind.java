package dev.huzhu.core.activity;

/**
 * Every kind of activity the seed describes, for school communities and for party pairing alike.
 * The identifiers are part of the file contract and never renamed.
 */
public enum ActivityKind {
  /** 听课. */
  LESSON_OBSERVATION("听课"),
  /** 评课. */
  LESSON_EVALUATION("评课"),
  /** 议课. */
  LESSON_DISCUSSION("议课"),
  /** 示范课. */
  DEMONSTRATION_LESSON("示范课"),
  /** 送课 (送教下乡, or a village teacher's lesson sent to town): see {@link Direction}. */
  SENT_LESSON("送课"),
  /** 品牌课. */
  BRAND_LESSON("品牌课"),
  /** 达标课. */
  STANDARD_LESSON("达标课"),
  /** 同课异构 preparation; its {@link PreparationStage} says which step. */
  LESSON_PREPARATION("同课异构备课"),
  /** 专题活动. */
  THEMATIC_ACTIVITY("专题活动"),
  /** 教研. */
  TEACHING_RESEARCH("教研"),
  /** 讲座. */
  LECTURE("讲座"),
  /** 论坛 (e.g. 班主任工作论坛). */
  FORUM("论坛"),
  /** 培训. */
  TRAINING("培训"),
  /** 材料、通用教案、课件 shared. */
  MATERIAL_SHARE("资料共享"),
  /** 集体备课 outside the 同课异构 pipeline (e.g. sharing the 《执行课程》 主餐/套餐 lesson plans). */
  JOINT_PREPARATION("集体备课"),
  /** 比赛 (e.g. 煮、说、研课标教材比赛, 书法绘画大赛). */
  CONTEST("比赛"),
  /** 考察、观摩. */
  STUDY_VISIT("考察观摩"),
  /** A day of 跟岗学习. */
  SHADOWING_DAY("跟岗"),
  /** 手拉手结对仪式. */
  PAIRING_CEREMONY("结对仪式"),
  /** 捐赠 (e.g. 四千余元的学习用品). */
  DONATION("捐赠"),
  /** 革命传统教育 and other education visits. */
  EDUCATION_VISIT("教育参观"),
  /** 交换一本好书. */
  BOOK_EXCHANGE("交换好书"),
  /** 阳光少年、风华少年、科技少年评比. */
  HONOUR_SELECTION("少年评比"),
  /** An honour received. */
  HONOR_AWARDED("获得荣誉"),
  /** 违规: what a veto (一票否决) looks for. */
  MISCONDUCT("违规"),
  /** 协调资金. */
  FUNDS_COORDINATED("协调资金"),
  /** 送物资. */
  MATERIALS_DELIVERED("送物资"),
  /** 办实事. */
  PRACTICAL_DEED("办实事"),
  /** 宣传政策、法律. */
  POLICY_PUBLICITY("政策宣传"),
  /** 共同开展活动. */
  JOINT_ACTIVITY("共同活动"),
  /** 解决就业. */
  JOB_PLACEMENT("解决就业"),
  /** 送文化到村. */
  CULTURE_DELIVERY("送文化"),
  /** 送技术到村. */
  TECHNOLOGY_DELIVERY("送技术"),
  /** 送项目到村. */
  PROJECT_DELIVERY("送项目"),
  /** 使用指导、监督 of delivered funds or materials. */
  FOLLOW_UP("后续指导监督"),
  /** 村级干部、后备干部培训. */
  CADRE_TRAINING("干部培训"),
  /** 书信交流 of paired pupils. */
  LETTER_EXCHANGE("书信交流"),
  /** 同反思. */
  REFLECTION("反思"),
  /** 信息服务. */
  INFORMATION_SERVICE("信息服务"),
  /** 调研实践. */
  FIELD_RESEARCH("调研实践"),
  /** 共同商量: a 领导小组 and the member schools' leaders planning a term's work together. */
  PLANNING_MEETING("共同商量"),
  /** 说课: a teacher explains a lesson's design before colleagues. */
  LESSON_TALK("说课"),
  /** 磨课: a lesson taught, criticised and taught again until it is polished. */
  LESSON_POLISHING("磨课"),
  /** Holiday homework designed jointly across schools (共同设计假期作业). */
  HOMEWORK_DESIGN("作业设计"),
  /** Pupils' and families' 互访 (牵手走进城市, 牵手走进乡村). */
  PUPIL_VISIT("互访"),
  /** Building the community's website or online platform (网络平台建设). */
  PLATFORM_BUILDING("平台建设"),
  /** Teachers coaching their colleagues after returning from an exchange (回校辅导). */
  REHEARSAL_COACHING("回校辅导"),
  /** A visit to a rural school serving as 体验教育基地. */
  EXPERIENCE_BASE_VISIT("体验教育基地");

  private final String label;

  ActivityKind(String label) {
    this.label = label;
  }

  /** The Chinese label, for tables. */
  public String label() {
    return label;
  }
}
