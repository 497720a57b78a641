package dev.huzhu.core.community;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.huzhu.core.internal.ValueChecks;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A community of schools (城乡互助共同体 / 学校发展共同体): a core school (核心学校, 龙头学校)
 * and the member schools (成员学校, 结对学校) it pairs with, e.g. 靖边六小 with 红墩界中心小学,
 * 杨米涧九年制学校, 四柏树小学 and 东坑小桥畔小学.
 *
 * <p>A community is in force from {@link #established()} to {@link #ended()} inclusive, or open
 * ended. That the core school is not among the members, and that no school is in two communities
 * at once, are checked by dataset validation. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Community {
  public abstract String id();

  public abstract String name();

  /** The id of the core school. */
  public abstract String core();

  /**
   * The ids of the member schools, in the order given; at least one. A list, not a set, so that
   * a school named twice is reported rather than silently merged.
   */
  public abstract ImmutableList<String> members();

  public abstract Formation formation();

  /** The authority's programme, for a policy-assigned alliance. */
  public abstract Optional<Programme> programme();

  public abstract LocalDate established();

  /** The last day of the community, if it has ended. */
  public abstract Optional<LocalDate> ended();

  /** The community's aims (宗旨). */
  public abstract Optional<String> aims();

  public static ImmutableCommunity.Builder builder() {
    return ImmutableCommunity.builder();
  }

  /** The core school followed by the members, each once. */
  @Value.Lazy
  public ImmutableSet<String> schools() {
    return ImmutableSet.<String>builder().add(core()).addAll(members()).build();
  }

  /** Whether the community is in force on the date. */
  public boolean isInForceOn(LocalDate date) {
    return !date.isBefore(established()) && ended().map(e -> !date.isAfter(e)).orElse(true);
  }

  @Value.Check
  protected void check() {
    ValueChecks.id("id", id());
    ValueChecks.text("name", name());
    ValueChecks.id("core", core());
    ValueChecks.required(!members().isEmpty(), "members", "(a community has at least one member school)");
    ValueChecks.ids("members", members());
    aims().ifPresent(a -> ValueChecks.text("aims", a));
  }
}
