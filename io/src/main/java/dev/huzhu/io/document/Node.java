package dev.huzhu.io.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One element of a JSON or YAML document, with the line and column it began at: the tree the
 * codecs decode from and encode to. Unlike Jackson's own tree it keeps every element's location,
 * so that a problem found while decoding names where it is; and it keeps numbers as the exact
 * decimal written. Objects keep their keys in document order. Part of the API for reading
 * documents of one's own with huzhu's strictness, and the tree huzhu's own codecs use. An object
 * or list is filled as it is built and is not thread-safe.
 */
public final class Node {
  /** The JSON types. YAML scalars map to these as YAML's JSON schema says. */
  public enum Type {
    OBJECT("an object"), ARRAY("a list"), STRING("a string"), NUMBER("a number"),
    BOOLEAN("true or false"), NULL("null"),
    /** A value already reported as a problem when it was read (a number that is not finite). */
    INVALID("an invalid value");

    private final String description;

    Type(String description) {
      this.description = description;
    }

    /** How a message names a value of this type: "a string", "a list". */
    public String description() {
      return description;
    }
  }

  private final Type type;
  private final int line;
  private final int column;
  private final Map<String, Node> fields;
  private final List<Node> elements;
  private final String text;
  private final BigDecimal number;
  private final boolean bool;

  private Node(Type type, int line, int column, String text, BigDecimal number, boolean bool) {
    this.type = type;
    this.line = line;
    this.column = column;
    this.fields = type == Type.OBJECT ? new LinkedHashMap<>() : Collections.emptyMap();
    this.elements = type == Type.ARRAY ? new ArrayList<>() : Collections.emptyList();
    this.text = text;
    this.number = number;
    this.bool = bool;
  }

  /** An empty object to fill, read at a location (line and column from 1; 0 when written). */
  public static Node object(int line, int column) {
    return new Node(Type.OBJECT, line, column, null, null, false);
  }

  /** An empty object to fill with {@link #put}. */
  public static Node object() {
    return object(0, 0);
  }

  /** An empty list to fill, read at a location. */
  public static Node array(int line, int column) {
    return new Node(Type.ARRAY, line, column, null, null, false);
  }

  /** An empty list to fill with {@link #add}. */
  public static Node array() {
    return array(0, 0);
  }

  public static Node string(String text, int line, int column) {
    return new Node(Type.STRING, line, column, Objects.requireNonNull(text), null, false);
  }

  public static Node string(String text) {
    return string(text, 0, 0);
  }

  public static Node number(BigDecimal number, int line, int column) {
    return new Node(Type.NUMBER, line, column, null, Objects.requireNonNull(number), false);
  }

  public static Node number(BigDecimal number) {
    return number(number, 0, 0);
  }

  public static Node number(long number) {
    return number(BigDecimal.valueOf(number));
  }

  public static Node bool(boolean value, int line, int column) {
    return new Node(Type.BOOLEAN, line, column, null, null, value);
  }

  public static Node bool(boolean value) {
    return bool(value, 0, 0);
  }

  public static Node nullNode(int line, int column) {
    return new Node(Type.NULL, line, column, null, null, false);
  }

  /** A value already reported as a problem while reading; decoders pass over it quietly. */
  public static Node invalid(int line, int column) {
    return new Node(Type.INVALID, line, column, null, null, false);
  }

  public Type type() {
    return type;
  }

  public boolean is(Type t) {
    return type == t;
  }

  /** The line the element began at, from 1 (0 for a node built in memory). */
  public int line() {
    return line;
  }

  /** The column the element began at, from 1 (0 for a node built in memory). */
  public int column() {
    return column;
  }

  /** An object's fields in document order (empty for any other type). */
  public Map<String, Node> fields() {
    return Collections.unmodifiableMap(fields);
  }

  /** A list's elements (empty for any other type). */
  public List<Node> elements() {
    return Collections.unmodifiableList(elements);
  }

  /** A string's text. */
  public String text() {
    if (type != Type.STRING) {
      throw new IllegalStateException("not a string: " + type);
    }
    return text;
  }

  /** A number's exact value, with the scale it was written with. */
  public BigDecimal number() {
    if (type != Type.NUMBER) {
      throw new IllegalStateException("not a number: " + type);
    }
    return number;
  }

  public boolean booleanValue() {
    if (type != Type.BOOLEAN) {
      throw new IllegalStateException("not a boolean: " + type);
    }
    return bool;
  }

  /** Adds a field to an object; false (and no change) when the key is already there. */
  public boolean put(String name, Node value) {
    if (type != Type.OBJECT) {
      throw new IllegalStateException("not an object: " + type);
    }
    return fields.putIfAbsent(name, Objects.requireNonNull(value)) == null;
  }

  /** Adds a field to an object being written; returns this object. */
  public Node with(String name, Node value) {
    if (!put(name, value)) {
      throw new IllegalStateException("key written twice: " + name);
    }
    return this;
  }

  public Node with(String name, String text) {
    return with(name, string(text));
  }

  public Node with(String name, BigDecimal number) {
    return with(name, number(number));
  }

  public Node with(String name, long number) {
    return with(name, number(number));
  }

  public Node with(String name, boolean value) {
    return with(name, bool(value));
  }

  /** Adds an element to a list; returns this list. */
  public Node add(Node element) {
    if (type != Type.ARRAY) {
      throw new IllegalStateException("not a list: " + type);
    }
    elements.add(Objects.requireNonNull(element));
    return this;
  }

  @Override
  public String toString() {
    return switch (type) {
      case OBJECT -> "object" + fields.keySet();
      case ARRAY -> "list of " + elements.size();
      case STRING -> "string";
      case NUMBER -> number.toString();
      case BOOLEAN -> Boolean.toString(bool);
      case INVALID -> "invalid";
      default -> "null";
    };
  }
}
