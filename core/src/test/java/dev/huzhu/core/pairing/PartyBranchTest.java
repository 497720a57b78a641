package dev.huzhu.core.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.huzhu.core.InvalidValueException;
import dev.huzhu.core.validation.CoreProblemCode;
import dev.huzhu.core.validation.Problem;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * A party branch is either a county unit's (县直单位), with its department category, or a
 * village's, with its village type — never both, never neither.
 */
class PartyBranchTest {

  @Test
  void countyUnitBranchCarriesItsCategory() {
    PartyBranch branch = PartyBranch.builder().id("pb-zzb").name("县委组织部党支部")
        .kind(BranchKind.COUNTY_UNIT).category(DepartmentCategory.PARTY_AND_MASS).build();

    assertThat(branch.category()).contains(DepartmentCategory.PARTY_AND_MASS);
    assertThat(branch.villageType()).isEmpty();
  }

  @Test
  void villageBranchCarriesItsType() {
    PartyBranch branch = PartyBranch.builder().id("pb-dongcun").name("东村党支部")
        .kind(BranchKind.VILLAGE).villageType(VillageType.WEAK).build();

    assertThat(branch.villageType()).contains(VillageType.WEAK);
    assertThat(branch.category()).isEmpty();
  }

  @Test
  void countyUnitBranchWithoutCategoryIsRefused() {
    Problem problem = refusal(() -> PartyBranch.builder().id("pb-zzb").name("县委组织部党支部")
        .kind(BranchKind.COUNTY_UNIT).build());

    assertThat(problem.code()).isEqualTo(CoreProblemCode.MISSING_FIELD);
    assertThat(problem.path()).isEqualTo("category");
  }

  @Test
  void countyUnitBranchWithVillageTypeIsRefused() {
    Problem problem = refusal(() -> PartyBranch.builder().id("pb-zzb").name("县委组织部党支部")
        .kind(BranchKind.COUNTY_UNIT).category(DepartmentCategory.PARTY_AND_MASS)
        .villageType(VillageType.WEAK).build());

    assertThat(problem.code()).isEqualTo(CoreProblemCode.FIELD_NOT_ALLOWED);
    assertThat(problem.path()).isEqualTo("villageType");
  }

  @Test
  void villageBranchWithoutTypeIsRefused() {
    Problem problem = refusal(() -> PartyBranch.builder().id("pb-dongcun").name("东村党支部")
        .kind(BranchKind.VILLAGE).build());

    assertThat(problem.code()).isEqualTo(CoreProblemCode.MISSING_FIELD);
    assertThat(problem.path()).isEqualTo("villageType");
  }

  @Test
  void villageBranchWithCategoryIsRefused() {
    Problem problem = refusal(() -> PartyBranch.builder().id("pb-dongcun").name("东村党支部")
        .kind(BranchKind.VILLAGE).villageType(VillageType.WEAK)
        .category(DepartmentCategory.ECONOMIC).build());

    assertThat(problem.code()).isEqualTo(CoreProblemCode.FIELD_NOT_ALLOWED);
    assertThat(problem.path()).isEqualTo("category");
  }

  private static Problem refusal(ThrowingCallable build) {
    return assertThatExceptionOfType(InvalidValueException.class).isThrownBy(build).actual()
        .problem();
  }
}
