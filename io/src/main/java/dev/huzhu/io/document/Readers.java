package dev.huzhu.io.document;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.huzhu.io.IoProblemCode;
import dev.huzhu.io.internal.tree.TreeReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The readers of the scalar types and collections the formats use, for reading documents of one's
 * own with huzhu's strictness: each refuses what is not of its type with a problem that says what
 * was expected. Immutable and thread-safe.
 */
public final class Readers {
  private Readers() {}

  /** Any string. */
  public static final Reader<String> STRING = (node, path, problems) -> {
    if (!expect(node, Node.Type.STRING, path, problems)) {
      return Optional.empty();
    }
    return Optional.of(node.text());
  };

  /** A JSON number, exactly as written (scale kept: 87.50 stays 87.50). */
  public static final Reader<BigDecimal> DECIMAL = (node, path, problems) -> {
    if (!expect(node, Node.Type.NUMBER, path, problems)) {
      return Optional.empty();
    }
    return Optional.of(node.number());
  };

  /** A whole number that fits an int. */
  public static final Reader<Integer> INT = (node, path, problems) -> {
    if (!expect(node, Node.Type.NUMBER, path, problems)) {
      return Optional.empty();
    }
    Optional<Integer> whole = wholeNumber(node.number());
    // the path's text is built only for a problem: a large dataset reads millions of numbers
    return whole.isPresent() ? whole
        : wholeNumber(node.number(), path.toString(), node.line(), node.column(), problems);
  };

  /** true or false. */
  public static final Reader<Boolean> BOOLEAN = (node, path, problems) -> {
    if (!expect(node, Node.Type.BOOLEAN, path, problems)) {
      return Optional.empty();
    }
    return Optional.of(node.booleanValue());
  };

  /** An ISO-8601 calendar date written as a string: {@code 2012-11-13}. */
  public static final Reader<LocalDate> DATE = (node, path, problems) -> {
    if (!expect(node, Node.Type.STRING, path, problems)) {
      return Optional.empty();
    }
    Optional<LocalDate> date = isoDate(node.text());
    return date.isPresent() ? date
        : date(node.text(), path.toString(), node.line(), node.column(), problems);
  };

  private static Optional<Integer> wholeNumber(BigDecimal n) {
    try {
      return Optional.of(n.intValueExact());
    } catch (ArithmeticException e) {
      return Optional.empty();
    }
  }

  /** The common form yyyy-mm-dd of a valid date; empty for anything else. */
  private static Optional<LocalDate> isoDate(String text) {
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-'
        && digits(text, 0, 4) && digits(text, 5, 7) && digits(text, 8, 10)) {
      try {
        return Optional.of(LocalDate.of(Integer.parseInt(text, 0, 4, 10),
            Integer.parseInt(text, 5, 7, 10), Integer.parseInt(text, 8, 10, 10)));
      } catch (java.time.DateTimeException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** A whole number that fits an int, or a problem. */
  public static Optional<Integer> wholeNumber(BigDecimal n, String path, int line, int column,
      Decoding problems) {
    try {
      return Optional.of(n.intValueExact());
    } catch (ArithmeticException e) {
      problems.add(IoProblemCode.BAD_NUMBER, path, line, column, n.toPlainString().length() > 20
          ? "expected a whole number, found a number out of range"
          : "expected a whole number, found " + n.toPlainString());
      return Optional.empty();
    }
  }

  /** A date in ISO-8601 form (yyyy-mm-dd), or a problem. */
  public static Optional<LocalDate> date(String text, String path, int line, int column,
      Decoding problems) {
    try {
      // the common form yyyy-mm-dd directly: a log of millions of rows parses a date in each
      if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-'
          && digits(text, 0, 4) && digits(text, 5, 7) && digits(text, 8, 10)) {
        return Optional.of(LocalDate.of(Integer.parseInt(text, 0, 4, 10),
            Integer.parseInt(text, 5, 7, 10), Integer.parseInt(text, 8, 10, 10)));
      }
      return Optional.of(LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE));
    } catch (java.time.DateTimeException e) {
      problems.add(IoProblemCode.BAD_DATE, path, line, column, TreeReader.quote(text)
          + " is not a date; write dates as yyyy-mm-dd, e.g. 2012-11-13");
      return Optional.empty();
    }
  }

  private static boolean digits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** One of an enum's constants, by its name ({@code SENT_LESSON}). */
  public static <E extends Enum<E>> Reader<E> enumOf(Class<E> type) {
    return identifiers(Identifiers.of(type));
  }

  /** One of a set of identifiers. */
  public static <E> Reader<E> identifiers(Identifiers<E> known) {
    return (node, path, problems) -> {
      if (!expect(node, Node.Type.STRING, path, problems)) {
        return Optional.empty();
      }
      Optional<E> value = known.find(node.text());
      return value.isPresent() ? value
          : known.parse(node.text(), path.toString(), node.line(), node.column(), problems);
    };
  }

