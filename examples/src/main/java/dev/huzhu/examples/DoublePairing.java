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
import static dev.huzhu.core.activity.ActivityKind.TECHNOLOGY_DELIVERY;
import static dev.huzhu.core.activity.Participant.lead;
import static dev.huzhu.core.activity.Participant.participant;
import static dev.huzhu.core.person.PersonRole.CADRE;
import static dev.huzhu.core.person.PersonRole.PARTY_MEMBER;
import static dev.huzhu.core.person.PersonRole.VILLAGER;
import static dev.huzhu.examples.SeedValues.activity;
import static dev.huzhu.examples.SeedValues.unitBranch;
import static dev.huzhu.examples.SeedValues.unitPerson;
import static dev.huzhu.examples.SeedValues.villageBranch;
import static dev.huzhu.examples.SeedValues.whole;

import dev.huzhu.core.ImmutableDataset;
import dev.huzhu.core.activity.Quantity;
import dev.huzhu.core.exchange.Exchange;
import dev.huzhu.core.exchange.ExchangeKind;
import dev.huzhu.core.pairing.DepartmentCategory;
import dev.huzhu.core.pairing.MemberPair;
import dev.huzhu.core.pairing.PartyPairing;
import dev.huzhu.core.pairing.VillageType;
import java.time.LocalDate;

/**
 * 第五篇: XX镇 城乡党组织党员双结对: county units' party branches paired with village branches,
 * a cadre exchange, help of the pairings' early years (2009) and the assessed year 2012–2013
 * ({@link DoublePairingYear}).
 */
final class DoublePairing {
  private DoublePairing() {}

