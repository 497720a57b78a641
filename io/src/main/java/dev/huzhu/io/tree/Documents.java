package dev.huzhu.io.tree;

import dev.huzhu.io.FileSyntax;
import dev.huzhu.io.IoProblemCode;
import dev.huzhu.io.ReadLimits;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamFactory;

/**
 * Reads whole documents (a dataset, a policy, a report) and checks the {@code format} and
 * {@code version} every document starts with.
 */
public final class Documents {
  private Documents() {}

  /** The token factory of a syntax within the limits. */
  public static TokenStreamFactory factory(FileSyntax syntax, ReadLimits limits) {
    return syntax == FileSyntax.JSON ? Formats.json(limits) : Formats.yaml(limits);
  }

  /** Reads a document into a tree; empty when it cannot be read, with the problems recorded. */
  public static Optional<Node> read(Reader text, FileSyntax syntax, ReadLimits limits,
      Decoding problems) {
    Reader bounded = syntax == FileSyntax.YAML ? new BoundedReader(text, limits.maxDocumentChars(),
        limits.maxStringChars()) : text;
    try (JsonParser parser = factory(syntax, limits).createParser(ObjectReadContext.empty(), bounded)) {
      return TreeReader.readDocument(parser, problems, limits);
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
   * Checks that the document is an object with {@code "format": format} and a {@code version}
   * this library reads (1 to {@code version}). Returns the document's fields when it is such a
   * document, else empty with the problems recorded: nothing else in a document of another
   * format or a newer version is worth reporting.
   */
  public static Optional<Fields> header(Node root, String format, int version, Decoding problems,
      String what) {
    Optional<Fields> fields = Fields.of(root, TreePath.root(), problems, what);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields f = fields.get();
    Optional<Node> given = f.field("format");
    if (given.isEmpty()) {
      problems.add(IoProblemCode.WRONG_FORMAT, "format", root.line(), root.column(), "the document"
          + " has no \"format\"; " + what + " starts with \"format\": \"" + format + "\"");
      return Optional.empty();
    }
    if (!given.get().is(Node.Type.STRING) || !given.get().text().equals(format)) {
      problems.add(IoProblemCode.WRONG_FORMAT, TreePath.root().field("format"), given.get(),
          "the format is " + (given.get().is(Node.Type.STRING) ? TreeReader.quote(given.get().text())
              : given.get().type().description()) + ", not \"" + format + "\"");
      return Optional.empty();
    }
    Optional<Node> v = f.field("version");
    String reads = "this library reads " + format + " version " + (version == 1 ? "1" : "1 to " + version);
    if (v.isEmpty()) {
      problems.add(IoProblemCode.UNSUPPORTED_VERSION, "version", root.line(), root.column(),
          "the document has no \"version\"; " + reads);
      return Optional.empty();
    }
    Node n = v.get();
    // a version is a whole number written as one: 1, not 1.0 or 1e0
    if (!n.is(Node.Type.NUMBER) || n.number().scale() != 0
        || n.number().compareTo(BigDecimal.ONE) < 0) {
      problems.add(IoProblemCode.UNSUPPORTED_VERSION, TreePath.root().field("version"), n,
          "the version must be a whole number from 1; " + reads);
      return Optional.empty();
    }
    if (n.number().compareTo(BigDecimal.valueOf(version)) > 0) {
      problems.add(IoProblemCode.UNSUPPORTED_VERSION, TreePath.root().field("version"), n,
          "the document is " + format + " version " + n.number().toPlainString()
              + ", newer than this library: " + reads + "; upgrade huzhu to read it");
      return Optional.empty();
    }
    return fields;
  }

  /**
   * The node at a path of the core's notation ({@code sections[0].metrics[1].points}) or the
   * closest node above it that exists: where a problem of the value read from the tree belongs.
   */
  public static Node locate(Node root, String path) {
    Node at = root;
    int i = 0;
    while (i < path.length()) {
      char c = path.charAt(i);
      if (c == '.') {
        i++;
        continue;
      }
      if (c == '[') {
        int close = path.indexOf(']', i);
        if (close < 0) {
          return at;
        }
        String index = path.substring(i + 1, close);
        i = close + 1;
        if (!at.is(Node.Type.ARRAY) || !index.chars().allMatch(Character::isDigit) || index.isEmpty()) {
          return at;
        }
        int k = Integer.parseInt(index);
        if (k >= at.elements().size()) {
          return at;
        }
        at = at.elements().get(k);
        continue;
      }
      int end = i;
      while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
        end++;
      }
      Node next = at.fields().get(path.substring(i, end));
      if (next == null) {
        return at;
      }
      at = next;
      i = end;
    }
    return at;
  }
}
