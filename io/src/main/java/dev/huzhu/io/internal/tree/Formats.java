package dev.huzhu.io.internal.tree;

import dev.huzhu.io.FileSyntax;
import dev.huzhu.io.ReadLimits;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;
import tools.jackson.dataformat.yaml.util.StringQuotingChecker;

/**
 * Jackson's token factories as huzhu reads and writes with them: the read limits set explicitly
 * (Jackson's defaults are far larger), no source text in locations, and only token streams — no
 * data binding, so nothing in the input can name a class to build.
 */
public final class Formats {
  private Formats() {}

  /** The token factory of a syntax within the limits. */
  public static TokenStreamFactory factory(FileSyntax syntax, ReadLimits limits) {
    return syntax == FileSyntax.JSON ? json(limits) : yaml(limits);
  }

  static StreamReadConstraints constraints(ReadLimits limits) {
    return StreamReadConstraints.builder()
        .maxDocumentLength(limits.maxDocumentChars())
        .maxNestingDepth(limits.maxNestingDepth())
        .maxStringLength(limits.maxStringChars())
        .maxNameLength(limits.maxStringChars())
        .maxNumberLength(limits.maxNumberChars())
        .build();
  }

  /** A JSON factory for reading within the limits. */
  public static JsonFactory json(ReadLimits limits) {
    return JsonFactory.builder()
        .streamReadConstraints(constraints(limits))
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        // the caller owns the writer: it may add a final line end, or more records
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .build();
  }

  /** A JSON factory for writing. */
  public static JsonFactory json() {
    return json(ReadLimits.defaults());
  }

  /**
   * A YAML factory for reading within the limits: besides Jackson's constraints, SnakeYAML's own
   * code-point limit bounds the document, and no alias may expand a collection (huzhu refuses
   * every alias anyway, see {@link TreeReader}).
   */
  public static YAMLFactory yaml(ReadLimits limits) {
    long chars = Math.min(limits.maxDocumentChars(), Integer.MAX_VALUE);
    LoadSettings settings = LoadSettings.builder()
        .setCodePointLimit((int) chars)
        .setMaxAliasesForCollections(1)
        .setAllowRecursiveKeys(false)
        .setAllowDuplicateKeys(true) // reported by TreeReader with a path, not thrown
        .setAllowNonScalarKeys(false)
        .build();
    return YAMLFactory.builder()
        .loadSettings(settings)
        .stringQuotingChecker(new ReadBackQuoting(settings.getSchema().getScalarResolver()))
        .streamReadConstraints(constraints(limits))
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
        .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
        .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
        .build();
  }

  /** A YAML factory for writing. */
  public static YAMLFactory yaml() {
    return yaml(ReadLimits.policyDefaults());
  }

  /**
   * Quotes, besides what Jackson quotes, every string that the reader would not read back as a
   * string when written plain: with quotes minimized Jackson writes {@code 123}, {@code 1e3},
   * {@code -0}, {@code .inf} or {@code .nan} unquoted, and the same factory's parser, resolving
   * plain scalars by the schema's resolver, reads them as numbers.
   */
  private static final class ReadBackQuoting extends StringQuotingChecker.Default {
    private static final long serialVersionUID = 1L;
    private final transient ScalarResolver resolver;

    ReadBackQuoting(ScalarResolver resolver) {
      this.resolver = resolver;
    }

    @Override
    public boolean needToQuoteValue(String value) {
      return super.needToQuoteValue(value) || resolver.resolve(value, true) != Tag.STR;
    }
  }
}
