package dev.huzhu.core.validation;

import static dev.huzhu.core.validation.Problems.at;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.exchange.Exchange;
import dev.huzhu.core.exchange.ExchangeKind;
import dev.huzhu.core.pairing.BranchKind;
import dev.huzhu.core.pairing.MemberPair;
import dev.huzhu.core.pairing.PartyBranch;
import dev.huzhu.core.pairing.PartyPairing;
import dev.huzhu.core.pairing.StudentPairing;
import dev.huzhu.core.pairing.StudentPairingKind;
import dev.huzhu.core.person.Person;
import dev.huzhu.core.person.PersonRole;
import dev.huzhu.core.school.School;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** The rules of exchanges, student pairings and party pairings. */
final class PairingRules {
  private PairingRules() {}

  static void check(Problems problems) {
    Dataset d = problems.dataset;
    for (int i = 0; i < d.exchanges().size(); i++) {
      checkExchange(problems, d.exchanges().get(i), at("exchanges", i));
    }
    for (int i = 0; i < d.studentPairings().size(); i++) {
      checkStudentPairing(problems, d.studentPairings().get(i), at("studentPairings", i));
    }
    for (int i = 0; i < d.partyPairings().size(); i++) {
      checkPartyPairing(problems, d.partyPairings().get(i), at("partyPairings", i));
    }
  }

  private static void checkExchange(Problems problems, Exchange e, String path) {
    boolean person = problems.person(path + ".person", e.person(), "exchange " + e.id());
    boolean from = place(problems, e, e.from(), path + ".from", "from");
    if (person && from) {
      Person p = problems.dataset.person(e.person()).orElseThrow();
      if (!p.school().filter(e.from()::equals).isPresent()
          && !p.unit().filter(e.from()::equals).isPresent()) {
        problems.add(CoreProblemCode.EXCHANGE_NOT_FROM_HOME, path + ".person", "exchange " + e.id()
            + " sends " + p.id() + " from " + e.from() + ", but " + p.id() + " belongs to "
            + p.school().map(s -> "school " + s).orElse("") + (p.school().isPresent()
                && p.unit().isPresent() ? " and " : "") + p.unit().map(u -> "unit " + u).orElse(""));
      }
    }
    place(problems, e, e.to(), path + ".to", "to");
    if (e.from().equals(e.to())) {
      problems.add(CoreProblemCode.EXCHANGE_TO_SAME_PLACE, path + ".to", "exchange " + e.id()
          + " goes from " + e.from() + " to the same place");
    }
    if (e.end().isBefore(e.start())) {
      problems.add(CoreProblemCode.INVERTED_TERM, path + ".end", "exchange " + e.id()
          + "'s term ends on " + e.end() + ", before it starts on " + e.start());
    }
  }

  /** Teaching exchanges and shadowing are between schools; cadre exchanges also reach units. */
  private static boolean place(Problems problems, Exchange e, String id, String path, String end) {
    Dataset d = problems.dataset;
    boolean school = d.school(id).isPresent();
    boolean branch = d.partyBranch(id).isPresent();
    if (e.kind() == ExchangeKind.CADRE_EXCHANGE ? !(school || branch) : !school) {
      problems.add(CoreProblemCode.UNKNOWN_REFERENCE, path, "exchange " + e.id() + "'s " + end
          + " names " + id + ", which is not " + (e.kind() == ExchangeKind.CADRE_EXCHANGE
              ? "a school or party branch" : "a school") + " in the dataset");
      return false;
    }
    return true;
  }

  private static void checkStudentPairing(Problems problems, StudentPairing p, String path) {
    side(problems, p, p.urban(), path + ".urban", true);
    side(problems, p, p.rural(), path + ".rural", false);
  }

