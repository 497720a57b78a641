package dev.huzhu.evaluation.form;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Function;

/**
 * The type of a field's value as a file writes it: a string, a decimal, a whole number, one of a
 * fixed list of words, a set or a list of such values, an object of a {@link Form}, or a value of
 * one of the kinds of a family (a measure inside a measure). The variants are closed: a reader of
 * files knows each of them. Immutable and thread-safe.
 *
 * @param <V> the Java type of the value
 */
public abstract sealed class FieldType<V> {
  private FieldType() {}

  /** Any string. */
  public static FieldType<String> string() {
    return Text.INSTANCE;
  }

  /** A decimal number, kept exactly as written. */
  public static FieldType<BigDecimal> decimal() {
    return Decimal.INSTANCE;
  }

  /** A whole number that fits an {@code int}. */
  public static FieldType<Integer> integer() {
    return Whole.INSTANCE;
  }

  /** One of the values, each written as its word; messages list the words in this order. */
  public static <V> FieldType<V> words(Iterable<V> values, Function<? super V, String> word) {
    return new Word<>(values, word);
  }

  /** One of an enum's constants, written as its name ({@code SENT_LESSON}). */
  public static <E extends Enum<E>> FieldType<E> enumOf(Class<E> type) {
    return words(Arrays.asList(type.getEnumConstants()), Enum::name);
  }

  /** A list that does not repeat an element, kept in the order written. */
  public static <E> FieldType<ImmutableSet<E>> setOf(FieldType<E> element) {
    return new SetOf<>(element);
  }

  /** A list of elements. */
  public static <E> FieldType<ImmutableList<E>> listOf(FieldType<E> element) {
    return new ListOf<>(element);
  }

  /** An object with the fields of a form; {@code noun} names it in messages: "a tier". */
  public static <E> FieldType<E> object(String noun, Form<E, ?> form) {
    return new Nested<>(noun, form);
  }

  /**
   * A value of one of the kinds a reader knows for the family that {@code type} belongs to (a
   * measure, written with its own {@code type}); a value of a kind outside {@code type} is refused
   * with {@code refusal} followed by ", not " and its word.
   */
  public static <E extends Kinded> FieldType<E> kindOf(Class<E> type, String refusal) {
    return new OfKind<>(type, refusal);
  }

  /** See {@link #string()}. */
  public static final class Text extends FieldType<String> {
    private static final Text INSTANCE = new Text();

    private Text() {}
  }

  /** See {@link #decimal()}. */
  public static final class Decimal extends FieldType<BigDecimal> {
    private static final Decimal INSTANCE = new Decimal();

    private Decimal() {}
  }

  /** See {@link #integer()}. */
  public static final class Whole extends FieldType<Integer> {
    private static final Whole INSTANCE = new Whole();

    private Whole() {}
  }

  /** See {@link #words(Iterable, Function)}. */
  public static final class Word<V> extends FieldType<V> {
    private final ImmutableMap<V, String> words;

    private Word(Iterable<V> values, Function<? super V, String> word) {
      ImmutableMap.Builder<V, String> b = ImmutableMap.builder();
      values.forEach(v -> b.put(v, Objects.requireNonNull(word.apply(v))));
      this.words = b.buildOrThrow();
    }

    /** Every value, in the order messages list them. */
    public ImmutableList<V> values() {
      return words.keySet().asList();
    }

    /** The word of a value. */
    public String word(V value) {
      String w = words.get(value);
      if (w == null) {
        throw new IllegalArgumentException("no word for " + value);
      }
      return w;
    }
  }

  /** See {@link #setOf(FieldType)}. */
  public static final class SetOf<E> extends FieldType<ImmutableSet<E>> {
    private final FieldType<E> element;

    private SetOf(FieldType<E> element) {
      this.element = Objects.requireNonNull(element);
    }

    /** The type of each element. */
    public FieldType<E> element() {
      return element;
    }
  }

  /** See {@link #listOf(FieldType)}. */
  public static final class ListOf<E> extends FieldType<ImmutableList<E>> {
    private final FieldType<E> element;

    private ListOf(FieldType<E> element) {
      this.element = Objects.requireNonNull(element);
    }

    /** The type of each element. */
    public FieldType<E> element() {
      return element;
    }
  }

  /** See {@link #object(String, Form)}. */
  public static final class Nested<E> extends FieldType<E> {
    private final String noun;
    private final Form<E, ?> form;

    private Nested(String noun, Form<E, ?> form) {
      this.noun = Objects.requireNonNull(noun);
      this.form = Objects.requireNonNull(form);
    }

    /** How messages name the object: "a tier". */
    public String noun() {
      return noun;
    }

    /** The fields of the object. */
    public Form<E, ?> form() {
      return form;
    }
  }

  /** See {@link #kindOf(Class, String)}. */
  public static final class OfKind<E extends Kinded> extends FieldType<E> {
    private final Class<E> type;
    private final String refusal;

    private OfKind(Class<E> type, String refusal) {
      this.type = Objects.requireNonNull(type);
      this.refusal = Objects.requireNonNull(refusal);
    }

    /** The type a value must have: {@code LogMeasure}. */
    public Class<E> type() {
      return type;
    }

    /** What a message says of a value of another kind, before ", not" and its word. */
    public String refusal() {
      return refusal;
    }
  }
}
