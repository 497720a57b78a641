package dev.huzhu.core.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huzhu.core.Dataset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * 城乡党组织党员双结对: the mode (一对一, 二对一, 三对一) comes from the number of unit branches, and
 * a pairing is a professional match (专业对口) when a unit's department suits the village's type:
 * 党群→软村, 政法→乱村, 经济→穷村, 涉农→专业村.
 */
class PartyPairingTest {

  // County units (县直单位) and villages of XX镇; the branch names are illustrative.
  private static final PartyBranch ORGANISATION = unit("pb-zzb", "县委组织部党支部",
      DepartmentCategory.PARTY_AND_MASS);
  private static final PartyBranch POLICE = unit("pb-gaj", "县公安局党支部",
      DepartmentCategory.POLITICAL_LEGAL);
  private static final PartyBranch AGRICULTURE = unit("pb-nyj", "县农业局党支部",
      DepartmentCategory.AGRICULTURAL);
  private static final PartyBranch ARCHIVES = unit("pb-dag", "县档案馆党支部",
      DepartmentCategory.OTHER);
  private static final PartyBranch POOR_VILLAGE = village("pb-dongcun", "东村党支部",
      VillageType.POOR);
  private static final PartyBranch DISORDERLY_VILLAGE = village("pb-xicun", "西村党支部",
      VillageType.DISORDERLY);

  private static final Dataset BRANCHES = Dataset.builder()
      .addPartyBranches(ORGANISATION, POLICE, AGRICULTURE, ARCHIVES, POOR_VILLAGE,
          DISORDERLY_VILLAGE)
      .build();

  // ---- mode

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "pb-zzb,                 ONE_TO_ONE",
      "pb-zzb pb-gaj,          TWO_TO_ONE",
      "pb-zzb pb-gaj pb-nyj,   THREE_TO_ONE"
  })
  void modeOfAPairingIsDerivedFromItsUnitCount(String units, PairingMode mode) {
    assertThat(pairing("pb-dongcun", units.split(" ")).mode()).contains(mode);
  }

  @Test
  void pairingWithNoOrFourUnitBranchesHasNoMode() {
    assertThat(pairing("pb-dongcun").mode()).isEmpty();
    assertThat(pairing("pb-dongcun", "pb-zzb", "pb-gaj", "pb-nyj", "pb-dag").mode()).isEmpty();
  }

  @ParameterizedTest(name = "{0} unit branches")
  @CsvSource({"1, ONE_TO_ONE", "2, TWO_TO_ONE", "3, THREE_TO_ONE"})
  void modeOfUnitCountAndUnitCountAgree(int units, PairingMode mode) {
    assertThat(PairingMode.ofUnitCount(units)).contains(mode);
    assertThat(mode.unitCount()).isEqualTo(units);
  }

  @ParameterizedTest(name = "{0} unit branches")
  @CsvSource({"-1", "0", "4", "7"})
  void modeOfUnitCountOutsideOneToThreeIsEmpty(int units) {
    assertThat(PairingMode.ofUnitCount(units)).isEmpty();
  }

  // ---- 专业对口 by category

  @ParameterizedTest(name = "{0} suits {1}")
  @CsvSource({
      "PARTY_AND_MASS,  WEAK",        // 党群部门重点帮扶软村
      "POLITICAL_LEGAL, DISORDERLY",  // 政法部门重点帮扶乱村
      "ECONOMIC,        POOR",        // 经济部门重点帮扶穷村
      "AGRICULTURAL,    SPECIALIZED"  // 涉农部门重点帮扶专业村
  })
  void eachDepartmentCategorySuitsItsVillageType(DepartmentCategory category, VillageType type) {
    assertThat(category.suits(type)).isTrue();
    assertThat(category.suitedVillage()).contains(type);
  }

  @ParameterizedTest(name = "{0} does not suit {1}")
  @CsvSource({
      "PARTY_AND_MASS,  POOR",
      "POLITICAL_LEGAL, WEAK",
      "ECONOMIC,        SPECIALIZED",
      "AGRICULTURAL,    DISORDERLY",
      "PARTY_AND_MASS,  ORDINARY",
      "ECONOMIC,        ORDINARY"
  })
  void aDepartmentCategoryDoesNotSuitAnotherVillageType(DepartmentCategory category,
      VillageType type) {
    assertThat(category.suits(type)).isFalse();
  }

  @ParameterizedTest(name = "OTHER does not suit {0}")
  @EnumSource(VillageType.class)
  void otherCategorySuitsNoVillageType(VillageType type) {
    assertThat(DepartmentCategory.OTHER.suits(type)).isFalse();
    assertThat(DepartmentCategory.OTHER.suitedVillage()).isEmpty();
  }

  // ---- 专业对口 of a pairing

  @Test
  void twoToOneIsProfessionalMatchWhenOnlyTheSecondUnitSuits() {
    // 党群 does not suit a 乱村, 政法 does: one suitable unit is enough.
    PartyPairing pairing = pairing("pb-xicun", "pb-zzb", "pb-gaj");

    assertThat(BRANCHES.isProfessionalMatch(pairing)).isTrue();
  }

  @Test
  void pairingIsNoProfessionalMatchWhenNoUnitSuits() {
    // A 穷村 wants an 经济 department; 党群, 政法 and 涉农 are none.
    PartyPairing pairing = pairing("pb-dongcun", "pb-zzb", "pb-gaj", "pb-nyj");

    assertThat(BRANCHES.isProfessionalMatch(pairing)).isFalse();
  }

  @Test
  void pairingWithAnUnknownVillageBranchIsNoProfessionalMatch() {
    // 政法 would suit a 乱村, but the village branch is not in the dataset.
    PartyPairing pairing = pairing("pb-nanwa", "pb-gaj");

    assertThat(BRANCHES.isProfessionalMatch(pairing)).isFalse();
  }

  @Test
  void pairingWhoseVillageIsAUnitBranchIsNoProfessionalMatch() {
    assertThat(BRANCHES.isProfessionalMatch(pairing("pb-zzb", "pb-gaj"))).isFalse();
  }

  // ----

  private static PartyPairing pairing(String village, String... units) {
    List<String> unitList = Arrays.asList(units);
    return PartyPairing.builder().id("pp-" + village).village(village).addAllUnits(unitList)
        .build();
  }

  private static PartyBranch unit(String id, String name, DepartmentCategory category) {
    return PartyBranch.builder().id(id).name(name).kind(BranchKind.COUNTY_UNIT)
        .category(category).build();
  }

  private static PartyBranch village(String id, String name, VillageType type) {
    return PartyBranch.builder().id(id).name(name).kind(BranchKind.VILLAGE).villageType(type)
        .build();
  }
}
