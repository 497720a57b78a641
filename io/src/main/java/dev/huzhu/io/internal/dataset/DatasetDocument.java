package dev.huzhu.io.internal.dataset;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.ImmutableDataset;
import dev.huzhu.io.IoProblemCode;
import dev.huzhu.io.ReadLimits;
import dev.huzhu.io.document.Decoding;
import dev.huzhu.io.document.Documents;
import dev.huzhu.io.document.Node;
import dev.huzhu.io.document.Readers;
import dev.huzhu.io.document.TreePath;
import dev.huzhu.io.internal.tree.Formats;
import dev.huzhu.io.internal.tree.TreeReader;
import dev.huzhu.io.internal.tree.TreeWriter;
import java.io.Reader;
import java.io.Writer;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;

/**
 * A dataset as one JSON document (docs/files.md#dataset): {@code format}, {@code version} and the ten
 * collections. Read one element at a time, so that only the values read are held, never the
 * document's tree; written one element at a time too.
 */
public final class DatasetDocument {
  private DatasetDocument() {}

  /** The document's format name. */
  public static final String FORMAT = "huzhu-dataset";
  /** The newest version this library reads and the one it writes. */
  public static final int VERSION = 1;

  /** A collection: its decoder and where the values go. */
  private interface Collection {
    boolean read(Node node, TreePath path, Decoding problems, ImmutableDataset.Builder into);
  }

  private static <T> Collection collection(Decoder<T> decoder, Function<ImmutableDataset.Builder,
      Consumer<T>> adder) {
    return (node, path, problems, into) -> {
      Optional<T> value = decoder.decode(node, path, problems);
      value.ifPresent(adder.apply(into));
      return value.isPresent();
    };
  }

  private interface Decoder<T> {
    Optional<T> decode(Node node, TreePath path, Decoding problems);
  }

  private static final Map<String, Collection> COLLECTIONS = new LinkedHashMap<>();

  static {
    COLLECTIONS.put("schools", collection(StructureCodec::school, b -> b::addSchools));
    COLLECTIONS.put("people", collection(StructureCodec::person, b -> b::addPeople));
    COLLECTIONS.put("communities", collection(StructureCodec::community, b -> b::addCommunities));
    COLLECTIONS.put("teams", collection(StructureCodec::team, b -> b::addTeams));
    COLLECTIONS.put("exchanges", collection(PairingCodec::exchange, b -> b::addExchanges));
    COLLECTIONS.put("studentPairings", collection(PairingCodec::studentPairing, b -> b::addStudentPairings));
    COLLECTIONS.put("partyBranches", collection(PairingCodec::partyBranch, b -> b::addPartyBranches));
    COLLECTIONS.put("partyPairings", collection(PairingCodec::partyPairing, b -> b::addPartyPairings));
    COLLECTIONS.put("activities", collection(ActivityCodec::activity, b -> b::addActivities));
    COLLECTIONS.put("scores", collection(ScoreCodec::score, b -> b::addScores));
  }

  /**
   * Reads a dataset document into {@code into}, recording where each element was read. Returns
   * whether it read cleanly; the problems are in {@code problems} (a document of another format
   * or a newer version reports only that).
   */
  public static boolean read(Reader text, ReadLimits limits, Decoding problems,
      ImmutableDataset.Builder into, Locations locations) {
    Decoding body = new Decoding(problems.file(), limits.maxProblems());
    Node header = null;
    try (JsonParser parser = Formats.json(limits).createParser(ObjectReadContext.empty(), text)) {
      TreeReader reader = TreeReader.over(parser, body, limits);
      try {
        header = body(parser, reader, body, into, locations, limits);
      } catch (JacksonException e) {
        reader.failed(e);
      } catch (Decoding.StopReading e) {
        // the body's problems so far are reported below
      }
    } catch (JacksonException e) {
      body.add(IoProblemCode.MALFORMED, "", 1, 1, "not well-formed: the input cannot be read as JSON");
    }
    if (header != null && Documents.header(header, FORMAT, VERSION, problems, "a dataset").isEmpty()) {
      return false;
    }
    problems.addAll(body.problems());
    return !problems.hasProblems();
  }

