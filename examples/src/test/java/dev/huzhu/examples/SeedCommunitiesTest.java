package dev.huzhu.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.person.Person;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What {@link SeedCommunities} prints, line by line, and what it never prints. */
class SeedCommunitiesTest {

  @Test
  void firstLineCountsTheProblems() {
    assertThat(print(SeedDataset.dataset()).get(0))
        .isEqualTo("huzhu — the seed's communities (validated: 0 problems)");
  }

  @Test
  void jingbianBlockListsCoreMembersAndTeam() {
    assertThat(print(SeedDataset.dataset())).containsSequence(
        "靖边六小城乡互助共同体 (c-jb6)",
        "  formation: POLICY_ASSIGNED 政命结盟, programme OTHER 其他",
        "  established: 2012-09-01",
        "  core school: 靖边六小 (URBAN 城区, 靖边县)",
        "  member schools:",
        "    红墩界中心小学 (TOWNSHIP 乡镇, PRIMARY 小学)",
        "    杨米涧九年制学校 (TOWNSHIP 乡镇, NINE_YEAR 九年一贯制)",
        "    四柏树小学 (VILLAGE 村, PRIMARY 小学)",
        "    东坑小桥畔小学 (VILLAGE 村, PRIMARY 小学)",
        "  teams:",
        // 校长 + 副校长 + four member principals
        "    LEADERSHIP_GROUP 靖边六小城乡互助共同体领导小组: leader 靖边六小校长, 6 members",
        // 进行了管理分工: each member's duties, in the team's order, joined by ；
        "      分工 靖边六小校长: 全面负责共同体帮扶工作；主持制定定期研究方案",
        "      分工 靖边六小主管业务副校长: 负责送教下乡和同课异构等教学研究活动；负责互派教师的安排与考核",
        "      分工 红墩界中心小学校长: 负责组织手拉手活动经验交流会；负责校园网站建设与资源共享",
        "      分工 杨米涧九年制学校校长: 负责共同开展教育科研",
        "      分工 四柏树小学校长: 负责接收交流教师的管理",
        "      分工 东坑小桥畔小学校长: 负责本校干部教师观摩锻炼的安排",
        "");
  }

  @Test
  void teamsShowTheirLeaderOrHost() {
    List<String> lines = print(SeedDataset.dataset());
    assertThat(lines).contains(
        "    LEADERSHIP_GROUP 诸城市实验小学城乡互助共同体领导小组: leader 谢建伟, 6 members",
        // leader + 3 deputies (辛兴 standing for 林家村 too) + 2 members
        "    SUBJECT_RESEARCH_GROUP 三年级数学中心教研组: leader 诸城市实验小学三年级数学名师, 6 members",
        "    PRINCIPAL_STUDIO 校长工作室: host 巴南区城区小学乙校长, 4 members",
        "  formation: VOLUNTARY 民间结盟");
  }

  @Test
  void jiningHasNoTeams() {
    assertThat(print(SeedDataset.dataset())).containsSequence(
        "  core school: 济宁学院附小科苑校区 (URBAN 城区, 济宁高新区)",
        "  member schools:",
        "    接庄十里营小学 (VILLAGE 村, PRIMARY 小学)",
        "  teams: none");
  }

  @Test
  void partyPairingsShowModeUnitsAndProfessionalMatch() {
    assertThat(print(SeedDataset.dataset())).endsWith(
        "城乡党组织党员双结对 (party pairings)",
        "  XX镇甲村 (WEAK 软村): 一对一 — 县委组织部; 专业对口: yes",
        "  XX镇乙村 (DISORDERLY 乱村): 二对一 — 县公安局, 县文化局; 专业对口: yes",
        "  XX镇丙村 (POOR 穷村): 三对一 — 县财政局, 县农业局, 县科技局; 专业对口: yes",
        "  XX镇丁村 (SPECIALIZED 专业村): 一对一 — 县农业局; 专业对口: yes",
        "  XX镇戊村 (ORDINARY 一般村): 一对一 — 县文化局; 专业对口: no");
  }

  @Test
  void noStudentOrParentIsNamed() {
    Dataset seed = SeedDataset.dataset();
    List<String> minors = seed.people().stream().filter(p -> !p.isNameable())
        .map(Person::name).collect(Collectors.toList());
    assertThat(minors).isNotEmpty();
    String output = String.join("\n", print(seed));
    for (String name : minors) {
      assertThat(output).doesNotContain(name);
    }
  }

  @Test
  void anInvalidDatasetPrintsItsProblemsInstead() {
    Dataset seed = SeedDataset.dataset();
    // the first school once more: one duplicate id, nothing else
    Dataset invalid = Dataset.builder().copyFrom(seed).addSchools(seed.schools().get(0)).build();
    List<String> lines = print(invalid);
    assertThat(lines.get(0)).isEqualTo("huzhu — the seed's communities (validated: 1 problems)");
    assertThat(lines).hasSize(2);
    assertThat(lines.get(1)).startsWith("  DUPLICATE_ID at schools[" + seed.schools().size() + "].id");
  }

  private static List<String> print(Dataset dataset) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    SeedCommunities.print(dataset, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8).lines().collect(Collectors.toList());
  }
}
