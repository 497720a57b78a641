package dev.huzhu.core.synthetic;

import static dev.huzhu.core.activity.ActivityKind.*;

import com.google.common.collect.ImmutableList;
import dev.huzhu.core.ImmutableDataset;
import dev.huzhu.core.activity.ActivityKind;
import dev.huzhu.core.exchange.Exchange;
import dev.huzhu.core.exchange.ExchangeKind;
import dev.huzhu.core.pairing.BranchKind;
import dev.huzhu.core.pairing.DepartmentCategory;
import dev.huzhu.core.pairing.MemberPair;
import dev.huzhu.core.pairing.PartyBranch;
import dev.huzhu.core.pairing.ImmutablePartyPairing;
import dev.huzhu.core.pairing.PartyPairing;
import dev.huzhu.core.pairing.VillageType;
import dev.huzhu.core.person.Person;
import dev.huzhu.core.person.PersonRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Generates 城乡党组织党员双结对: county-unit branches (a pool that villages share), village
 * branches, their members, the pairings (mostly 一对一, some 二对一 and 三对一; about half a
 * professional match) and a few cadre exchanges.
 */
final class PartyGenerator {
  /** The categories of {@link Names#unit(int)}'s departments, in the same order. */
  private static final DepartmentCategory[] CATEGORIES = {
      DepartmentCategory.PARTY_AND_MASS, DepartmentCategory.PARTY_AND_MASS,
      DepartmentCategory.PARTY_AND_MASS, DepartmentCategory.PARTY_AND_MASS,
      DepartmentCategory.POLITICAL_LEGAL, DepartmentCategory.POLITICAL_LEGAL,
      DepartmentCategory.POLITICAL_LEGAL, DepartmentCategory.ECONOMIC, DepartmentCategory.ECONOMIC,
      DepartmentCategory.ECONOMIC, DepartmentCategory.AGRICULTURAL, DepartmentCategory.AGRICULTURAL,
      DepartmentCategory.AGRICULTURAL, DepartmentCategory.AGRICULTURAL, DepartmentCategory.OTHER,
      DepartmentCategory.OTHER};

  /** Money and goods come most often (形式大多是送钱送物), so they are listed twice. */
  private static final ImmutableList<ActivityKind> PAIRING_KINDS = ImmutableList.of(
      FUNDS_COORDINATED, FUNDS_COORDINATED, MATERIALS_DELIVERED, MATERIALS_DELIVERED,
      PRACTICAL_DEED, POLICY_PUBLICITY, JOINT_ACTIVITY, JOB_PLACEMENT, CULTURE_DELIVERY,
      TECHNOLOGY_DELIVERY, PROJECT_DELIVERY, INFORMATION_SERVICE, FIELD_RESEARCH, CADRE_TRAINING);

  private final SplittableRandom random;
  private final ImmutableDataset.Builder data;
  private final List<GroupProfile> groups;

  PartyGenerator(SplittableRandom random, ImmutableDataset.Builder data, List<GroupProfile> groups) {
    this.random = random;
    this.data = data;
    this.groups = groups;
  }

  void generate(int pairings) {
    if (pairings == 0) {
      return;
    }
    int unitCount = Math.max(3, (pairings * 3 + 1) / 2);
    List<PartyBranch> units = new ArrayList<>();
    List<List<String>> unitMembers = new ArrayList<>();
    for (int u = 0; u < unitCount; u++) {
      PartyBranch unit = PartyBranch.builder().id("b-u" + (u + 1)).name(Names.unit(u) + "党支部")
          .kind(BranchKind.COUNTY_UNIT).category(CATEGORIES[u % CATEGORIES.length]).build();
      units.add(unit);
      data.addPartyBranches(unit);
      List<String> members = new ArrayList<>();
      for (int m = 1; m <= 2; m++) {
        String id = "p-u" + (u + 1) + "-" + m;
        data.addPeople(Person.builder().id(id).name(Names.person(random))
            .addRoles(PersonRole.CADRE, PersonRole.PARTY_MEMBER).unit(unit.id()).build());
        members.add(id);
      }
      unitMembers.add(members);
    }
    for (int v = 1; v <= pairings; v++) {
      village(v, units, unitMembers);
    }
  }

  private void village(int v, List<PartyBranch> units, List<List<String>> unitMembers) {
    VillageType type = VillageType.values()[random.nextInt(VillageType.values().length)];
    String villageName = Names.place(v + 40) + "村";
    PartyBranch village = PartyBranch.builder().id("b-v" + v).name(villageName + "党支部")
        .kind(BranchKind.VILLAGE).villageType(type).build();
    data.addPartyBranches(village);
    List<String> villagers = new ArrayList<>();
    for (int m = 1; m <= 3; m++) {
      String id = "p-v" + v + "-" + m;
      data.addPeople(Person.builder().id(id).name(Names.person(random))
          .addRoles(m == 1 ? PersonRole.PARTY_MEMBER : PersonRole.VILLAGER).unit(village.id()).build());
      villagers.add(id);
    }

    int roll = random.nextInt(10);
    int mode = roll < 6 ? 1 : roll < 9 ? 2 : 3;
    List<Integer> chosen = new ArrayList<>();
    if (random.nextBoolean()) {
      // 专业对口: start from a unit whose department suits this village, if there is one
      for (int u = 0; u < units.size(); u++) {
        if (units.get(u).category().orElseThrow().suits(type)) {
          chosen.add(u);
          break;
        }
      }
    }
    while (chosen.size() < mode) {
      int u = random.nextInt(units.size());
      if (!chosen.contains(u)) {
        chosen.add(u);
      }
    }
    ImmutablePartyPairing.Builder pairing = PartyPairing.builder().id("pp" + v).village(village.id());
    List<String> helpers = new ArrayList<>();
    for (int u : chosen) {
      pairing.addUnits(units.get(u).id());
      helpers.addAll(unitMembers.get(u));
    }
    int pairs = 1 + random.nextInt(3);
    for (int m = 0; m < pairs; m++) {
      pairing.addMemberPairs(MemberPair.of(helpers.get(m % helpers.size()), villagers.get(m)));
    }
    Optional<String> cadre = random.nextBoolean() ? Optional.of(unitMembers.get(chosen.get(0)).get(0))
        : Optional.empty();
    cadre.ifPresent(pairing::residentCadre);
    data.addPartyPairings(pairing.build());
    groups.add(new GroupProfile("pp" + v, PAIRING_KINDS, ImmutableList.copyOf(helpers),
        ImmutableList.copyOf(villagers), ImmutableList.of(), Optional.of(villageName),
        Optional.empty(), Optional.empty(), Curriculum.YEAR_START, Curriculum.YEAR_END));

    if (v % 3 == 1) {
      // 城乡干部双向学习: a county cadre spends a term in the village
      String person = unitMembers.get(chosen.get(0)).get(1);
      Exchange x = Exchange.builder().id("x-cadre" + v).person(person).kind(ExchangeKind.CADRE_EXCHANGE)
          .from(units.get(chosen.get(0)).id()).to(village.id()).start(LocalDate.of(2012, 10, 1))
          .end(LocalDate.of(2013, 6, 30)).build();
      data.addExchanges(x);
      groups.add(new GroupProfile(x.id(), ImmutableList.of(CADRE_TRAINING, FIELD_RESEARCH,
          POLICY_PUBLICITY, INFORMATION_SERVICE), ImmutableList.of(person), ImmutableList.copyOf(villagers),
          ImmutableList.of(), Optional.of(villageName), Optional.empty(), Optional.empty(), x.start(), x.end()));
    }
  }
}