  static void addTo(ImmutableDataset.Builder data) {
    // The report names no village and no unit beyond their kinds: the branches are placeholders
    // of the four department categories and four village types it pairs (专业对口).
    data.addPartyBranches(
        unitBranch("b-xx-zzb", "县委组织部", DepartmentCategory.PARTY_AND_MASS),
        unitBranch("b-xx-gaj", "县公安局", DepartmentCategory.POLITICAL_LEGAL),
        unitBranch("b-xx-czj", "县财政局", DepartmentCategory.ECONOMIC),
        unitBranch("b-xx-nyj", "县农业局", DepartmentCategory.AGRICULTURAL),
        unitBranch("b-xx-whj", "县文化局", DepartmentCategory.OTHER),
        unitBranch("b-xx-kjj", "县科技局", DepartmentCategory.OTHER),
        villageBranch("b-xx-jia", "XX镇甲村", VillageType.WEAK),
        villageBranch("b-xx-yi", "XX镇乙村", VillageType.DISORDERLY),
        villageBranch("b-xx-bing", "XX镇丙村", VillageType.POOR),
        villageBranch("b-xx-ding", "XX镇丁村", VillageType.SPECIALIZED),
        villageBranch("b-xx-wu", "XX镇戊村", VillageType.ORDINARY));

    data.addPeople(
        unitPerson("p-xx-zzb-1", "县委组织部党员一", "b-xx-zzb", PARTY_MEMBER, CADRE),
        unitPerson("p-xx-zzb-resident", "县委组织部驻村干部", "b-xx-zzb", PARTY_MEMBER, CADRE),
        unitPerson("p-xx-gaj-1", "县公安局党员一", "b-xx-gaj", PARTY_MEMBER),
        unitPerson("p-xx-czj-1", "县财政局党员一", "b-xx-czj", PARTY_MEMBER),
        unitPerson("p-xx-nyj-1", "县农业局党员一", "b-xx-nyj", PARTY_MEMBER),
        unitPerson("p-xx-nyj-cadre", "县农业局挂职干部", "b-xx-nyj", PARTY_MEMBER, CADRE),
        unitPerson("p-xx-whj-1", "县文化局党员一", "b-xx-whj", PARTY_MEMBER),
        unitPerson("p-xx-kjj-1", "县科技局党员一", "b-xx-kjj", PARTY_MEMBER),
        unitPerson("p-xx-jia-member", "甲村困难党员", "b-xx-jia", PARTY_MEMBER, VILLAGER),
        unitPerson("p-xx-jia-villager", "甲村群众一", "b-xx-jia", VILLAGER),
        unitPerson("p-xx-yi-villager-1", "乙村群众一", "b-xx-yi", VILLAGER),
        unitPerson("p-xx-yi-villager-2", "乙村群众二", "b-xx-yi", VILLAGER),
        unitPerson("p-xx-bing-villager-1", "丙村群众一", "b-xx-bing", VILLAGER),
        unitPerson("p-xx-bing-villager-2", "丙村群众二", "b-xx-bing", VILLAGER),
        unitPerson("p-xx-bing-villager-3", "丙村群众三", "b-xx-bing", VILLAGER),
        unitPerson("p-xx-ding-villager", "丁村种植户", "b-xx-ding", VILLAGER),
        unitPerson("p-xx-wu-villager", "戊村群众一", "b-xx-wu", VILLAGER));

    data.addPartyPairings(
        // 一对一, 党群→软村: 专业对口, with a cadre living in the village (驻村专人).
        PartyPairing.builder()
            .id("pp-xx-jia")
            .village("b-xx-jia")
            .addUnits("b-xx-zzb")
            .addMemberPairs(MemberPair.of("p-xx-zzb-1", "p-xx-jia-member"),
                MemberPair.of("p-xx-zzb-resident", "p-xx-jia-villager"))
            .residentCadre("p-xx-zzb-resident")
            .build(),
        // 二对一, 政法→乱村: 专业对口.
        PartyPairing.builder()
            .id("pp-xx-yi")
            .village("b-xx-yi")
            .addUnits("b-xx-gaj", "b-xx-whj")
            .addMemberPairs(MemberPair.of("p-xx-gaj-1", "p-xx-yi-villager-1"),
                MemberPair.of("p-xx-whj-1", "p-xx-yi-villager-2"))
            .build(),
        // 三对一, 经济→穷村: 专业对口 through 县财政局.
        PartyPairing.builder()
            .id("pp-xx-bing")
            .village("b-xx-bing")
            .addUnits("b-xx-czj", "b-xx-nyj", "b-xx-kjj")
            .addMemberPairs(MemberPair.of("p-xx-czj-1", "p-xx-bing-villager-1"),
                MemberPair.of("p-xx-nyj-1", "p-xx-bing-villager-2"),
                MemberPair.of("p-xx-kjj-1", "p-xx-bing-villager-3"))
            .build(),
        // 一对一, 涉农→专业村: 专业对口.
        PartyPairing.builder()
            .id("pp-xx-ding")
            .village("b-xx-ding")
            .addUnits("b-xx-nyj")
            .addMemberPairs(MemberPair.of("p-xx-nyj-cadre", "p-xx-ding-villager"))
            .build(),
        // 一对一 of an "other" unit with an ordinary village: not 专业对口.
        PartyPairing.builder()
            .id("pp-xx-wu")
            .village("b-xx-wu")
            .addUnits("b-xx-whj")
            .addMemberPairs(MemberPair.of("p-xx-whj-1", "p-xx-wu-villager"))
            .build());

    // 城乡干部双向学习: a county cadre sent down to the 专业村 for half a year.
    data.addExchanges(Exchange.builder()
        .id("x-xx-cadre-nyj")
        .person("p-xx-nyj-cadre")
        .kind(ExchangeKind.CADRE_EXCHANGE)
        .from("b-xx-nyj")
        .to("b-xx-ding")
        .start(LocalDate.of(2009, 3, 1))
        .end(LocalDate.of(2009, 8, 31))
        .build());

    // The pairings' early years (the report counts its work 从07年至今, 近两年): help of 2009, as the
    // report describes it; amounts and dates are made up. They lie before the 双结对 policy's
    // period and count for nothing there: they are the history the assessed year follows. The
    // 乙村 funds are never followed up, which is the weakness the report names
    // (后续工作不能保证跟上).
    data.addActivities(
        activity("a-xx-bing-funds", "2009-03-20", FUNDS_COORDINATED, "pp-xx-bing")
            .place("XX镇丙村")
            .addParticipants(lead("p-xx-czj-1"))
            .putQuantities(Quantity.AMOUNT_YUAN, whole(80000))
            .addTags("村内基础设施", "生态村")
            .build(),
        activity("a-xx-bing-followup", "2009-05-15", FOLLOW_UP, "pp-xx-bing")
            .place("XX镇丙村")
            .addParticipants(lead("p-xx-czj-1"))
            .followUpOf("a-xx-bing-funds")
            .addTags("资金使用指导", "监督")
            .build(),
        activity("a-xx-jia-materials", "2009-04-10", MATERIALS_DELIVERED, "pp-xx-jia")
            .place("XX镇甲村")
            .addParticipants(lead("p-xx-zzb-1"))
            .putQuantities(Quantity.ITEMS, whole(30))
            .putQuantities(Quantity.PEOPLE_HELPED, whole(12))
            .addTags("帮扶困难党员")
            .build(),
        activity("a-xx-jia-deed", "2009-05-08", PRACTICAL_DEED, "pp-xx-jia")
            .place("XX镇甲村")
            .addParticipants(lead("p-xx-zzb-resident"))
            .putQuantities(Quantity.ITEMS, whole(1))
            .addTags("完善村两委会办公场所")
            .build(),
        activity("a-xx-jia-joint", "2009-07-01", JOINT_ACTIVITY, "pp-xx-jia")
            .place("XX镇甲村")
            .addParticipants(lead("p-xx-zzb-1"), participant("p-xx-jia-member"))
            .addTags("主题党日")
            .build(),
        activity("a-xx-yi-funds", "2009-06-01", FUNDS_COORDINATED, "pp-xx-yi")
            .place("XX镇乙村")
            .addParticipants(lead("p-xx-gaj-1"))
            .putQuantities(Quantity.AMOUNT_YUAN, whole(20000))
            .build(),
        activity("a-xx-yi-publicity", "2009-06-12", POLICY_PUBLICITY, "pp-xx-yi")
            .place("XX镇乙村")
            .addParticipants(lead("p-xx-gaj-1"), participant("p-xx-yi-villager-1"))
            .putQuantities(Quantity.PEOPLE_HELPED, whole(120))
            .addTags("法律宣传")
            .build(),
        activity("a-xx-bing-jobs", "2009-07-08", JOB_PLACEMENT, "pp-xx-bing")
            .place("XX镇丙村")
            .addParticipants(lead("p-xx-czj-1"))
            .putQuantities(Quantity.JOBS, whole(15))
            .build(),
        activity("a-xx-bing-technology", "2009-09-05", TECHNOLOGY_DELIVERY, "pp-xx-bing")
            .place("XX镇丙村")
            .addParticipants(lead("p-xx-kjj-1"))
            .addTags("送技术到村")
            .build(),
        activity("a-xx-wu-culture", "2009-08-18", CULTURE_DELIVERY, "pp-xx-wu")
            .place("XX镇戊村")
            .addParticipants(lead("p-xx-whj-1"))
            .addTags("送文化到村")
            .build(),
        activity("a-xx-ding-info", "2009-04-22", INFORMATION_SERVICE, "pp-xx-ding")
            .place("XX镇丁村")
            .addParticipants(lead("p-xx-nyj-1"), participant("p-xx-ding-villager"))
            .addTags("市场信息")
            .build(),
        activity("a-xx-ding-training", "2009-06-20", CADRE_TRAINING, "pp-xx-ding",
            "x-xx-cadre-nyj")
            .place("XX镇丁村")
            .addParticipants(lead("p-xx-nyj-cadre"))
            .addTags("村级干部、后备干部培训")
            .build(),
        activity("a-xx-ding-research", "2009-07-20", FIELD_RESEARCH, "pp-xx-ding")
            .place("XX镇丁村")
            .addParticipants(lead("p-xx-nyj-1"))
            .addTags("调研实践")
            .build());

    DoublePairingYear.addTo(data);
  }
}
