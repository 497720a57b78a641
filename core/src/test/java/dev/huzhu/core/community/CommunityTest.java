package dev.huzhu.core.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.huzhu.core.InvalidValueException;
import dev.huzhu.core.validation.CoreProblemCode;
import dev.huzhu.core.validation.Problem;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * 靖边六小's community: 靖边六小 core, 红墩界中心小学、杨米涧九年制学校、四柏树小学、东坑小桥畔小学
 * members; the dates it is in force.
 */
class CommunityTest {

  private static final LocalDate ESTABLISHED = LocalDate.of(2012, 9, 1);
  private static final LocalDate ENDED = LocalDate.of(2014, 7, 31);

  @Test
  void inForceOnTheDayItIsEstablished() {
    assertThat(jingbian().ended(ENDED).build().isInForceOn(ESTABLISHED)).isTrue();
    // and in between, e.g. 2012-11-13: 送教下乡 from 靖边六小.
    assertThat(jingbian().ended(ENDED).build().isInForceOn(LocalDate.of(2012, 11, 13))).isTrue();
  }

  @Test
  void inForceOnItsLastDay() {
    assertThat(jingbian().ended(ENDED).build().isInForceOn(ENDED)).isTrue();
  }

  @Test
  void notInForceTheDayBeforeItIsEstablished() {
    assertThat(jingbian().ended(ENDED).build().isInForceOn(LocalDate.of(2012, 8, 31))).isFalse();
  }

  @Test
  void notInForceTheDayAfterItEnds() {
    assertThat(jingbian().ended(ENDED).build().isInForceOn(LocalDate.of(2014, 8, 1))).isFalse();
  }

  @Test
  void openEndedCommunityIsInForceForeverAfter() {
    Community open = jingbian().build();

    assertThat(open.isInForceOn(ESTABLISHED)).isTrue();
    assertThat(open.isInForceOn(LocalDate.of(2099, 12, 31))).isTrue();
    assertThat(open.isInForceOn(LocalDate.MAX)).isTrue();
    assertThat(open.isInForceOn(LocalDate.of(2012, 8, 31))).isFalse();
  }

  @Test
  void schoolsAreTheCoreFollowedByTheMembers() {
    assertThat(jingbian().build().schools())
        .containsExactly("jb-6", "jb-hdj", "jb-ymj", "jb-sbs", "jb-dkxqp");
  }

  @Test
  void schoolsListEachSchoolOnceEvenWhenTheCoreIsAlsoAMember() {
    // Validation reports the core among the members; schools() still names it once, first.
    Community c = jingbian().addMembers("jb-6").build();

    assertThat(c.schools()).containsExactly("jb-6", "jb-hdj", "jb-ymj", "jb-sbs", "jb-dkxqp");
    assertThat(c.members()).hasSize(5);
  }

  @Test
  void communityWithoutMembersIsRefused() {
    Problem problem = assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> Community.builder().id("c-jb6").name("靖边六小城乡互助共同体")
            .core("jb-6").formation(Formation.POLICY_ASSIGNED).established(ESTABLISHED).build())
        .actual().problem();

    assertThat(problem.code()).isEqualTo(CoreProblemCode.MISSING_FIELD);
    assertThat(problem.path()).isEqualTo("members");
  }

  private static ImmutableCommunity.Builder jingbian() {
    return Community.builder().id("c-jb6").name("靖边六小城乡互助共同体").core("jb-6")
        .addMembers("jb-hdj", "jb-ymj", "jb-sbs", "jb-dkxqp")
        .formation(Formation.POLICY_ASSIGNED).programme(Programme.BUNDLED_SUPPORT)
        .established(ESTABLISHED).aims("携手共创美好农村教育");
  }
}
