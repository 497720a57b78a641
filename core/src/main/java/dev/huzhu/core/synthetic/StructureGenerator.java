package dev.huzhu.core.synthetic;

import dev.huzhu.core.ImmutableDataset;
import dev.huzhu.core.community.Community;
import dev.huzhu.core.community.Formation;
import dev.huzhu.core.community.ImmutableCommunity;
import dev.huzhu.core.community.Programme;
import dev.huzhu.core.school.ImmutableSchool;
import dev.huzhu.core.school.Locality;
import dev.huzhu.core.school.School;
import dev.huzhu.core.school.Stage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates the communities of schools, valid by construction: each community's schools and the
 * community itself here, then its staff ({@link Staff}), teams ({@link TeamGenerator}), exchanges
 * ({@link ExchangeGenerator}) and student pairings ({@link StudentPairingGenerator}), all drawing
 * on one random source in this order. Party pairings and score records have generators of their
 * own ({@link PartyGenerator}, {@link ScoreGenerator}).
 */
final class StructureGenerator {
  private static final String AIMS = "以教师专业发展、学校特色发展、城乡均衡发展为目的,以课堂教学研究为主线";

  private final SplittableRandom random;
  private final ImmutableDataset.Builder data;
  private final TeamGenerator teams;
  private final ExchangeGenerator exchanges;
  private final StudentPairingGenerator studentPairings;

  StructureGenerator(SplittableRandom random, ImmutableDataset.Builder data, List<GroupProfile> groups) {
    this.random = random;
    this.data = data;
    this.teams = new TeamGenerator(random, data, groups);
    this.exchanges = new ExchangeGenerator(random, data, groups);
    this.studentPairings = new StudentPairingGenerator(random, data, groups);
  }

  /** Generates community number {@code c} (1-based) and everything in it. */
  void community(int c) {
    String county = Names.COUNTIES[(c - 1) % Names.COUNTIES.length];
    List<School> schools = new ArrayList<>();
    School core = School.builder().id("s" + c + "-0").name(county + "第" + c + "实验小学")
        .locality(Locality.URBAN).stage(Stage.PRIMARY).county(county).build();
    schools.add(core);
    int memberCount = 2 + random.nextInt(3);
    for (int j = 1; j <= memberCount; j++) {
      boolean centre = j == 1;
      boolean village = !centre && random.nextInt(3) > 0;
      Stage stage = !centre && random.nextInt(4) == 0 ? Stage.NINE_YEAR : Stage.PRIMARY;
      String place = Names.place((c - 1) * 5 + j - 1);
      ImmutableSchool.Builder school = School.builder().id("s" + c + "-" + j)
          .name(place + (centre ? "中心小学" : stage == Stage.NINE_YEAR ? "九年制学校" : "小学"))
          .locality(village ? Locality.VILLAGE : Locality.TOWNSHIP).stage(stage).county(county);
      if (village && random.nextBoolean()) {
        school.administeredBy("s" + c + "-1");
      }
      schools.add(school.build());
    }
    data.addAllSchools(schools);

    List<String> memberIds = schools.stream().skip(1).map(School::id).toList();
    ImmutableCommunity.Builder community = Community.builder().id("c" + c).name(core.name() + "城乡互助共同体")
        .core(core.id()).members(memberIds).established(LocalDate.of(2011, 3, 1).plusDays(7L * c))
        .aims(AIMS);
    if (c % 3 == 0) {
      community.formation(Formation.VOLUNTARY);
    } else {
      community.formation(Formation.POLICY_ASSIGNED)
          .programme(Programme.values()[c % 3 == 1 ? 0 : 1 + random.nextInt(2)]);
    }
    data.addCommunities(community.build());

    Staff staff = new Staff(random, data);
    for (School school : schools) {
      staff.add(school, school == core);
    }
    teams.teams(c, core, schools, staff);
    exchanges.exchanges(c, core, schools, staff);
    studentPairings.studentPairings(c, core, schools);
  }
}
