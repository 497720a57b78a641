package dev.huzhu.examples;

import static dev.huzhu.core.activity.ActivityKind.PAIRING_CEREMONY;
import static dev.huzhu.core.activity.Participant.lead;
import static dev.huzhu.core.activity.Participant.participant;
import static dev.huzhu.core.person.PersonRole.PARENT;
import static dev.huzhu.core.person.PersonRole.STUDENT;
import static dev.huzhu.core.person.PersonRole.TEACHER;
import static dev.huzhu.examples.SeedValues.activity;
import static dev.huzhu.examples.SeedValues.person;
import static dev.huzhu.examples.SeedValues.school;
import static dev.huzhu.examples.SeedValues.studentPairing;

import dev.huzhu.core.ImmutableDataset;
import dev.huzhu.core.community.Community;
import dev.huzhu.core.community.Formation;
import dev.huzhu.core.community.Programme;
import dev.huzhu.core.pairing.StudentPairingKind;
import dev.huzhu.core.school.Locality;
import dev.huzhu.core.school.Stage;
import java.time.LocalDate;

/**
 * 第四篇: 济宁学院附小科苑校区 × 接庄十里营小学 "相约中国梦 快乐共成长": the 手拉手 of pupils
 * and families and its 2016-03-15 启动仪式.
 */
final class Jining {
  private Jining() {}

  static void addTo(ImmutableDataset.Builder data) {
    String county = "济宁高新区";
    data.addSchools(
        school("s-jn-kyxq", "济宁学院附小科苑校区", Locality.URBAN, Stage.PRIMARY, county),
        school("s-jn-slyy", "接庄十里营小学", Locality.VILLAGE, Stage.PRIMARY, county));
    data.addCommunities(Community.builder()
        .id("c-jn")
        .name("济宁学院附小科苑校区城乡手拉手结对")
        .core("s-jn-kyxq")
        .addMembers("s-jn-slyy")
        // Set up under 市少工委's 城乡手拉手精准扶贫行动.
        .formation(Formation.POLICY_ASSIGNED)
        .programme(Programme.HAND_IN_HAND)
        .established(LocalDate.of(2016, 3, 15))
        .aims("相约中国梦 快乐共成长")
        .build());
    data.addPeople(
        person("p-jn-kyxq-counsellor", "济宁学院附小科苑校区少先队辅导员", "s-jn-kyxq", TEACHER),
        person("p-jn-slyy-counsellor", "接庄十里营小学少先队辅导员", "s-jn-slyy", TEACHER),
        person("p-jn-pupil-kyxq-1", "科苑校区学生01", "s-jn-kyxq", STUDENT),
        person("p-jn-pupil-kyxq-2", "科苑校区学生02", "s-jn-kyxq", STUDENT),
        person("p-jn-pupil-slyy-1", "十里营小学学生01", "s-jn-slyy", STUDENT),
        person("p-jn-pupil-slyy-2", "十里营小学学生02", "s-jn-slyy", STUDENT),
        person("p-jn-parent-kyxq-1", "科苑校区家长01", "s-jn-kyxq", PARENT),
        person("p-jn-parent-slyy-1", "十里营小学家长01", "s-jn-slyy", PARENT));
    data.addStudentPairings(
        studentPairing("sp-jn-1", "p-jn-pupil-kyxq-1", "p-jn-pupil-slyy-1",
            StudentPairingKind.STUDENTS),
        studentPairing("sp-jn-2", "p-jn-pupil-kyxq-2", "p-jn-pupil-slyy-2",
            StudentPairingKind.STUDENTS),
        // 小手拉大手: the families are drawn in too.
        studentPairing("sp-jn-3", "p-jn-parent-kyxq-1", "p-jn-parent-slyy-1",
            StudentPairingKind.FAMILIES));
    data.addActivities(activity("a-jn-20160315-ceremony", "2016-03-15", PAIRING_CEREMONY,
        "sp-jn-1", "sp-jn-2", "sp-jn-3")
        .host("s-jn-slyy")
        .addParticipants(lead("p-jn-kyxq-counsellor"), participant("p-jn-slyy-counsellor"),
            participant("p-jn-pupil-kyxq-1"), participant("p-jn-pupil-kyxq-2"),
            participant("p-jn-pupil-slyy-1"), participant("p-jn-pupil-slyy-2"))
        .addTags("启动仪式", "小手拉大手•献爱心•暖万家")
        .build());
  }
}
