package dev.huzhu.examples;

import com.google.common.collect.ImmutableList;
import dev.huzhu.core.Dataset;
import dev.huzhu.core.community.Community;
import dev.huzhu.core.community.Formation;
import dev.huzhu.core.community.Programme;
import dev.huzhu.core.pairing.PairingMode;
import dev.huzhu.core.pairing.PartyBranch;
import dev.huzhu.core.pairing.PartyPairing;
import dev.huzhu.core.pairing.VillageType;
import dev.huzhu.core.person.Person;
import dev.huzhu.core.school.Locality;
import dev.huzhu.core.school.School;
import dev.huzhu.core.school.Stage;
import dev.huzhu.core.team.Membership;
import dev.huzhu.core.team.Team;
import dev.huzhu.core.team.TeamKind;
import dev.huzhu.core.team.TeamRole;
import dev.huzhu.core.validation.Problem;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Prints the seed's communities (城乡互助共同体) and party pairings (党员双结对): for each community
 * its formation, founding date, core and member schools and its teams with their leader or host
 * (and, for a team that divides its work, each member's 分工);
 * then each party pairing's village, mode (一对一/二对一/三对一), unit branches and whether it is a
 * professional match (专业对口).
 *
 * <p>The first line says how many problems validation found. An invalid dataset is not printed:
 * its problems are, and {@link #main} exits with status 1. Students and parents are never named;
 * were one to lead a team, their id would be printed instead.
 *
 * <p>{@code java -cp examples/target/huzhu-examples.jar dev.huzhu.examples.SeedCommunities}; the
 * output is UTF-8.
 */
public final class SeedCommunities {
  private SeedCommunities() {}

  /** Prints {@link SeedDataset#dataset()} to standard output; exits 1 if it is invalid. */
  public static void main(String[] args) {
    // UTF-8 whatever the platform's default, so the Chinese names survive a Windows console pipe.
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true,
        StandardCharsets.UTF_8);
    Dataset dataset = SeedDataset.dataset();
    print(dataset, out);
    out.flush();
    if (!dataset.validate().isEmpty()) {
      System.exit(1);
    }
  }

  /**
   * Prints the dataset's communities and party pairings, in dataset order, after a header line
   * that gives the number of validation problems; prints the problems instead when there are any.
   */
  public static void print(Dataset dataset, PrintStream out) {
    ImmutableList<Problem> problems = dataset.validate();
    out.println("huzhu — the seed's communities (validated: " + problems.size() + " problems)");
    if (!problems.isEmpty()) {
      // Look-ups on an invalid dataset may find nothing; list what is wrong and stop.
      problems.forEach(p -> out.println("  " + p));
      return;
    }
    for (Community c : dataset.communities()) {
      out.println();
      printCommunity(dataset, c, out);
    }
    if (!dataset.partyPairings().isEmpty()) {
      out.println();
      out.println("城乡党组织党员双结对 (party pairings)");
      for (PartyPairing p : dataset.partyPairings()) {
        out.println("  " + pairingLine(dataset, p));
      }
    }
  }

  private static void printCommunity(Dataset dataset, Community c, PrintStream out) {
    out.println(c.name() + " (" + c.id() + ")");
    out.println("  formation: " + formation(c));
    out.println("  established: " + c.established()
        + c.ended().map(e -> ", ended " + e).orElse(""));
    School core = dataset.school(c.core()).orElseThrow();
    out.println("  core school: " + core.name() + " (" + locality(core.locality()) + ", "
        + core.county() + ")");
    out.println("  member schools:");
    for (String id : c.members()) {
      School s = dataset.school(id).orElseThrow();
      out.println("    " + s.name() + " (" + locality(s.locality()) + ", " + stage(s.stage())
          + ")");
    }
    List<Team> teams = dataset.teams().stream().filter(t -> t.community().equals(c.id()))
        .collect(Collectors.toList());
    if (teams.isEmpty()) {
      out.println("  teams: none");
      return;
    }
    out.println("  teams:");
    for (Team t : teams) {
      out.println("    " + teamLine(dataset, t));
      // a team that divides its work (管理分工): who carries which duties
      for (Membership m : t.members()) {
        if (!m.duties().isEmpty()) {
          out.println("      分工 " + displayName(dataset, m.person()) + ": "
              + String.join("；", m.duties()));
        }
      }
    }
  }

  /** {@code SUBJECT_RESEARCH_GROUP 三年级数学中心教研组: leader X, 6 members}. */
  static String teamLine(Dataset dataset, Team t) {
    String lead = t.leader().map(m -> leadWord(m) + " " + displayName(dataset, m.person()))
        .orElse("no single leader");
    int n = t.members().size();
    return t.kind() + " " + t.name().orElse(teamKind(t.kind())) + ": " + lead + ", " + n
        + (n == 1 ? " member" : " members");
  }

  /** {@code XX镇甲村 (WEAK 软村): 一对一 — 县委组织部; 专业对口: yes}. */
  static String pairingLine(Dataset dataset, PartyPairing p) {
    PartyBranch village = dataset.partyBranch(p.village()).orElseThrow();
    String type = village.villageType().map(t -> " (" + t + " " + villageType(t) + ")")
        .orElse("");
    String units = p.units().stream()
        .map(u -> dataset.partyBranch(u).map(PartyBranch::name).orElse(u))
        .collect(Collectors.joining(", "));
    String mode = p.mode().map(SeedCommunities::mode).orElse(p.units().size() + " units");
    return village.name() + type + ": " + mode + " — " + units + "; 专业对口: "
        + (dataset.isProfessionalMatch(p) ? "yes" : "no");
  }

  private static String leadWord(Membership m) {
    return m.role() == TeamRole.HOST ? "host" : "leader";
  }

  /** A person's name, or their id for a student or parent (minors are never named). */
  private static String displayName(Dataset dataset, String personId) {
    return dataset.person(personId).filter(Person::isNameable).map(Person::name).orElse(personId);
  }

  private static String formation(Community c) {
    String formation = c.formation() + " " + (c.formation() == Formation.POLICY_ASSIGNED
        ? "政命结盟" : "民间结盟");
    return formation + c.programme().map(p -> ", programme " + p + " " + programme(p)).orElse("");
  }

  // The label switches are exhaustive, so a new enum constant fails to compile here rather than
  // printing a wrong label.

  private static String programme(Programme p) {
    return switch (p) {
      case BUNDLED_SUPPORT -> "捆绑帮扶";
      case LEAD_GOOSE -> "领雁工程";
      case HAND_IN_HAND -> "手拉手";
      case OTHER -> "其他";
    };
  }

  private static String locality(Locality l) {
    return switch (l) {
      case URBAN -> "URBAN 城区";
      case TOWNSHIP -> "TOWNSHIP 乡镇";
      case VILLAGE -> "VILLAGE 村";
    };
  }

  private static String stage(Stage s) {
    return switch (s) {
      case PRIMARY -> "PRIMARY 小学";
      case NINE_YEAR -> "NINE_YEAR 九年一贯制";
      case JUNIOR_SECONDARY -> "JUNIOR_SECONDARY 初中";
    };
  }

  private static String teamKind(TeamKind k) {
    return switch (k) {
      case LEADERSHIP_GROUP -> "领导小组";
      case PRINCIPAL_STUDIO -> "校长工作室";
      case SUBJECT_ALLIANCE -> "学科联盟";
      case MIDDLE_MANAGEMENT_TEAM -> "中层干部互动团队";
      case CLASS_TEACHER_TEAM -> "班主任协同团队";
      case SUBJECT_RESEARCH_GROUP -> "学科中心教研组";
    };
  }

  private static String villageType(VillageType t) {
    return switch (t) {
      case WEAK -> "软村";
      case DISORDERLY -> "乱村";
      case POOR -> "穷村";
      case SPECIALIZED -> "专业村";
      case ORDINARY -> "一般村";
    };
  }

  private static String mode(PairingMode m) {
    return switch (m) {
      case ONE_TO_ONE -> "一对一";
      case TWO_TO_ONE -> "二对一";
      case THREE_TO_ONE -> "三对一";
    };
  }
}
