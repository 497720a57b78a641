package dev.huzhu.core;

import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.huzhu.core.activity.Activity;
import dev.huzhu.core.community.Community;
import dev.huzhu.core.exchange.Exchange;
import dev.huzhu.core.pairing.PartyBranch;
import dev.huzhu.core.pairing.PartyPairing;
import dev.huzhu.core.pairing.StudentPairing;
import dev.huzhu.core.person.Person;
import dev.huzhu.core.school.School;
import dev.huzhu.core.score.ScoreRecord;
import dev.huzhu.core.score.ScoreUnit;
import dev.huzhu.core.team.Membership;
import dev.huzhu.core.team.Team;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The look-up tables of a {@link Dataset}, built once on first use. Where ids are duplicated (an
 * invalid dataset) the first element wins, so that validation itself can use the tables.
 */
final class DatasetIndex {
  final ImmutableMap<String, School> schools;
  final ImmutableMap<String, Person> people;
  final ImmutableMap<String, Community> communities;
  final ImmutableMap<String, Team> teams;
  final ImmutableMap<String, Exchange> exchanges;
  final ImmutableMap<String, StudentPairing> studentPairings;
  final ImmutableMap<String, PartyBranch> partyBranches;
  final ImmutableMap<String, PartyPairing> partyPairings;
  final ImmutableMap<String, Activity> activities;
  /**
   * The ids an activity can be credited to (groups, schools, communities) in one set: a log of
   * millions of records asks for each credited id, which would otherwise take up to six maps.
   */
  final ImmutableSet<String> creditTargets;
  final ImmutableListMultimap<String, Community> communitiesBySchool;
  final ImmutableListMultimap<String, Team> teamsByPerson;
  final ImmutableMap<String, ImmutableSet<String>> schoolsByTeam;
  final ImmutableListMultimap<String, Activity> activitiesByGroup;
  final ImmutableListMultimap<String, Activity> followUps;
  final ImmutableListMultimap<ScoreUnit, ScoreRecord> scoresByUnit;
  final ImmutableListMultimap<String, ScoreRecord> scoresBySchool;

  DatasetIndex(Dataset d) {
    schools = byId(d.schools(), School::id);
    people = byId(d.people(), Person::id);
    communities = byId(d.communities(), Community::id);
    teams = byId(d.teams(), Team::id);
    exchanges = byId(d.exchanges(), Exchange::id);
    studentPairings = byId(d.studentPairings(), StudentPairing::id);
    partyBranches = byId(d.partyBranches(), PartyBranch::id);
    partyPairings = byId(d.partyPairings(), PartyPairing::id);
    activities = byId(d.activities(), Activity::id);
    creditTargets = ImmutableSet.<String>builder().addAll(teams.keySet())
        .addAll(partyPairings.keySet()).addAll(studentPairings.keySet())
        .addAll(exchanges.keySet()).addAll(schools.keySet()).addAll(communities.keySet()).build();

    ImmutableListMultimap.Builder<String, Community> bySchool = ImmutableListMultimap.builder();
    for (Community c : d.communities()) {
      for (String s : c.schools()) {
        bySchool.put(s, c);
      }
    }
    communitiesBySchool = bySchool.build();

    ImmutableListMultimap.Builder<String, Team> byPerson = ImmutableListMultimap.builder();
    for (Team t : d.teams()) {
      ImmutableSet<String> members = t.members().stream().map(Membership::person)
          .collect(ImmutableSet.toImmutableSet());
      for (String p : members) {
        byPerson.put(p, t);
      }
    }
    teamsByPerson = byPerson.build();

    Map<String, ImmutableSet<String>> bySchools = new LinkedHashMap<>();
    for (Team t : d.teams()) {
      bySchools.putIfAbsent(t.id(), t.members().stream()
          .map(m -> people.get(m.person()))
          .filter(p -> p != null && p.school().isPresent())
          .map(p -> p.school().get())
          .collect(ImmutableSet.toImmutableSet()));
    }
    schoolsByTeam = ImmutableMap.copyOf(bySchools);

    ImmutableListMultimap.Builder<String, Activity> byGroup = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<String, Activity> followed = ImmutableListMultimap.builder();
    for (Activity a : d.activities()) {
      for (String g : ImmutableSet.copyOf(a.credited())) {
        byGroup.put(g, a);
      }
      a.followUpOf().ifPresent(f -> followed.put(f, a));
    }
    activitiesByGroup = byGroup.build();
    followUps = followed.build();

    ImmutableListMultimap.Builder<ScoreUnit, ScoreRecord> byUnit = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<String, ScoreRecord> atSchool = ImmutableListMultimap.builder();
    for (ScoreRecord r : d.scores()) {
      byUnit.put(r.scoreUnit(), r);
      atSchool.put(r.school(), r);
    }
    scoresByUnit = byUnit.build();
    scoresBySchool = atSchool.build();
  }

  private static <T> ImmutableMap<String, T> byId(List<T> values, Function<T, String> id) {
    Map<String, T> map = new LinkedHashMap<>();
    for (T v : values) {
      map.putIfAbsent(id.apply(v), v);
    }
    return ImmutableMap.copyOf(map);
  }
}
