package dev.huzhu.core.pairing;

import com.google.common.collect.ImmutableList;
import dev.huzhu.core.internal.ValueChecks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 城乡党组织党员双结对: one village branch helped by one to three county-unit branches, with the
 * party members paired to villagers and, optionally, a cadre resident in the village (驻村专人).
 *
 * <p>The mode (一对一, 二对一, 三对一) is derived from the number of unit branches; whether the
 * pairing is a professional match (专业对口) needs the branches themselves and is answered by
 * {@link dev.huzhu.core.Dataset#isProfessionalMatch(PartyPairing)}. A pairing with no unit
 * branch or more than three is reported by dataset validation. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PartyPairing {
  public abstract String id();

  /** The id of the village branch helped. */
  public abstract String village();

  /** The ids of the county-unit branches that help, in order. */
  public abstract ImmutableList<String> units();

  /** The members paired (党员结对). */
  public abstract ImmutableList<MemberPair> memberPairs();

  /** The id of the cadre sent to live in the village (驻村专人), if any. */
  public abstract Optional<String> residentCadre();

  public static ImmutablePartyPairing.Builder builder() {
    return ImmutablePartyPairing.builder();
  }

  /** 一对一, 二对一 or 三对一; empty only for a pairing that validation rejects. */
  public Optional<PairingMode> mode() {
    return PairingMode.ofUnitCount(units().size());
  }

  @Value.Check
  protected void check() {
    ValueChecks.id("id", id());
    ValueChecks.id("village", village());
    ValueChecks.ids("units", units());
    residentCadre().ifPresent(c -> ValueChecks.id("residentCadre", c));
  }
}
