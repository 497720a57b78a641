package dev.huzhu.testkit.property;

import com.google.common.collect.ImmutableList;
import dev.huzhu.core.Dataset;
import dev.huzhu.core.activity.ImmutableActivity;
import dev.huzhu.core.community.ImmutableCommunity;
import dev.huzhu.core.exchange.ImmutableExchange;
import dev.huzhu.core.pairing.ImmutablePartyPairing;
import dev.huzhu.core.team.ImmutableMembership;
import dev.huzhu.core.team.ImmutableTeam;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A reordering of every list of a dataset: the top-level collections and the lists inside values
 * (a team's members, a community's member schools, an activity's credited groups and participants,
 * a pairing's unit branches and member pairs, a deputy's represented schools, an exchange's
 * duties). A valid dataset stays valid: no rule depends on the order of a list.
 */
abstract class Reorder {
  abstract <T> ImmutableList<T> apply(List<T> list);

  /** A seeded shuffle: the same seed and dataset give the same order. */
  static Reorder shuffle(long seed) {
    Random random = new Random(seed);
    return new Reorder() {
      @Override
      <T> ImmutableList<T> apply(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, random);
        return ImmutableList.copyOf(copy);
      }
    };
  }

  static Reorder reverse() {
    return new Reorder() {
      @Override
      <T> ImmutableList<T> apply(List<T> list) {
        return ImmutableList.copyOf(list).reverse();
      }
    };
  }

  /** The dataset with every list reordered. */
  Dataset of(Dataset d) {
    return Dataset.builder()
        .schools(apply(d.schools()))
        .people(apply(d.people()))
        .communities(apply(d.communities().stream().map(c -> ImmutableCommunity.copyOf(c)
            .withMembers(apply(c.members()))).toList()))
        .teams(apply(d.teams().stream().map(t -> ImmutableTeam.copyOf(t)
            .withMembers(apply(t.members().stream().map(m -> ImmutableMembership.copyOf(m)
                .withRepresents(apply(m.represents()))).toList()))).toList()))
        .exchanges(apply(d.exchanges().stream().map(x -> ImmutableExchange.copyOf(x)
            .withDuties(apply(x.duties()))).toList()))
        .studentPairings(apply(d.studentPairings()))
        .partyBranches(apply(d.partyBranches()))
        .partyPairings(apply(d.partyPairings().stream().map(p -> ImmutablePartyPairing.copyOf(p)
            .withUnits(apply(p.units())).withMemberPairs(apply(p.memberPairs()))).toList()))
        .activities(apply(d.activities().stream().map(a -> ImmutableActivity.copyOf(a)
            .withCredited(apply(a.credited())).withParticipants(apply(a.participants()))).toList()))
        .scores(apply(d.scores()))
        .build();
  }
}
