package dev.huzhu.examples;

import static dev.huzhu.core.activity.ActivityKind.CADRE_TRAINING;
import static dev.huzhu.core.activity.ActivityKind.CULTURE_DELIVERY;
import static dev.huzhu.core.activity.ActivityKind.FIELD_RESEARCH;
import static dev.huzhu.core.activity.ActivityKind.FOLLOW_UP;
import static dev.huzhu.core.activity.ActivityKind.FUNDS_COORDINATED;
import static dev.huzhu.core.activity.ActivityKind.INFORMATION_SERVICE;
import static dev.huzhu.core.activity.ActivityKind.JOB_PLACEMENT;
import static dev.huzhu.core.activity.ActivityKind.JOINT_ACTIVITY;
import static dev.huzhu.core.activity.ActivityKind.MATERIALS_DELIVERED;
import static dev.huzhu.core.activity.ActivityKind.POLICY_PUBLICITY;
import static dev.huzhu.core.activity.ActivityKind.PRACTICAL_DEED;
import static dev.huzhu.core.activity.ActivityKind.PROJECT_DELIVERY;
import static dev.huzhu.core.activity.ActivityKind.TECHNOLOGY_DELIVERY;
import static dev.huzhu.core.activity.Participant.lead;
import static dev.huzhu.core.activity.Participant.participant;
import static dev.huzhu.examples.SeedValues.activity;
import static dev.huzhu.examples.SeedValues.whole;

import dev.huzhu.core.ImmutableDataset;
import dev.huzhu.core.activity.ActivityKind;
import dev.huzhu.core.activity.ImmutableActivity;
import dev.huzhu.core.activity.Quantity;

/**
 * 第五篇's assessed year: XX镇's five 双结对 pairings from September 2012 to August 2013, the
 * period of the 城乡党组织党员双结对成效考核 (docs/assessment.md#built-in-policies).
 *
 * <p>The report's counts are blanked in the published text (XX名党员, XX余项, XX万元), so every
 * date, count and amount here is made up; what follows the report is the shape of the year: help
 * goes to 生态村, 村两委会, 村内基础设施, 困难党员 and 就业; most units send money and goods (送钱送物);
 * some deliveries are never followed up (后续工作不能保证完全跟上) and a few units use their own
 * resources (送文化、送技术、送项目到村).
 */
final class DoublePairingYear {
  private DoublePairingYear() {}

  static void addTo(ImmutableDataset.Builder data) {
    jia(data);
    yi(data);
    bing(data);
    ding(data);
    wu(data);
  }

  /**
   * 甲村 (党群→软村, 县委组织部 with a resident cadre): the model pairing, a bit of every form and its
   * one delivery of funds followed up after 51 days.
   */
  private static void jia(ImmutableDataset.Builder data) {
    data.addActivities(
        in("a-xx-1213-jia-deed-1", "2012-09-18", PRACTICAL_DEED, "pp-xx-jia", "XX镇甲村")
            .addParticipants(lead("p-xx-zzb-resident"), participant("p-xx-jia-member"))
            .addTags("村内基础设施").build(),
        in("a-xx-1213-jia-deed-2", "2012-10-23", PRACTICAL_DEED, "pp-xx-jia", "XX镇甲村")
            .addParticipants(lead("p-xx-zzb-resident"))
            .putQuantities(Quantity.PEOPLE_HELPED, whole(3))
            .addTags("帮扶困难党员").build(),
        in("a-xx-1213-jia-publicity-1", "2012-11-08", POLICY_PUBLICITY, "pp-xx-jia", "XX镇甲村")
            .addParticipants(lead("p-xx-zzb-1")).addTags("宣传政策").build(),
        in("a-xx-1213-jia-deed-3", "2012-12-04", PRACTICAL_DEED, "pp-xx-jia", "XX镇甲村")
            .addParticipants(lead("p-xx-zzb-1")).addTags("村两委会建设").build(),
        in("a-xx-1213-jia-culture", "2013-01-15", CULTURE_DELIVERY, "pp-xx-jia", "XX镇甲村")
            .addParticipants(lead("p-xx-zzb-1")).addTags("送文化到村").build(),
        in("a-xx-1213-jia-funds", "2013-03-05", FUNDS_COORDINATED, "pp-xx-jia", "XX镇甲村")
            .addParticipants(lead("p-xx-zzb-resident"))
            .putQuantities(Quantity.AMOUNT_YUAN, whole(50000))
            .addTags("生态村").build(),
        in("a-xx-1213-jia-deed-4", "2013-03-12", PRACTICAL_DEED, "pp-xx-jia", "XX镇甲村")
            .addParticipants(lead("p-xx-zzb-resident")).addTags("生态村").build(),
        in("a-xx-1213-jia-publicity-2", "2013-04-16", POLICY_PUBLICITY, "pp-xx-jia", "XX镇甲村")
            .addParticipants(lead("p-xx-zzb-resident")).addTags("宣传法律").build(),
        // 2013-03-05 + 51 days: well inside the policy's 90.
        in("a-xx-1213-jia-funds-followup", "2013-04-25", FOLLOW_UP, "pp-xx-jia", "XX镇甲村")
            .addParticipants(lead("p-xx-zzb-resident"))
            .followUpOf("a-xx-1213-jia-funds")
            .addTags("资金使用指导").build(),
        in("a-xx-1213-jia-deed-5", "2013-05-21", PRACTICAL_DEED, "pp-xx-jia", "XX镇甲村")
            .addParticipants(lead("p-xx-zzb-1")).addTags("村内基础设施").build(),
        in("a-xx-1213-jia-joint-1", "2013-06-28", JOINT_ACTIVITY, "pp-xx-jia", "XX镇甲村")
            .addParticipants(lead("p-xx-zzb-1"), participant("p-xx-jia-member"))
            .addTags("共同开展活动").build(),
        in("a-xx-1213-jia-jobs", "2013-07-10", JOB_PLACEMENT, "pp-xx-jia", "XX镇甲村")
            .addParticipants(lead("p-xx-zzb-1"))
            .putQuantities(Quantity.JOBS, whole(4))
            .addTags("解决就业").build());
  }

