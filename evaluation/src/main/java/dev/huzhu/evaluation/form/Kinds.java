package dev.huzhu.evaluation.form;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The kinds of one family — measures, scorings — that policy files may name, each by its word,
 * in the order messages list them. {@link #with} gives a copy with a kind added, which is how a
 * program names a measure of its own. Immutable and thread-safe.
 *
 * @param <T> the family
 */
public final class Kinds<T extends Kinded> {
  private final Class<T> family;
  private final String noun;
  private final ImmutableMap<String, Kind<? extends T>> byWord;

  private Kinds(Class<T> family, String noun, ImmutableMap<String, Kind<? extends T>> byWord) {
    this.family = Objects.requireNonNull(family);
    this.noun = Objects.requireNonNull(noun);
    this.byWord = byWord;
  }

  /**
   * The kinds of a family that messages call {@code noun} ("measure").
   *
   * @throws IllegalArgumentException when two kinds share a word
   */
  @SafeVarargs
  public static <T extends Kinded> Kinds<T> of(Class<T> family, String noun,
      Kind<? extends T>... kinds) {
    ImmutableList.Builder<Kind<? extends T>> list = ImmutableList.builder();
    for (Kind<? extends T> kind : kinds) {
      list.add(kind);
    }
    return new Kinds<>(family, noun, ImmutableMap.of()).with(list.build());
  }

  /**
   * These kinds and one more, listed last.
   *
   * @throws IllegalArgumentException when a kind already has its word
   */
  public Kinds<T> with(Kind<? extends T> kind) {
    return with(ImmutableList.of(kind));
  }

  private Kinds<T> with(Iterable<? extends Kind<? extends T>> more) {
    Map<String, Kind<? extends T>> all = new LinkedHashMap<>(byWord);
    for (Kind<? extends T> kind : more) {
      if (all.putIfAbsent(kind.word(), kind) != null) {
        throw new IllegalArgumentException("two " + noun + "s are named " + kind.word());
      }
    }
    return new Kinds<>(family, noun, ImmutableMap.copyOf(all));
  }

  /** The type every value of the family has: {@code Measure}. */
  public Class<T> family() {
    return family;
  }

  /** How messages name a value of the family: "measure". */
  public String noun() {
    return noun;
  }

  /** The kind named {@code word}. */
  public Optional<Kind<? extends T>> find(String word) {
    return Optional.ofNullable(byWord.get(word));
  }

  /** The words of the kinds, in order. */
  public ImmutableList<String> words() {
    return byWord.keySet().asList();
  }

  @Override
  public String toString() {
    return noun + "s " + words();
  }
}