  private static void side(Problems problems, StudentPairing p, String id, String path,
      boolean urban) {
    if (!problems.person(path, id, "student pairing " + p.id())) {
      return;
    }
    Person person = problems.dataset.person(id).orElseThrow();
    boolean fits = person.is(PersonRole.STUDENT)
        || (p.kind() == StudentPairingKind.FAMILIES && person.is(PersonRole.PARENT));
    if (!fits) {
      problems.add(CoreProblemCode.WRONG_PERSON_ROLE, path, "student pairing " + p.id() + " of "
          + p.kind() + " names " + id + ", who is not a "
          + (p.kind() == StudentPairingKind.FAMILIES ? "student or parent" : "student"));
      return;
    }
    Optional<School> school = person.school().flatMap(problems.dataset::school);
    if (school.isEmpty() || school.get().locality().isRural() == urban) {
      problems.add(CoreProblemCode.PAIRING_NOT_URBAN_RURAL, path, "student pairing " + p.id()
          + "'s " + (urban ? "urban" : "rural") + " side " + id + " is "
          + school.map(s -> "at " + s.locality() + " school " + s.id()).orElse("at no school")
          + "; it must be at " + (urban ? "an URBAN school" : "a TOWNSHIP or VILLAGE school"));
    }
  }

  private static void checkPartyPairing(Problems problems, PartyPairing p, String path) {
    Dataset d = problems.dataset;
    branch(problems, p, p.village(), path + ".village", BranchKind.VILLAGE);
    if (p.units().isEmpty() || p.units().size() > 3) {
      problems.add(CoreProblemCode.UNIT_BRANCH_COUNT, path + ".units", "party pairing " + p.id()
          + " has " + p.units().size() + " unit branches; it needs one to three (一对一, 二对一, 三对一)");
    }
    Set<String> seen = new HashSet<>();
    for (int u = 0; u < p.units().size(); u++) {
      String unit = p.units().get(u);
      if (!seen.add(unit)) {
        problems.add(CoreProblemCode.DUPLICATE_UNIT_BRANCH, path + ".units[" + u + "]",
            "party pairing " + p.id() + " names unit branch " + unit + " twice");
      } else {
        branch(problems, p, unit, path + ".units[" + u + "]", BranchKind.COUNTY_UNIT);
      }
    }
    for (int m = 0; m < p.memberPairs().size(); m++) {
      MemberPair pair = p.memberPairs().get(m);
      String pairPath = path + ".memberPairs[" + m + "]";
      if (problems.person(pairPath + ".unitMember", pair.unitMember(), "party pairing " + p.id())) {
        Person member = d.person(pair.unitMember()).orElseThrow();
        if (!member.is(PersonRole.PARTY_MEMBER)) {
          problems.add(CoreProblemCode.WRONG_PERSON_ROLE, pairPath + ".unitMember", "party pairing "
              + p.id() + " pairs " + member.id() + ", who is not a PARTY_MEMBER");
        } else {
          belongs(problems, p, member, p.units().contains(member.unit().orElse("")),
              pairPath + ".unitMember", "one of its unit branches " + p.units());
        }
      }
      if (problems.person(pairPath + ".villageMember", pair.villageMember(),
          "party pairing " + p.id())) {
        Person villager = d.person(pair.villageMember()).orElseThrow();
        belongs(problems, p, villager, villager.unit().filter(p.village()::equals).isPresent(),
            pairPath + ".villageMember", "its village " + p.village());
      }
    }
    p.residentCadre().ifPresent(c -> {
      if (problems.person(path + ".residentCadre", c, "party pairing " + p.id())) {
        Person cadre = d.person(c).orElseThrow();
        belongs(problems, p, cadre, p.units().contains(cadre.unit().orElse("")),
            path + ".residentCadre", "one of its unit branches " + p.units());
      }
    });
  }

  private static void belongs(Problems problems, PartyPairing p, Person person, boolean fits,
      String path, String where) {
    if (!fits) {
      problems.add(CoreProblemCode.PERSON_OUTSIDE_PAIRING, path, "party pairing " + p.id()
          + " names " + person.id() + " of " + person.unit().map(u -> "unit " + u)
              .orElse("no unit") + ", not of " + where);
    }
  }

  private static void branch(Problems problems, PartyPairing p, String id, String path,
      BranchKind kind) {
    Optional<PartyBranch> branch = problems.dataset.partyBranch(id);
    if (branch.isEmpty()) {
      problems.add(CoreProblemCode.UNKNOWN_REFERENCE, path, "party pairing " + p.id()
          + " names branch " + id + ", which is not in the dataset");
    } else if (branch.get().kind() != kind) {
      problems.add(CoreProblemCode.WRONG_BRANCH_KIND, path, "party pairing " + p.id() + " names "
          + branch.get().kind() + " branch " + id + " where a " + kind + " branch is needed");
    }
  }
}
