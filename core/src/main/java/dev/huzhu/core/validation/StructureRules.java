package dev.huzhu.core.validation;

import static dev.huzhu.core.validation.Problems.at;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.community.Community;
import dev.huzhu.core.person.Person;
import dev.huzhu.core.person.PersonRole;
import dev.huzhu.core.school.School;
import dev.huzhu.core.team.Membership;
import dev.huzhu.core.team.Team;
import dev.huzhu.core.team.TeamKind;
import dev.huzhu.core.team.TeamRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The rules of schools, people, communities and teams. */
final class StructureRules {
  private StructureRules() {}

  static void check(Problems problems) {
    Dataset d = problems.dataset;
    for (int i = 0; i < d.schools().size(); i++) {
      School s = d.schools().get(i);
      String path = at("schools", i);
      s.administeredBy().ifPresent(a -> problems.school(path + ".administeredBy", a,
          "school " + s.id() + "'s administeredBy"));
    }
    for (int i = 0; i < d.people().size(); i++) {
      Person p = d.people().get(i);
      String path = at("people", i);
      p.school().ifPresent(s -> problems.school(path + ".school", s, "person " + p.id()));
      p.unit().ifPresent(u -> {
        if (d.partyBranch(u).isEmpty()) {
          problems.add(CoreProblemCode.UNKNOWN_REFERENCE, path + ".unit", "person " + p.id()
              + " names unit " + u + ", which is not a party branch in the dataset");
        }
      });
    }
    checkCommunities(problems);
    for (int i = 0; i < d.teams().size(); i++) {
      checkTeam(problems, d.teams().get(i), at("teams", i));
    }
  }

  private static void checkCommunities(Problems problems) {
    Dataset d = problems.dataset;
    // school id -> indexes of the communities that contain it, each once
    Map<String, List<Integer>> containing = new HashMap<>();
    for (int i = 0; i < d.communities().size(); i++) {
      Community c = d.communities().get(i);
      String path = at("communities", i);
      problems.school(path + ".core", c.core(), "community " + c.id() + "'s core");
      Set<String> seen = new HashSet<>();
      for (int m = 0; m < c.members().size(); m++) {
        String member = c.members().get(m);
        String memberPath = path + ".members[" + m + "]";
        if (member.equals(c.core())) {
          problems.add(CoreProblemCode.CORE_SCHOOL_AS_MEMBER, memberPath, "community " + c.id()
              + " lists its core school " + member + " among its members");
        } else if (!seen.add(member)) {
          problems.add(CoreProblemCode.DUPLICATE_MEMBER_SCHOOL, memberPath, "community " + c.id()
              + " lists member school " + member + " twice");
        } else {
          problems.school(memberPath, member, "community " + c.id() + "'s member");
        }
      }
      c.ended().filter(e -> e.isBefore(c.established())).ifPresent(e ->
          problems.add(CoreProblemCode.ENDED_BEFORE_ESTABLISHED, path + ".ended", "community "
              + c.id() + " ends on " + e + ", before it was established on " + c.established()));

      for (String school : c.schools()) {
        List<Integer> earlier = containing.computeIfAbsent(school, k -> new ArrayList<>());
        for (int j : earlier) {
          Community other = d.communities().get(j);
          if (overlap(c, other)) {
            String where = school.equals(c.core()) ? path + ".core"
                : path + ".members[" + c.members().indexOf(school) + "]";
            problems.add(CoreProblemCode.SCHOOL_IN_TWO_COMMUNITIES, where, "school " + school
                + " is in community " + c.id() + " (" + span(c) + ") and in community "
                + other.id() + " (" + span(other) + ") at the same time");
          }
        }
        earlier.add(i);
      }
    }
  }

  private static boolean overlap(Community a, Community b) {
    LocalDate start = a.established().isAfter(b.established()) ? a.established() : b.established();
    LocalDate endA = a.ended().orElse(LocalDate.MAX);
    LocalDate endB = b.ended().orElse(LocalDate.MAX);
    return !start.isAfter(endA.isBefore(endB) ? endA : endB);
  }

  private static String span(Community c) {
    return c.established() + " to " + c.ended().map(LocalDate::toString).orElse("now");
  }

