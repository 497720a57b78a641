package dev.huzhu.testkit.internal;

import com.google.common.collect.ImmutableList;
import dev.huzhu.core.Dataset;
import dev.huzhu.core.activity.Activity;
import dev.huzhu.core.activity.ImmutableActivity;
import dev.huzhu.core.activity.Participant;
import dev.huzhu.core.community.Community;
import dev.huzhu.core.exchange.Exchange;
import dev.huzhu.core.pairing.PartyPairing;
import dev.huzhu.core.pairing.StudentPairing;
import dev.huzhu.core.person.Person;
import dev.huzhu.core.school.School;
import dev.huzhu.core.score.ScoreRecord;
import dev.huzhu.core.team.Membership;
import dev.huzhu.core.team.Team;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Smaller datasets, each keeping what the rest refers to: what a shrinker proposes. Removing an
 * activity also removes the follow-ups that name it (使用指导、监督 of a delivery that is gone
 * would point nowhere).
 */
final class Removal {
  private Removal() {}

  /** The ids of the groups an activity can be credited to, in dataset order. */
  static List<String> groups(Dataset d) {
    List<String> ids = new ArrayList<>();
    d.teams().forEach(t -> ids.add(t.id()));
    d.exchanges().forEach(x -> ids.add(x.id()));
    d.studentPairings().forEach(p -> ids.add(p.id()));
    d.partyPairings().forEach(p -> ids.add(p.id()));
    return ids;
  }

  /**
   * Without these groups: they leave every activity's credited list, and an activity credited to
   * none of the others goes too.
   */
  static Dataset withoutGroups(Dataset d, Set<String> ids) {
    Set<String> orphans = new HashSet<>();
    List<Activity> activities = new ArrayList<>();
    for (Activity a : d.activities()) {
      if (a.credited().stream().noneMatch(ids::contains)) {
        activities.add(a);
        continue;
      }
      ImmutableList<String> kept = a.credited().stream().filter(c -> !ids.contains(c))
          .collect(ImmutableList.toImmutableList());
      if (kept.isEmpty()) {
        orphans.add(a.id());
      } else {
        activities.add(ImmutableActivity.copyOf(a).withCredited(kept));
      }
    }
    Dataset fewer = Dataset.builder().copyFrom(d)
        .teams(d.teams().stream().filter(t -> !ids.contains(t.id())).toList())
        .exchanges(d.exchanges().stream().filter(x -> !ids.contains(x.id())).toList())
        .studentPairings(d.studentPairings().stream().filter(p -> !ids.contains(p.id())).toList())
        .partyPairings(d.partyPairings().stream().filter(p -> !ids.contains(p.id())).toList())
        .activities(activities)
        .build();
    return orphans.isEmpty() ? fewer : withoutActivities(fewer, orphans);
  }

  /** Without these activities and, in turn, every follow-up of one removed. */
  static Dataset withoutActivities(Dataset d, Set<String> ids) {
    Set<String> gone = new HashSet<>(ids);
    boolean more = true;
    while (more) {
      more = false;
      for (Activity a : d.activities()) {
        if (!gone.contains(a.id()) && a.followUpOf().filter(gone::contains).isPresent()) {
          more |= gone.add(a.id());
        }
      }
    }
    return Dataset.builder().copyFrom(d)
        .activities(d.activities().stream().filter(a -> !gone.contains(a.id())).toList()).build();
  }

  /** Without the score records of these keys. */
  static Dataset withoutScores(Dataset d, Set<String> keys) {
    return Dataset.builder().copyFrom(d)
        .scores(d.scores().stream().filter(r -> !keys.contains(r.key())).toList()).build();
  }

  /** Without the people that nothing refers to: no team, exchange, pairing or activity. */
  static Dataset withoutIdlePeople(Dataset d) {
    Set<String> used = new HashSet<>();
    for (Team t : d.teams()) {
      t.members().stream().map(Membership::person).forEach(used::add);
    }
    d.exchanges().stream().map(Exchange::person).forEach(used::add);
    for (StudentPairing p : d.studentPairings()) {
      used.add(p.urban());
      used.add(p.rural());
    }
    for (PartyPairing p : d.partyPairings()) {
      p.memberPairs().forEach(m -> {
        used.add(m.unitMember());
        used.add(m.villageMember());
      });
      p.residentCadre().ifPresent(used::add);
    }
    d.activities().forEach(a -> a.participants().stream().map(Participant::person).forEach(used::add));
    return Dataset.builder().copyFrom(d)
        .people(d.people().stream().filter(p -> used.contains(p.id())).toList()).build();
  }

  /**
   * Without the communities no team belongs to, then the schools and party branches nothing
   * refers to any more.
   */
  static Dataset withoutIdlePlaces(Dataset d) {
    Set<String> communities = new HashSet<>();
    d.teams().forEach(t -> communities.add(t.community()));
    List<Community> keptCommunities = d.communities().stream()
        .filter(c -> communities.contains(c.id())).toList();
    Set<String> places = new HashSet<>();
    for (Person p : d.people()) {
      p.school().ifPresent(places::add);
      p.unit().ifPresent(places::add);
    }
    keptCommunities.forEach(c -> places.addAll(c.schools()));
    d.exchanges().forEach(x -> {
      places.add(x.from());
      places.add(x.to());
    });
    d.activities().forEach(a -> a.host().ifPresent(places::add));
    d.scores().stream().map(ScoreRecord::school).forEach(places::add);
    for (PartyPairing p : d.partyPairings()) {
      places.add(p.village());
      places.addAll(p.units());
    }
    // a school kept keeps the 中心学校 that runs it, and that one its own
    boolean more = true;
    while (more) {
      more = false;
      for (School s : d.schools()) {
        if (places.contains(s.id()) && s.administeredBy().isPresent()) {
          more |= places.add(s.administeredBy().get());
        }
      }
    }
    return Dataset.builder().copyFrom(d).communities(keptCommunities)
        .schools(d.schools().stream().filter(s -> places.contains(s.id())).toList())
        .partyBranches(d.partyBranches().stream().filter(b -> places.contains(b.id())).toList())
        .build();
  }

  static List<String> activityIds(Dataset d) {
    return d.activities().stream().map(Activity::id).toList();
  }

  static List<String> scoreKeys(Dataset d) {
    return d.scores().stream().map(ScoreRecord::key).toList();
  }
}