  /**
   * 乙村 (政法→乱村, 县公安局 and 县文化局): money and goods only (送钱送物), the most funds of the
   * town and no follow-up of either delivery — the report's two weaknesses in one pairing.
   */
  private static void yi(ImmutableDataset.Builder data) {
    data.addActivities(
        in("a-xx-1213-yi-funds", "2012-10-09", FUNDS_COORDINATED, "pp-xx-yi", "XX镇乙村")
            .addParticipants(lead("p-xx-gaj-1"))
            .putQuantities(Quantity.AMOUNT_YUAN, whole(100000))
            .addTags("村内基础设施").build(),
        in("a-xx-1213-yi-materials", "2013-01-22", MATERIALS_DELIVERED, "pp-xx-yi", "XX镇乙村")
            .addParticipants(lead("p-xx-whj-1"))
            .putQuantities(Quantity.PEOPLE_HELPED, whole(20))
            .putQuantities(Quantity.ITEMS, whole(40))
            .addTags("帮扶困难党员").build());
  }

  /**
   * 丙村 (经济→穷村, 三对一 of 县财政局, 县农业局 and 县科技局): many hands and many forms, but the
   * follow-up of its funds comes after 100 days, too late for the policy's 90.
   */
  private static void bing(ImmutableDataset.Builder data) {
    data.addActivities(
        in("a-xx-1213-bing-deed-1", "2012-09-27", PRACTICAL_DEED, "pp-xx-bing", "XX镇丙村")
            .addParticipants(lead("p-xx-czj-1")).addTags("村内基础设施").build(),
        in("a-xx-1213-bing-publicity-1", "2012-10-25", POLICY_PUBLICITY, "pp-xx-bing",
            "XX镇丙村")
            .addParticipants(lead("p-xx-nyj-1")).addTags("宣传政策").build(),
        in("a-xx-1213-bing-funds", "2012-11-14", FUNDS_COORDINATED, "pp-xx-bing", "XX镇丙村")
            .addParticipants(lead("p-xx-czj-1"))
            .putQuantities(Quantity.AMOUNT_YUAN, whole(20000))
            .addTags("生态村").build(),
        in("a-xx-1213-bing-deed-2", "2012-12-18", PRACTICAL_DEED, "pp-xx-bing", "XX镇丙村")
            .addParticipants(lead("p-xx-czj-1"))
            .putQuantities(Quantity.PEOPLE_HELPED, whole(5))
            .addTags("帮扶困难党员").build(),
        in("a-xx-1213-bing-joint-1", "2013-01-08", JOINT_ACTIVITY, "pp-xx-bing", "XX镇丙村")
            .addParticipants(lead("p-xx-czj-1"), participant("p-xx-bing-villager-1"))
            .addTags("共同开展活动").build(),
        // 2012-11-14 + 100 days: the guidance came, but after the 90 days the policy allows.
        in("a-xx-1213-bing-followup", "2013-02-22", FOLLOW_UP, "pp-xx-bing", "XX镇丙村")
            .addParticipants(lead("p-xx-czj-1"))
            .followUpOf("a-xx-1213-bing-funds")
            .addTags("资金使用指导").build(),
        in("a-xx-1213-bing-jobs-1", "2013-03-26", JOB_PLACEMENT, "pp-xx-bing", "XX镇丙村")
            .addParticipants(lead("p-xx-czj-1"))
            .putQuantities(Quantity.JOBS, whole(6))
            .addTags("解决就业").build(),
        // 致富项目 for the village's poor members, as the report's third proposal asks.
        in("a-xx-1213-bing-project", "2013-04-11", PROJECT_DELIVERY, "pp-xx-bing", "XX镇丙村")
            .addParticipants(lead("p-xx-nyj-1"), participant("p-xx-bing-villager-2"))
            .putQuantities(Quantity.PEOPLE_HELPED, whole(8))
            .addTags("送项目到村", "致富项目").build(),
        in("a-xx-1213-bing-technology", "2013-05-08", TECHNOLOGY_DELIVERY, "pp-xx-bing",
            "XX镇丙村")
            .addParticipants(lead("p-xx-kjj-1")).addTags("送技术到村").build(),
        in("a-xx-1213-bing-publicity-2", "2013-05-28", POLICY_PUBLICITY, "pp-xx-bing",
            "XX镇丙村")
            .addParticipants(lead("p-xx-kjj-1")).addTags("宣传法律").build(),
        in("a-xx-1213-bing-joint", "2013-06-13", JOINT_ACTIVITY, "pp-xx-bing", "XX镇丙村")
            .addParticipants(lead("p-xx-nyj-1"), participant("p-xx-bing-villager-2"))
            .addTags("共同开展活动").build(),
        in("a-xx-1213-bing-deed-3", "2013-07-16", PRACTICAL_DEED, "pp-xx-bing", "XX镇丙村")
            .addParticipants(lead("p-xx-kjj-1")).addTags("生态村").build(),
        in("a-xx-1213-bing-jobs-2", "2013-08-13", JOB_PLACEMENT, "pp-xx-bing", "XX镇丙村")
            .addParticipants(lead("p-xx-czj-1"))
            .putQuantities(Quantity.JOBS, whole(4))
            .addTags("解决就业").build());
  }