  private static void checkTeam(Problems problems, Team t, String path) {
    Dataset d = problems.dataset;
    Optional<Community> community = d.community(t.community());
    if (community.isEmpty()) {
      problems.add(CoreProblemCode.UNKNOWN_REFERENCE, path + ".community", "team " + t.id()
          + " names community " + t.community() + ", which is not in the dataset");
    }
    List<String> leads = t.members().stream().filter(m -> m.role().isLead())
        .map(Membership::person).collect(Collectors.toList());
    if (leads.size() != 1) {
      problems.add(CoreProblemCode.LEADER_COUNT, path + ".members", "team " + t.id()
          + (leads.isEmpty() ? " has no leader or host"
              : " has " + leads.size() + " leaders or hosts: " + String.join(" and ", leads))
          + "; a team has exactly one");
    }
    boolean researchGroup = t.kind() == TeamKind.SUBJECT_RESEARCH_GROUP;
    Set<String> seen = new HashSet<>();
    Map<String, String> deputyFor = new LinkedHashMap<>();
    for (int i = 0; i < t.members().size(); i++) {
      Membership m = t.members().get(i);
      String memberPath = path + ".members[" + i + "]";
      if (!seen.add(m.person())) {
        problems.add(CoreProblemCode.DUPLICATE_TEAM_MEMBER, memberPath + ".person", "team "
            + t.id() + " lists person " + m.person() + " twice");
        continue;
      }
      if (!problems.person(memberPath + ".person", m.person(), "team " + t.id() + "'s member")
          || community.isEmpty()) {
        continue;
      }
      Community c = community.get();
      Optional<String> school = d.person(m.person()).flatMap(Person::school);
      if (school.isEmpty() || !c.schools().contains(school.get())) {
        problems.add(CoreProblemCode.MEMBER_OUTSIDE_COMMUNITY, memberPath + ".person", "team "
            + t.id() + "'s member " + m.person() + (school.isEmpty() ? " belongs to no school"
                : " is from school " + school.get()) + ", not a school of community " + c.id());
        continue;
      }
      if (!researchGroup) {
        continue;
      }
      if (m.role().isLead() && !school.get().equals(c.core())) {
        problems.add(CoreProblemCode.LEADER_NOT_FROM_CORE_SCHOOL, memberPath + ".person",
            "research group " + t.id() + "'s leader " + m.person() + " is from school "
                + school.get() + ", not from the core school " + c.core());
      } else if (m.role().isLead() && !teaches(d.person(m.person()).orElseThrow())) {
        problems.add(CoreProblemCode.WRONG_PERSON_ROLE, memberPath + ".person", "research group "
            + t.id() + "'s leader " + m.person() + " is not a teacher; a 中心教研组 is led by one");
      }
      if (m.role() == TeamRole.DEPUTY) {
        checkDeputy(problems, t, c, m, school.get(), memberPath, deputyFor);
      }
    }
  }

  private static boolean teaches(Person p) {
    return p.is(PersonRole.TEACHER) || p.is(PersonRole.BACKBONE_TEACHER)
        || p.is(PersonRole.FAMOUS_TEACHER) || p.is(PersonRole.CLASS_TEACHER);
  }

  private static void checkDeputy(Problems problems, Team t, Community c, Membership m,
      String school, String memberPath, Map<String, String> deputyFor) {
    if (school.equals(c.core())) {
      problems.add(CoreProblemCode.DEPUTY_NOT_FROM_MEMBER_SCHOOL, memberPath + ".person",
          "research group " + t.id() + "'s deputy " + m.person() + " is from the core school "
              + school + "; deputies come from member schools");
      return;
    }
    List<String> stands = new ArrayList<>();
    stands.add(school);
    for (int k = 0; k < m.represents().size(); k++) {
      String r = m.represents().get(k);
      if (stands.contains(r)) {
        problems.add(CoreProblemCode.DUPLICATE_REFERENCE, memberPath + ".represents[" + k + "]",
            "deputy " + m.person() + " of research group " + t.id() + " represents " + r
                + (r.equals(school) ? ", their own school" : " twice"));
      } else if (!c.members().contains(r)) {
        problems.add(CoreProblemCode.DEPUTY_NOT_FROM_MEMBER_SCHOOL, memberPath + ".represents["
            + k + "]", "deputy " + m.person() + " of research group " + t.id() + " represents "
            + r + ", which is not a member school of community " + c.id());
      } else {
        stands.add(r);
      }
    }
    for (String s : stands) {
      String earlier = deputyFor.putIfAbsent(s, m.person());
      if (earlier != null && !earlier.equals(m.person())) {
        problems.add(CoreProblemCode.TWO_DEPUTIES_FROM_ONE_SCHOOL, memberPath, "research group "
            + t.id() + " has two deputies for school " + s + ": " + earlier + " and " + m.person());
      }
    }
  }
}
