package dev.huzhu.io.internal.tree;

import dev.huzhu.io.FileSyntax;
import dev.huzhu.io.IoProblemCode;
import dev.huzhu.io.ReadLimits;
import dev.huzhu.io.document.Decoding;
import dev.huzhu.io.document.Node;
import dev.huzhu.io.document.TreePath;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Reads one JSON or YAML document from Jackson's token stream into a {@link Node} tree, reporting
 * what a token stream can already tell: duplicate keys, YAML aliases and tags, numbers that are
 * not finite or too long, text after the document. A syntax error or a broken limit ends the
 * document (nothing after it can be trusted); the other problems are recorded and reading goes on.
 */
public final class TreeReader {
  private final JsonParser parser;
  private final Decoding problems;
  private final ReadLimits limits;

  private TreeReader(JsonParser parser, Decoding problems, ReadLimits limits) {
    this.parser = parser;
    this.problems = problems;
    this.limits = limits;
  }

  /**
   * Reads a whole document from text into a tree; empty when it cannot be read, with the problems
   * recorded. What {@link dev.huzhu.io.document.Documents#read} does.
   */
  public static Optional<Node> readDocument(Reader text, FileSyntax syntax, ReadLimits limits,
      Decoding problems) {
    Reader bounded = syntax == FileSyntax.YAML ? new BoundedReader(text, limits.maxDocumentChars(),
        limits.maxStringChars()) : text;
    try (JsonParser parser = Formats.factory(syntax, limits).createParser(ObjectReadContext.empty(), bounded)) {
      return readDocument(parser, problems, limits);
    } catch (BoundedReader.TooLong e) {
      problems.add(IoProblemCode.LIMIT_EXCEEDED, "", e.line, e.column, "the input exceeds a read "
          + "limit: " + e.getMessage());
      return Optional.empty();
    } catch (JacksonException e) {
      // raised while opening or closing the parser, before any token: the text itself is unreadable
      problems.add(IoProblemCode.MALFORMED, "", 1, 1, "not well-formed: "
          + (e.getOriginalMessage() == null ? e.getClass().getSimpleName() : firstLine(e.getOriginalMessage())));
      return Optional.empty();
    } catch (Decoding.StopReading e) {
      return Optional.empty();
    }
  }

  private static String firstLine(String m) {
    int nl = m.indexOf('\n');
    String line = nl < 0 ? m : m.substring(0, nl);
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }

  /**
   * Reads the whole document: one root value and nothing after it. Empty when the document could
   * not be read; the problems are then in {@code problems}.
   */
  public static Optional<Node> readDocument(JsonParser parser, Decoding problems, ReadLimits limits) {
    TreeReader reader = new TreeReader(parser, problems, limits);
    try {
      JsonToken first = parser.nextToken();
      if (first == null) {
        problems.add(IoProblemCode.MALFORMED, "", 1, 1, "the document is empty");
        return Optional.empty();
      }
      Node root = reader.value(TreePath.root(), 1);
      JsonToken after = parser.nextToken();
      if (after != null) {
        TokenStreamLocation at = parser.currentTokenLocation();
        problems.add(IoProblemCode.MALFORMED, "", at.getLineNr(), at.getColumnNr(),
            "unexpected content after the end of the document");
        return Optional.empty();
      }
      return Optional.of(root);
    } catch (JacksonException e) {
      reader.failed(e);
      return Optional.empty();
    } catch (Decoding.StopReading e) {
      return Optional.empty();
    }
  }

  /** A reader of values from the parser, for a document read piece by piece. */
  public static TreeReader over(JsonParser parser, Decoding problems, ReadLimits limits) {
    return new TreeReader(parser, problems, limits);
  }

  /** Reads the value at the parser's current token, at a nesting depth (the root is 1). */
  public Node read(TreePath path, int depth) {
    return value(path, depth);
  }

  /** Turns an exception of the parser into a problem at its location. */
  public void failed(JacksonException e) {
    // a broken limit carries no location of its own: where the parser stopped is where it broke
    TokenStreamLocation at = e.getLocation();
    if (at == null || at.getLineNr() < 1) {
      at = parser.currentLocation();
    }
    // never a problem without its file: an unknown line is line 1
    int line = at == null || at.getLineNr() < 1 ? 1 : at.getLineNr();
    int column = at == null || at.getColumnNr() < 1 ? 1 : at.getColumnNr();
    String message = MessageText.of(e);
    String path = parser.streamReadContext() == null ? "" : pathOf(parser);
    // a YAML syntax error: SnakeYAML's problem where it found it, not the context it was in
    // ("while scanning for the next token") at the last token Jackson had read
    if (e.getCause() instanceof MarkedYamlEngineException yaml) {
      Optional<Mark> mark = yaml.getProblemMark();
      if (mark.isPresent() && yaml.getProblem() != null && !yaml.getProblem().isBlank()) {
        line = mark.get().getLine() + 1;
        column = mark.get().getColumn() + 1;
        message = MessageText.firstLine(yaml.getProblem());
        // the token stream's path is that of the last value read, not of where SnakeYAML stopped
        path = "";
      }
    }
    boolean limit = e instanceof StreamConstraintsException;
    boolean notUtf8 = e.getCause() instanceof java.nio.charset.CharacterCodingException;
    problems.add(limit ? IoProblemCode.LIMIT_EXCEEDED : IoProblemCode.MALFORMED, path, line, column,
        notUtf8 ? "the file is not UTF-8 text from here on"
            : (limit ? "the input exceeds a read limit: " : "not well-formed: ") + message);
  }