  /**
   * Decodes a dataset's collections from a tree already read, such as a dataset written inline in
   * another document (a policy test file): an object of the collections, without format or
   * version. Returns whether it decoded cleanly; the problems, at paths under {@code path}, are in
   * {@code problems}. The dataset is not validated here.
   */
  public static boolean decode(Node node, TreePath path, Decoding problems,
      ImmutableDataset.Builder into) {
    int before = problems.count();
    if (!Readers.expect(node, Node.Type.OBJECT, path, problems)) {
      return false;
    }
    for (Map.Entry<String, Node> field : node.fields().entrySet()) {
      TreePath at = path.field(field.getKey());
      Collection collection = COLLECTIONS.get(field.getKey());
      if (collection == null) {
        problems.add(IoProblemCode.UNKNOWN_FIELD, at, field.getValue(), "a dataset has no field "
            + TreeReader.quote(field.getKey()) + "; its collections are "
            + String.join(", ", COLLECTIONS.keySet()));
        continue;
      }
      if (field.getValue().is(Node.Type.NULL)) {
        continue; // a null field counts as absent, as everywhere else
      }
      if (!Readers.expect(field.getValue(), Node.Type.ARRAY, at, problems)) {
        continue;
      }
      List<Node> elements = field.getValue().elements();
      for (int i = 0; i < elements.size(); i++) {
        Node element = elements.get(i);
        if (element.is(Node.Type.NULL)) {
          problems.add(IoProblemCode.WRONG_TYPE, at.index(i), element, "a list element may not be null");
        } else {
          collection.read(element, at.index(i), problems, into);
        }
      }
    }
    return problems.count() == before;
  }

  /** Reads the top-level object; returns an object of its format and version fields, if any. */
  private static Node body(JsonParser parser, TreeReader reader, Decoding problems,
      ImmutableDataset.Builder into, Locations locations, ReadLimits limits) {
    JsonToken first = parser.nextToken();
    if (first == null) {
      problems.add(IoProblemCode.MALFORMED, "", 1, 1, "the document is empty");
      return null;
    }
    TokenStreamLocation start = parser.currentTokenLocation();
    Node header = Node.object(start.getLineNr(), start.getColumnNr());
    if (first != JsonToken.START_OBJECT) {
      Node root = reader.read(TreePath.root(), 1);
      problems.add(IoProblemCode.WRONG_TYPE, TreePath.root(), root, "expected a dataset (an object),"
          + " found " + root.type().description());
      return null;
    }
    Set<String> seen = new HashSet<>();
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = parser.currentName();
      TokenStreamLocation keyAt = parser.currentTokenLocation();
      parser.nextToken();
      TreePath path = TreePath.root().field(name);
      if (!seen.add(name)) {
        problems.add(IoProblemCode.DUPLICATE_KEY, path.toString(), keyAt.getLineNr(),
            keyAt.getColumnNr(), "the key " + TreeReader.quote(name) + " is given twice");
        parser.skipChildren();
        continue;
      }
      if (name.equals("format") || name.equals("version")) {
        header.put(name, reader.read(path, 2));
        continue;
      }
      Collection collection = COLLECTIONS.get(name);
      if (collection == null) {
        Node value = reader.read(path, 2);
        problems.add(IoProblemCode.UNKNOWN_FIELD, path, value, "a dataset has no field "
            + TreeReader.quote(name) + "; its collections are " + String.join(", ", COLLECTIONS.keySet()));
        continue;
      }
      if (parser.currentToken() != JsonToken.START_ARRAY) {
        Node value = reader.read(path, 2);
        problems.add(IoProblemCode.WRONG_TYPE, path, value, "expected a list, found "
            + value.type().description());
        continue;
      }
      int i = 0;
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        TreePath at = path.index(i++);
        Node element = reader.read(at, 3);
        locations.add(name, problems.file(), element.line(), element.column());
        if (element.is(Node.Type.NULL)) {
          problems.add(IoProblemCode.WRONG_TYPE, at, element, "a list element may not be null");
        } else {
          collection.read(element, at, problems, into);
        }
      }
    }
    if (parser.nextToken() != null) {
      TokenStreamLocation at = parser.currentTokenLocation();
      problems.add(IoProblemCode.MALFORMED, "", at.getLineNr(), at.getColumnNr(),
          "unexpected content after the end of the document");
    }
    return header;
  }

  /** Writes the dataset as a document, one element at a time. */
  public static void write(Dataset d, Writer out) {
    try (JsonGenerator g = TreeWriter.generator(Formats.json(), out, true)) {
      g.writeStartObject();
      g.writeStringProperty("format", FORMAT);
      g.writeNumberProperty("version", VERSION);
      collection(g, "schools", d.schools(), StructureCodec::school);
      collection(g, "people", d.people(), StructureCodec::person);
      collection(g, "communities", d.communities(), StructureCodec::community);
      collection(g, "teams", d.teams(), StructureCodec::team);
      collection(g, "exchanges", d.exchanges(), PairingCodec::exchange);
      collection(g, "studentPairings", d.studentPairings(), PairingCodec::studentPairing);
      collection(g, "partyBranches", d.partyBranches(), PairingCodec::partyBranch);
      collection(g, "partyPairings", d.partyPairings(), PairingCodec::partyPairing);
      collection(g, "activities", d.activities(), ActivityCodec::activity);
      collection(g, "scores", d.scores(), ScoreCodec::score);
      g.writeEndObject();
    }
    try {
      out.write('\n');
      out.flush();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static <T> void collection(JsonGenerator g, String name, List<T> values,
      Function<T, Node> encode) {
    g.writeName(name);
    g.writeStartArray();
    for (T v : values) {
      TreeWriter.write(encode.apply(v), g);
    }
    g.writeEndArray();
  }
}
