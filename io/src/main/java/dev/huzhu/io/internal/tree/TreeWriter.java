package dev.huzhu.io.internal.tree;

import dev.huzhu.io.document.Node;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * Writes {@link Node} trees as JSON or YAML through Jackson's generators: fields in the order
 * they were put, decimals exactly as held ({@code 87.50}, {@code 1E+3} never rounded or
 * reformatted), two-space indentation and {@code \n} line ends on every platform, so the same
 * value always gives the same bytes.
 */
public final class TreeWriter {
  private TreeWriter() {}

  /** The pretty printer of every JSON file huzhu writes. */
  static PrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators = Separators.createDefaultInstance()
        .withObjectNameValueSpacing(Separators.Spacing.AFTER);
    return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
  }

  /**
   * A generator over the writer: pretty-printed when {@code pretty}, else one line per root.
   * Closing the generator flushes the writer but leaves it open: the caller owns it.
   */
  public static JsonGenerator generator(TokenStreamFactory factory, Writer out, boolean pretty) {
    ObjectWriteContext context = new ObjectWriteContext.Base() {
      @Override
      public int getStreamWriteFeatures(int defaults) {
        return defaults & ~StreamWriteFeature.AUTO_CLOSE_TARGET.getMask();
      }

      @Override
      public PrettyPrinter getPrettyPrinter() {
        return pretty ? prettyPrinter() : null;
      }

      @Override
      public boolean hasPrettyPrinter() {
        return pretty;
      }
    };
    return factory.createGenerator(context, out);
  }

  /** Writes a whole document, then a final line end. */
  public static void writeDocument(TokenStreamFactory factory, Node root, Writer out, boolean pretty) {
    try (JsonGenerator g = generator(factory, out, pretty)) {
      write(root, g);
    }
    try {
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes one node, and everything under it. */
  public static void write(Node node, JsonGenerator g) {
    switch (node.type()) {
      case OBJECT -> {
        g.writeStartObject();
        for (Map.Entry<String, Node> f : node.fields().entrySet()) {
          g.writeName(f.getKey());
          write(f.getValue(), g);
        }
        g.writeEndObject();
      }
      case ARRAY -> {
        g.writeStartArray();
        for (Node e : node.elements()) {
          write(e, g);
        }
        g.writeEndArray();
      }
      case STRING -> g.writeString(node.text());
      case NUMBER -> g.writeNumber(decimal(node.number()));
      case BOOLEAN -> g.writeBoolean(node.booleanValue());
      case NULL -> g.writeNull();
      default -> throw new IllegalArgumentException("an invalid node cannot be written");
    }
  }

  /**
   * A decimal as a file holds it: plain when its scale is not negative (87.50), else in
   * exponent form (1E+3) so that reading gives back the same value and scale.
   */
  public static String decimal(BigDecimal value) {
    return value.scale() >= 0 ? value.toPlainString() : value.toString();
  }
}