  private static String pathOf(JsonParser parser) {
    // the token stream's own path of where reading stopped, in the core's notation
    String pointer = parser.streamReadContext().pathAsPointer().toString();
    StringBuilder s = new StringBuilder();
    for (String part : pointer.split("/")) {
      if (part.isEmpty()) {
        continue;
      }
      String name = part.replace("~1", "/").replace("~0", "~");
      if (name.chars().allMatch(Character::isDigit)) {
        s.append('[').append(name).append(']');
      } else {
        s.append(s.length() == 0 ? "" : ".").append(name);
      }
    }
    return s.toString();
  }

  private Node value(TreePath path, int depth) {
    TokenStreamLocation at = parser.currentTokenLocation();
    int line = at.getLineNr();
    int column = at.getColumnNr();
    if (depth > limits.maxNestingDepth()) {
      problems.add(IoProblemCode.LIMIT_EXCEEDED, path.toString(), line, column,
          "the document nests deeper than " + limits.maxNestingDepth() + " levels");
      throw new Decoding.StopReading();
    }
    if (parser instanceof YAMLParser yaml) {
      if (yaml.isCurrentAlias()) {
        problems.add(IoProblemCode.YAML_ALIAS, path.toString(), line, column,
            "YAML aliases (*name) are not read: write the value out in full");
        return Node.invalid(line, column);
      }
      if (yaml.getRawTag() != null) {
        problems.add(IoProblemCode.MALFORMED, path.toString(), line, column,
            "YAML tags (!name) are not read: types come from the field, never from the input");
        skip();
        return Node.invalid(line, column);
      }
    }
    JsonToken token = parser.currentToken();
    return switch (token) {
      case START_OBJECT -> object(path, depth, line, column);
      case START_ARRAY -> array(path, depth, line, column);
      case VALUE_STRING -> string(path, line, column);
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> number(path, line, column);
      case VALUE_TRUE -> Node.bool(true, line, column);
      case VALUE_FALSE -> Node.bool(false, line, column);
      case VALUE_NULL -> Node.nullNode(line, column);
      default -> {
        problems.add(IoProblemCode.MALFORMED, path.toString(), line, column,
            "unexpected " + token + " in the document");
        yield Node.invalid(line, column);
      }
    };
  }

  private Node string(TreePath path, int line, int column) {
    String text = parser.getString();
    if (text.length() > limits.maxStringChars()) {
      problems.add(IoProblemCode.LIMIT_EXCEEDED, path.toString(), line, column, "a string of "
          + text.length() + " characters is longer than the limit of " + limits.maxStringChars());
      return Node.invalid(line, column);
    }
    return Node.string(text, line, column);
  }

  private Node object(TreePath path, int depth, int line, int column) {
    Node object = Node.object(line, column);
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = parser.currentName();
      TokenStreamLocation keyAt = parser.currentTokenLocation();
      parser.nextToken();
      Node value = value(path.field(name), depth + 1);
      if (!object.put(name, value)) {
        problems.add(IoProblemCode.DUPLICATE_KEY, path.field(name).toString(), keyAt.getLineNr(),
            keyAt.getColumnNr(), "the key " + quote(name) + " is given twice; the first is at line "
                + object.fields().get(name).line());
      }
    }
    return object;
  }

  private Node array(TreePath path, int depth, int line, int column) {
    Node array = Node.array(line, column);
    int i = 0;
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      array.add(value(path.index(i++), depth + 1));
    }
    return array;
  }

  private Node number(TreePath path, int line, int column) {
    String text = parser.getString();
    if (text.length() > limits.maxNumberChars()) {
      problems.add(IoProblemCode.LIMIT_EXCEEDED, path.toString(), line, column, "a number of "
          + text.length() + " characters is longer than the limit of " + limits.maxNumberChars());
      return Node.invalid(line, column);
    }
    BigDecimal value;
    try {
      value = parser.getDecimalValue();
    } catch (JacksonException | NumberFormatException | ArithmeticException e) {
      problems.add(IoProblemCode.BAD_NUMBER, path.toString(), line, column,
          "not a finite decimal number");
      return Node.invalid(line, column);
    }
    // an exponent such as 1e999999999 is short to write and ruinous to compute with
    if (Math.abs((long) value.scale()) > limits.maxNumberChars()
        || value.precision() - (long) value.scale() > limits.maxNumberChars()) {
      problems.add(IoProblemCode.BAD_NUMBER, path.toString(), line, column, "the number is too "
          + "large or too small: at most " + limits.maxNumberChars() + " digits either side of the point");
      return Node.invalid(line, column);
    }
    return Node.number(value, line, column);
  }

  private void skip() {
    if (parser.currentToken() == JsonToken.START_OBJECT || parser.currentToken() == JsonToken.START_ARRAY) {
      parser.skipChildren();
    }
  }

  /**
   * A key as a message shows it: quoted, cut short, control characters escaped (what every reader
   * of a file uses to name a user's text in a problem).
   */
  public static String quote(String text) {
    return MessageText.quote(text);
  }
}