  /**
   * 丁村 (涉农→专业村, 县农业局 with its 挂职干部): the unit's own trade at work — technology, market
   * information, field research, training of village cadres — and two of its three deliveries
   * followed up; the spring fertiliser never was.
   */
  private static void ding(ImmutableDataset.Builder data) {
    data.addActivities(
        in("a-xx-1213-ding-technology", "2012-09-25", TECHNOLOGY_DELIVERY, "pp-xx-ding",
            "XX镇丁村")
            .addParticipants(lead("p-xx-nyj-1"), participant("p-xx-ding-villager"))
            .putQuantities(Quantity.PEOPLE_HELPED, whole(35))
            .addTags("送技术到村", "大棚蔬菜种植技术").build(),
        in("a-xx-1213-ding-deed-1", "2012-10-17", PRACTICAL_DEED, "pp-xx-ding", "XX镇丁村")
            .addParticipants(lead("p-xx-nyj-cadre")).addTags("村内基础设施").build(),
        in("a-xx-1213-ding-materials-1", "2012-10-30", MATERIALS_DELIVERED, "pp-xx-ding",
            "XX镇丁村")
            .addParticipants(lead("p-xx-nyj-cadre"))
            .putQuantities(Quantity.ITEMS, whole(80))
            .putQuantities(Quantity.PEOPLE_HELPED, whole(26))
            .addTags("大棚棚膜").build(),
        in("a-xx-1213-ding-publicity-1", "2012-12-11", POLICY_PUBLICITY, "pp-xx-ding",
            "XX镇丁村")
            .addParticipants(lead("p-xx-nyj-cadre"))
            .putQuantities(Quantity.PEOPLE_HELPED, whole(80))
            .addTags("宣传政策", "惠农政策").build(),
        // 2012-10-30 + 51 days.
        in("a-xx-1213-ding-materials-1-followup", "2012-12-20", FOLLOW_UP, "pp-xx-ding",
            "XX镇丁村")
            .addParticipants(lead("p-xx-nyj-cadre"))
            .followUpOf("a-xx-1213-ding-materials-1")
            .addTags("物资使用指导").build(),
        in("a-xx-1213-ding-training", "2013-01-17", CADRE_TRAINING, "pp-xx-ding", "XX镇丁村")
            .addParticipants(lead("p-xx-nyj-cadre"))
            .putQuantities(Quantity.PEOPLE_HELPED, whole(12))
            .addTags("村级干部、后备干部培训").build(),
        in("a-xx-1213-ding-deed-2", "2013-02-27", PRACTICAL_DEED, "pp-xx-ding", "XX镇丁村")
            .addParticipants(lead("p-xx-nyj-cadre")).addTags("村两委会建设").build(),
        // Never followed up: the weakness the report names, in an otherwise good pairing.
        in("a-xx-1213-ding-materials-2", "2013-03-05", MATERIALS_DELIVERED, "pp-xx-ding",
            "XX镇丁村")
            .addParticipants(lead("p-xx-nyj-1"))
            .putQuantities(Quantity.ITEMS, whole(40))
            .addTags("春耕化肥").build(),
        in("a-xx-1213-ding-funds", "2013-03-19", FUNDS_COORDINATED, "pp-xx-ding", "XX镇丁村")
            .addParticipants(lead("p-xx-nyj-cadre"))
            .putQuantities(Quantity.AMOUNT_YUAN, whole(30000))
            .addTags("村内基础设施").build(),
        in("a-xx-1213-ding-joint-1", "2013-04-09", JOINT_ACTIVITY, "pp-xx-ding", "XX镇丁村")
            .addParticipants(lead("p-xx-nyj-cadre"), participant("p-xx-ding-villager"))
            .addTags("党员互动交流").build(),
        // 2013-03-19 + 35 days.
        in("a-xx-1213-ding-funds-followup", "2013-04-23", FOLLOW_UP, "pp-xx-ding", "XX镇丁村")
            .addParticipants(lead("p-xx-nyj-cadre"))
            .followUpOf("a-xx-1213-ding-funds")
            .addTags("资金使用指导", "监督").build(),
        in("a-xx-1213-ding-info", "2013-05-14", INFORMATION_SERVICE, "pp-xx-ding", "XX镇丁村")
            .addParticipants(lead("p-xx-nyj-1"), participant("p-xx-ding-villager"))
            .addTags("市场信息").build(),
        in("a-xx-1213-ding-deed-3", "2013-06-18", PRACTICAL_DEED, "pp-xx-ding", "XX镇丁村")
            .addParticipants(lead("p-xx-nyj-cadre"))
            .putQuantities(Quantity.PEOPLE_HELPED, whole(2))
            .addTags("帮扶困难党员").build(),
        in("a-xx-1213-ding-joint-2", "2013-06-28", JOINT_ACTIVITY, "pp-xx-ding", "XX镇丁村")
            .addParticipants(lead("p-xx-nyj-cadre"), participant("p-xx-ding-villager"))
            .addTags("主题党日").build(),
        in("a-xx-1213-ding-jobs", "2013-07-09", JOB_PLACEMENT, "pp-xx-ding", "XX镇丁村")
            .addParticipants(lead("p-xx-nyj-cadre"))
            .putQuantities(Quantity.JOBS, whole(6))
            .addTags("解决就业").build(),
        in("a-xx-1213-ding-publicity-2", "2013-07-23", POLICY_PUBLICITY, "pp-xx-ding",
            "XX镇丁村")
            .addParticipants(lead("p-xx-nyj-cadre")).addTags("宣传法律").build(),
        in("a-xx-1213-ding-research", "2013-08-06", FIELD_RESEARCH, "pp-xx-ding", "XX镇丁村")
            .addParticipants(lead("p-xx-nyj-1")).addTags("调研实践").build(),
        in("a-xx-1213-ding-deed-4", "2013-08-20", PRACTICAL_DEED, "pp-xx-ding", "XX镇丁村")
            .addParticipants(lead("p-xx-nyj-cadre")).addTags("生态村").build());
  }

  /**
   * 戊村 (an ordinary village with 县文化局, not 专业对口): the pairing lapses — books and a film
   * show in the autumn, nothing followed up, and nothing after October.
   */
  private static void wu(ImmutableDataset.Builder data) {
    data.addActivities(
        in("a-xx-1213-wu-materials", "2012-09-20", MATERIALS_DELIVERED, "pp-xx-wu", "XX镇戊村")
            .addParticipants(lead("p-xx-whj-1"))
            .putQuantities(Quantity.ITEMS, whole(300))
            .addTags("农家书屋图书").build(),
        in("a-xx-1213-wu-culture", "2012-10-16", CULTURE_DELIVERY, "pp-xx-wu", "XX镇戊村")
            .addParticipants(lead("p-xx-whj-1"))
            .addTags("送文化到村", "电影下乡").build());
  }

  private static ImmutableActivity.Builder in(String id, String date, ActivityKind kind,
      String pairing, String village) {
    return activity(id, date, kind, pairing).place(village);
  }
}