  /** A list of elements, each read by {@code element}; empty if any element is bad. */
  public static <T> Reader<ImmutableList<T>> list(Reader<T> element) {
    return (node, path, problems) -> {
      if (!expect(node, Node.Type.ARRAY, path, problems)) {
        return Optional.empty();
      }
      // an element that cannot be read makes the list unreadable: never a shorter list
      boolean clean = true;
      ImmutableList.Builder<T> values = ImmutableList.builderWithExpectedSize(node.elements().size());
      for (int i = 0; i < node.elements().size(); i++) {
        Node e = node.elements().get(i);
        TreePath at = path.index(i);
        if (e.is(Node.Type.NULL)) {
          problems.add(IoProblemCode.WRONG_TYPE, at, e, "a list element may not be null");
          clean = false;
        } else {
          Optional<T> value = element.read(e, at, problems);
          value.ifPresent(values::add);
          clean &= value.isPresent();
        }
      }
      return clean ? Optional.of(values.build()) : Optional.empty();
    };
  }

  /**
   * A list that must not repeat an element (a set): a repeat is a problem, never dropped quietly.
   * The set keeps the order written.
   */
  public static <T> Reader<ImmutableSet<T>> set(Reader<T> element) {
    Reader<ImmutableList<T>> list = list(element);
    return (node, path, problems) -> {
      Optional<ImmutableList<T>> values = list.read(node, path, problems);
      if (values.isEmpty()) {
        return Optional.empty();
      }
      Map<T, Integer> first = new HashMap<>();
      boolean clean = true;
      for (int i = 0; i < values.get().size(); i++) {
        Integer earlier = first.putIfAbsent(values.get().get(i), i);
        if (earlier != null) {
          Node e = node.elements().get(i);
          problems.add(IoProblemCode.DUPLICATE_ELEMENT, path.index(i), e, "this list repeats "
              + "the element at [" + earlier + "]");
          clean = false;
        }
      }
      return clean ? Optional.of(ImmutableSet.copyOf(values.get())) : Optional.empty();
    };
  }

  /** An object read as a map: its keys are identifiers, its values read by {@code value}. */
  public static <K, V> Reader<ImmutableMap<K, V>> map(Identifiers<K> keys, Reader<V> value) {
    return (node, path, problems) -> {
      if (!expect(node, Node.Type.OBJECT, path, problems)) {
        return Optional.empty();
      }
      boolean clean = true;
      Map<K, V> values = new LinkedHashMap<>();
      for (Map.Entry<String, Node> e : node.fields().entrySet()) {
        TreePath at = path.field(e.getKey());
        Optional<K> key = keys.parse(e.getKey(), at.toString(), e.getValue().line(),
            e.getValue().column(), problems);
        if (e.getValue().is(Node.Type.NULL)) {
          problems.add(IoProblemCode.WRONG_TYPE, at, e.getValue(), "a value may not be null here");
          clean = false;
          continue;
        }
        Optional<V> v = value.read(e.getValue(), at, problems);
        if (key.isPresent() && v.isPresent()) {
          values.put(key.get(), v.get());
        } else {
          clean = false;
        }
      }
      return clean ? Optional.of(ImmutableMap.copyOf(values)) : Optional.empty();
    };
  }

  /** Whether the node has the type; if not, a problem that says what was expected. */
  public static boolean expect(Node node, Node.Type type, TreePath path, Decoding problems) {
    if (node.is(type)) {
      return true;
    }
    if (!node.is(Node.Type.INVALID)) {
      problems.add(IoProblemCode.WRONG_TYPE, path, node, "expected " + type.description()
          + ", found " + node.type().description());
    }
    return false;
  }

  /** The identifiers of a kind of value: an enum's names, or any other fixed mapping. */
  public static final class Identifiers<E> {
    private final Map<String, E> byName;
    private final String listing;

    private Identifiers(Map<String, E> byName) {
      this.byName = byName;
      this.listing = byName == null ? "" : String.join(", ", byName.keySet());
    }

    @SuppressWarnings("unchecked")
    public static <E extends Enum<E>> Identifiers<E> of(Class<E> type) {
      return (Identifiers<E>) OF_ENUM.get(type);
    }

    /** An enum's identifiers, made once per enum: readers ask for them for every element read. */
    private static final ClassValue<Identifiers<?>> OF_ENUM = new ClassValue<>() {
      @Override
      protected Identifiers<?> computeValue(Class<?> type) {
        Map<String, Object> names = new LinkedHashMap<>();
        for (Object e : type.getEnumConstants()) {
          names.put(((Enum<?>) e).name(), e);
        }
        return new Identifiers<>(names);
      }
    };

    /** Identifiers given by a function of each value (a quantity's {@code amountYuan}). */
    public static <E> Identifiers<E> of(Iterable<E> values, Function<E, String> identifier) {
      Map<String, E> names = new LinkedHashMap<>();
      values.forEach(v -> names.put(identifier.apply(v), v));
      return new Identifiers<>(names);
    }

    /** The value an identifier names; empty, with nothing reported, when it names none. */
    public Optional<E> find(String text) {
      return Optional.ofNullable(byName.get(text));
    }

    public Optional<E> parse(String text, String path, int line, int column, Decoding problems) {
      E value = byName.get(text);
      if (value == null) {
        problems.add(IoProblemCode.UNKNOWN_VALUE, path, line, column, TreeReader.quote(text)
            + " is not one of " + listing);
        return Optional.empty();
      }
      return Optional.of(value);
    }

    /** Every identifier, in order. */
    public String listing() {
      return listing;
    }
  }

  /** The names of an enum's constants, for messages. */
  public static String names(Class<? extends Enum<?>> type) {
    return java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name)
        .collect(Collectors.joining(", "));
  }
}
