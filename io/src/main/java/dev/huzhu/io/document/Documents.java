package dev.huzhu.io.document;

import dev.huzhu.core.internal.ValueChecks;
import dev.huzhu.io.FileException;
import dev.huzhu.io.FileSyntax;
import dev.huzhu.io.IoProblemCode;
import dev.huzhu.io.ReadLimits;
import dev.huzhu.io.internal.tree.Texts;
import dev.huzhu.io.internal.tree.TreeReader;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads whole documents (a dataset, a policy, a report, or a document of one's own) and checks
 * the {@code format} and {@code version} every document starts with: the entry point for reading
 * a JSON or YAML document of one's own with huzhu's strictness (a {@link Node} tree with every
 * element's line and column, duplicate keys, YAML aliases and tags refused, the
 * {@link ReadLimits} enforced) and for opening its file as huzhu opens its own.
 */
public final class Documents {
  private Documents() {}

  /** Reads a document into a tree; empty when it cannot be read, with the problems recorded. */
  public static Optional<Node> read(Reader text, FileSyntax syntax, ReadLimits limits,
      Decoding problems) {
    return TreeReader.readDocument(text, syntax, limits, problems);
  }

  /**
   * The syntax a file's name says ({@link FileSyntax#of}).
   *
   * @throws FileException when the name says neither JSON nor YAML, as a problem of that file
   */
  public static FileSyntax syntax(Path file) {
    return Texts.kind(file, FileSyntax::of);
  }

  /**
   * A reader of a file's text as huzhu reads its own: UTF-8, after any byte-order mark, bytes
   * that are not UTF-8 refused (where they are) rather than replaced.
   *
   * @throws FileException when the file cannot be opened
   */
  public static Reader open(Path file) {
    return Texts.open(file);
  }

  /** Text already read without its leading byte-order mark, if it has one. */
  public static String withoutBom(String text) {
    return Texts.withoutBom(text);
  }

  /** The exception for a file that could not be read at all, worded as huzhu's own readers word it. */
  public static FileException unreadable(String file, IOException e) {
    return Texts.unreadable(file, e);
  }

  /**
   * A user's text as a problem's message shows it: quoted, cut short, control and invisible
   * characters escaped, so that a message never echoes raw input.
   */
  public static String quote(String text) {
    return TreeReader.quote(text);
  }

  /** A user's text with control and invisible characters escaped, cut to 64 characters, unquoted. */
  public static String printable(String text) {
    return ValueChecks.printable(text);
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
          "the format is " + (given.get().is(Node.Type.STRING) ? quote(given.get().text())
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
