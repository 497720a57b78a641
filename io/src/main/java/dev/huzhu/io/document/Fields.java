package dev.huzhu.io.document;

import dev.huzhu.core.HuzhuException;
import dev.huzhu.core.validation.Problem;
import dev.huzhu.io.IoProblemCode;
import dev.huzhu.io.internal.tree.TreeReader;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Decodes the fields of one object: each field is asked for by name, as required or optional,
 * with the reader of its type; a field that no one asked for is an unknown field. The value is
 * built only when every field read cleanly, and the rules the value checks itself become
 * problems at the field they name. A {@code null} field counts as absent. Part of the API for
 * reading documents of one's own with huzhu's strictness; not thread-safe.
 */
public final class Fields {
  private final Decoding problems;
  private final Node node;
  private final TreePath path;
  private final String what;
  private final int mark;
  private final Set<String> asked = new HashSet<>();
  // a field whose value was already reported while reading the document (Node.Type.INVALID)
  private boolean spoiled;

  private Fields(Decoding problems, Node node, TreePath path, String what) {
    this.problems = problems;
    this.node = node;
    this.path = path;
    this.what = what;
    this.mark = problems.count();
  }

  /**
   * The fields of the object at {@code path}, or empty (with a problem) when the node is not an
   * object. {@code what} names the element in messages: "a school", "a metric".
   */
  public static Optional<Fields> of(Node node, TreePath path, Decoding problems, String what) {
    if (node.is(Node.Type.INVALID)) {
      return Optional.empty();
    }
    if (!node.is(Node.Type.OBJECT)) {
      problems.add(IoProblemCode.WRONG_TYPE, path, node, "expected " + what + " (an object), found "
          + node.type().description());
      return Optional.empty();
    }
    return Optional.of(new Fields(problems, node, path, what));
  }

  public TreePath path() {
    return path;
  }

  public Node node() {
    return node;
  }

  public Decoding problems() {
    return problems;
  }

  /** The field's node when present and not null; marks it as known. */
  public Optional<Node> field(String name) {
    asked.add(name);
    Node value = node.fields().get(name);
    return value == null || value.is(Node.Type.NULL) ? Optional.empty() : Optional.of(value);
  }

  /** Reads a field that must be present and hands its value on. */
  public <T> Optional<T> required(String name, Reader<T> reader, Consumer<? super T> into) {
    Optional<Node> value = field(name);
    if (value.isEmpty()) {
      Node given = node.fields().get(name);
      problems.add(IoProblemCode.MISSING_FIELD, path.field(name), given == null ? node : given,
          what + " needs the field \"" + name + "\"" + (given == null ? "" : ", not null"));
      return Optional.empty();
    }
    return read(name, value.get(), reader, into);
  }

  /** Reads a field that may be absent (or null); when present its value is handed on. */
  public <T> Optional<T> optional(String name, Reader<T> reader, Consumer<? super T> into) {
    Optional<Node> value = field(name);
    return value.isEmpty() ? Optional.empty() : read(name, value.get(), reader, into);
  }

  /** Reads a field that may be absent; returns its value without handing it on. */
  public <T> Optional<T> optional(String name, Reader<T> reader) {
    return optional(name, reader, v -> { });
  }

  /** Reads a field that must be present; returns its value without handing it on. */
  public <T> Optional<T> required(String name, Reader<T> reader) {
    return required(name, reader, v -> { });
  }

  private <T> Optional<T> read(String name, Node value, Reader<T> reader, Consumer<? super T> into) {
    Optional<T> result = reader.read(value, path.field(name), problems);
    spoiled |= result.isEmpty();
    result.ifPresent(into);
    return result;
  }

  /** Whether every field read so far read cleanly. */
  public boolean clean() {
    return problems.count() == mark && !spoiled;
  }

  /**
   * Reports the fields no one asked for, then builds the value if every field read cleanly. A
   * rule the value checks itself ({@link HuzhuException}) becomes a problem at the field it names.
   */
  public <V> Optional<V> build(Supplier<V> builder) {
    for (Map.Entry<String, Node> f : node.fields().entrySet()) {
      if (!asked.contains(f.getKey())) {
        problems.add(IoProblemCode.UNKNOWN_FIELD, path.field(f.getKey()), f.getValue(),
            what + " has no field " + TreeReader.quote(f.getKey()));
      }
    }
    if (!clean()) {
      return Optional.empty();
    }
    try {
      return Optional.of(builder.get());
    } catch (HuzhuException e) {
      for (Problem p : e.problems()) {
        Node at = locate(p.path());
        problems.add(p.code(), p.path().isEmpty() ? path.toString()
            : path.toString().isEmpty() ? p.path() : path + (p.path().startsWith("[") ? "" : ".")
                + p.path(), at.line(), at.column(), p.message());
      }
      return Optional.empty();
    } catch (IllegalStateException | IllegalArgumentException | NullPointerException e) {
      problems.add(IoProblemCode.INVALID_VALUE, path, node, what + " is not valid: " + e.getMessage());
      return Optional.empty();
    }
  }

  /** The node a value's problem path points at: the field it starts with, else this object. */
  private Node locate(String problemPath) {
    int end = 0;
    while (end < problemPath.length() && problemPath.charAt(end) != '.' && problemPath.charAt(end) != '[') {
      end++;
    }
    Node field = node.fields().get(problemPath.substring(0, end));
    if (field == null) {
      return node;
    }
    if (end < problemPath.length() && problemPath.charAt(end) == '[' && field.is(Node.Type.ARRAY)) {
      int close = problemPath.indexOf(']', end);
      try {
        int i = Integer.parseInt(problemPath.substring(end + 1, close));
        if (i < field.elements().size()) {
          return field.elements().get(i);
        }
      } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
        // not an index: the list itself is as close as we get
      }
    }
    return field;
  }
}
