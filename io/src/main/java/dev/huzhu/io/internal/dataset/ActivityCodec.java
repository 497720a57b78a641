package dev.huzhu.io.internal.dataset;

import static dev.huzhu.io.internal.dataset.NodeEncoders.nonEmpty;
import static dev.huzhu.io.internal.dataset.NodeEncoders.optional;
import static dev.huzhu.io.internal.dataset.NodeEncoders.optionalText;
import static dev.huzhu.io.internal.dataset.NodeEncoders.strings;

import dev.huzhu.core.activity.Activity;
import dev.huzhu.core.activity.ActivityKind;
import dev.huzhu.core.activity.Direction;
import dev.huzhu.core.activity.Participant;
import dev.huzhu.core.activity.ParticipantRole;
import dev.huzhu.core.activity.PreparationStage;
import dev.huzhu.core.activity.Quantity;
import dev.huzhu.io.document.Decoding;
import dev.huzhu.io.document.Fields;
import dev.huzhu.io.document.Node;
import dev.huzhu.io.document.Reader;
import dev.huzhu.io.document.Readers;
import dev.huzhu.io.document.Readers.Identifiers;
import dev.huzhu.io.document.TreePath;
import java.util.Arrays;
import java.util.Optional;

/**
 * An activity as an object: in a dataset's {@code activities} and on each line of a JSON Lines
 * log. Quantities are an object from a quantity's identifier ({@code amountYuan}) to a number.
 */
public final class ActivityCodec {
  private ActivityCodec() {}

  /** The quantities by the identifiers files use. */
  public static final Identifiers<Quantity> QUANTITIES =
      Identifiers.of(Arrays.asList(Quantity.values()), Quantity::identifier);
  static final Reader<ActivityKind> KIND = Readers.enumOf(ActivityKind.class);
  static final Reader<ParticipantRole> ROLE = Readers.enumOf(ParticipantRole.class);
  static final Reader<Direction> DIRECTION = Readers.enumOf(Direction.class);
  static final Reader<PreparationStage> PREPARATION_STAGE = Readers.enumOf(PreparationStage.class);

  /** Decodes an activity; empty, with the problems recorded, when it cannot be. */
  public static Optional<Activity> activity(Node node, TreePath path, Decoding problems) {
    return Fields.of(node, path, problems, "an activity").flatMap(f -> {
      var b = Activity.builder();
      f.required("id", Readers.STRING, b::id);
      f.required("date", Readers.DATE, b::date);
      f.required("kind", KIND, b::kind);
      f.required("credited", Readers.list(Readers.STRING), b::credited);
      f.optional("host", Readers.STRING, b::host);
      f.optional("place", Readers.STRING, b::place);
      f.optional("participants", Readers.list(ActivityCodec::participant), b::participants);
      f.optional("subject", StructureCodec.SCHOOL_SUBJECT, b::schoolSubject);
      f.optional("grade", Readers.INT, b::grade);
      f.optional("quantities", Readers.map(QUANTITIES, Readers.DECIMAL), b::quantities);
      f.optional("followUpOf", Readers.STRING, b::followUpOf);
      f.optional("direction", DIRECTION, b::direction);
      f.optional("stage", PREPARATION_STAGE, b::preparationStage);
      f.optional("tags", Readers.set(Readers.STRING), b::tags);
      return f.build(b::build);
    });
  }

  private static Optional<Participant> participant(Node node, TreePath path, Decoding problems) {
    return Fields.of(node, path, problems, "a participant").flatMap(f -> {
      Optional<String> person = f.required("person", Readers.STRING);
      Optional<ParticipantRole> role = f.required("role", ROLE);
      return f.build(() -> Participant.of(person.orElseThrow(), role.orElseThrow()));
    });
  }

  /** Encodes an activity, leaving out what it does not have. */
  public static Node activity(Activity a) {
    Node n = Node.object().with("id", a.id()).with("date", a.date().toString())
        .with("kind", a.kind().name()).with("credited", strings(a.credited()));
    optionalText(n, "host", a.host());
    optionalText(n, "place", a.place());
    nonEmpty(n, "participants", a.participants(), NodeEncoders.list(a.participants(), p -> Node.object()
        .with("person", p.person()).with("role", p.role().name())));
    optional(n, "subject", a.schoolSubject(), s -> Node.string(s.name()));
    optional(n, "grade", a.grade(), g -> Node.number(g));
    if (!a.quantities().isEmpty()) {
      Node q = Node.object();
      a.quantities().forEach((k, v) -> q.with(k.identifier(), v));
      n.with("quantities", q);
    }
    optionalText(n, "followUpOf", a.followUpOf());
    optional(n, "direction", a.direction(), d -> Node.string(d.name()));
    optional(n, "stage", a.preparationStage(), s -> Node.string(s.name()));
    nonEmpty(n, "tags", a.tags(), strings(a.tags()));
    return n;
  }
}
