package dev.huzhu.examples;

import static dev.huzhu.core.activity.ActivityKind.LESSON_DISCUSSION;
import static dev.huzhu.core.activity.ActivityKind.LESSON_EVALUATION;
import static dev.huzhu.core.activity.ActivityKind.LESSON_OBSERVATION;
import static dev.huzhu.core.activity.ActivityKind.SENT_LESSON;
import static dev.huzhu.core.activity.Participant.lead;
import static dev.huzhu.core.activity.Participant.participant;
import static dev.huzhu.core.person.PersonRole.BACKBONE_TEACHER;
import static dev.huzhu.core.person.PersonRole.PRINCIPAL;
import static dev.huzhu.core.person.PersonRole.VICE_PRINCIPAL;
import static dev.huzhu.core.team.TeamRole.LEADER;
import static dev.huzhu.core.team.TeamRole.MEMBER;
import static dev.huzhu.examples.SeedValues.activity;
import static dev.huzhu.examples.SeedValues.person;
import static dev.huzhu.examples.SeedValues.school;
import static dev.huzhu.examples.SeedValues.teacher;
import static dev.huzhu.examples.SeedValues.whole;

import dev.huzhu.core.ImmutableDataset;
import dev.huzhu.core.activity.Direction;
import dev.huzhu.core.activity.Quantity;
import dev.huzhu.core.community.Community;
import dev.huzhu.core.community.Formation;
import dev.huzhu.core.community.Programme;
import dev.huzhu.core.school.Locality;
import dev.huzhu.core.school.SchoolSubject;
import dev.huzhu.core.school.Stage;
import dev.huzhu.core.team.Membership;
import dev.huzhu.core.team.Team;
import dev.huzhu.core.team.TeamKind;
import java.time.LocalDate;

/**
 * 第一篇: 靖边六小 "城乡互助——对口帮扶": 靖边六小's community of four township and village
 * schools, its 领导小组, and the 2012-11-13 送教下乡 day.
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

    data.addTeams(Team.builder()
        .id("g-jb6-lead")
        .kind(TeamKind.LEADERSHIP_GROUP)
        .name("靖边六小城乡互助共同体领导小组")
        .community("c-jb6")
        .addMembers(
            Membership.of("p-jb6-principal", LEADER),
            Membership.of("p-jb6-vp", MEMBER),
            Membership.of("p-jb-hdj-principal", MEMBER),
            Membership.of("p-jb-ymj-principal", MEMBER),
            Membership.of("p-jb-sbs-principal", MEMBER),
            Membership.of("p-jb-xqp-principal", MEMBER))
        .build());

    // 2012-11-13: 六小's 主管业务领导 led a 送教下乡 to "我校", the member school that wrote the
    // summary. The seed does not say which member that is; we place it at 红墩界中心小学.
    String day = "2012-11-13";
    String host = "s-jb-hdj";
    data.addActivities(
        activity("a-jb-20121113-sent", day, SENT_LESSON, "g-jb6-lead")
            .host(host)
            .direction(Direction.URBAN_TO_RURAL)
            .addParticipants(lead("p-jb6-chinese"), lead("p-jb6-math"),
                participant("p-jb6-vp"))
            .putQuantities(Quantity.LESSONS, whole(2))
            .addTags("送教下乡", "示范引领")
            .build(),
        activity("a-jb-20121113-observe", day, LESSON_OBSERVATION, "g-jb6-lead")
            .host(host)
            .addParticipants(participant("p-jb-hdj-principal"), participant("p-jb-hdj-chinese"),
                participant("p-jb-hdj-math"), participant("p-jb6-vp"))
            .addTags("教学观摩")
            .build(),
        activity("a-jb-20121113-evaluate", day, LESSON_EVALUATION, "g-jb6-lead")
            .host(host)
            .addParticipants(lead("p-jb6-vp"), participant("p-jb-hdj-chinese"),
                participant("p-jb-hdj-math"))
            .build(),
        activity("a-jb-20121113-discuss", day, LESSON_DISCUSSION, "g-jb6-lead")
            .host(host)
            .addParticipants(lead("p-jb6-vp"), participant("p-jb-hdj-principal"),
                participant("p-jb6-chinese"), participant("p-jb6-math"),
                participant("p-jb-hdj-chinese"), participant("p-jb-hdj-math"))
            .addTags("集体交流探讨")
            .build());
  }
}
