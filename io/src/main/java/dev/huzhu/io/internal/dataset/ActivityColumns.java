package dev.huzhu.io.internal.dataset;

import dev.huzhu.core.activity.Activity;
import dev.huzhu.core.activity.ActivityKind;
import dev.huzhu.core.activity.Direction;
import dev.huzhu.core.activity.Participant;
import dev.huzhu.core.activity.ParticipantRole;
import dev.huzhu.core.activity.PreparationStage;
import dev.huzhu.core.activity.Quantity;
import dev.huzhu.core.school.SchoolSubject;
import dev.huzhu.io.IoProblemCode;
import dev.huzhu.io.ReadLimits;
import dev.huzhu.io.document.Readers.Identifiers;
import dev.huzhu.io.internal.csv.CsvTable;
import dev.huzhu.io.internal.csv.CsvWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The columns of an activity log in CSV, one activity a row. {@code id, date, kind, credited}
 * are required; the others may be left out of the header or left empty in a row:
 * <pre>
 * id,date,kind,credited,host,place,participants,subject,grade,followUpOf,direction,stage,tags,
 * lessons,materials,amountYuan,peopleHelped,jobs,items,rating
 * </pre>
 * {@code credited} and {@code tags} are lists ({@code g-zc-math3;g-zc-chinese3});
 * {@code participants} is a list of {@code person:ROLE} ({@code p-zc-wang:LEAD;p-xx-li:PARTICIPANT});
 * each quantity has a column of its own.
 */
public final class ActivityColumns {
  private ActivityColumns() {}

  /** Every column, in the order huzhu writes them. */
  public static final List<String> COLUMNS;
  /** The columns a header must have. */
  public static final Set<String> REQUIRED = Set.of("id", "date", "kind", "credited");

  static {
    List<String> columns = new ArrayList<>(List.of("id", "date", "kind", "credited", "host",
        "place", "participants", "subject", "grade", "followUpOf", "direction", "stage", "tags"));
    for (Quantity q : Quantity.values()) {
      columns.add(q.identifier());
    }
    COLUMNS = List.copyOf(columns);
  }

  private static final Identifiers<ActivityKind> KINDS = Identifiers.of(ActivityKind.class);
  private static final Identifiers<SchoolSubject> SCHOOL_SUBJECTS = Identifiers.of(SchoolSubject.class);
  private static final Identifiers<ParticipantRole> ROLES = Identifiers.of(ParticipantRole.class);
  private static final Identifiers<Direction> DIRECTIONS = Identifiers.of(Direction.class);
  private static final Identifiers<PreparationStage> PREPARATION_STAGES = Identifiers.of(PreparationStage.class);

  /** Decodes one row; empty, with the problems recorded, when it cannot be. */
  public static Optional<Activity> activity(CsvTable.Row row, ReadLimits limits) {
    return new Decoder(row.table(), limits).activity(row);
  }

  /** Decodes the rows of one table, its columns' positions looked up once. */
  public static final class Decoder {
    private static final Quantity[] QUANTITY_COLUMNS = Quantity.values();
    private final int[] at = new int[COLUMNS.size()];
    private final ReadLimits limits;

    public Decoder(CsvTable table, ReadLimits limits) {
      for (int i = 0; i < at.length; i++) {
        at[i] = table.position(COLUMNS.get(i));
      }
      this.limits = limits;
    }

    private String cell(CsvTable.Row row, int column) {
      return row.cell(at[column]);
    }

    /** Decodes one row; empty, with the problems recorded, when it cannot be. */
    public Optional<Activity> activity(CsvTable.Row row) {
      int mark = row.problems().count();
      var b = Activity.builder();
      Cells.required(row, "id", cell(row, 0)).ifPresent(b::id);
      Cells.required(row, "date", cell(row, 1)).flatMap(c -> Cells.date(row, "date", c)).ifPresent(b::date);
      Cells.required(row, "kind", cell(row, 2)).flatMap(c -> Cells.identifier(row, "kind", c, KINDS))
          .ifPresent(b::kind);
      Cells.split(row, "credited", cell(row, 3)).ifPresent(b::credited);
      Cells.optional(cell(row, 4)).ifPresent(b::host);
      Cells.optional(cell(row, 5)).ifPresent(b::place);
      Cells.optional(cell(row, 6)).ifPresent(c -> participants(row, c, b));
      Cells.optional(cell(row, 7)).flatMap(c -> Cells.identifier(row, "subject", c, SCHOOL_SUBJECTS))
          .ifPresent(b::schoolSubject);
      Cells.optional(cell(row, 8)).flatMap(c -> Cells.whole(row, "grade", c)).ifPresent(b::grade);
      Cells.optional(cell(row, 9)).ifPresent(b::followUpOf);
      Cells.optional(cell(row, 10)).flatMap(c -> Cells.identifier(row, "direction", c, DIRECTIONS))
          .ifPresent(b::direction);
      Cells.optional(cell(row, 11)).flatMap(c -> Cells.identifier(row, "stage", c, PREPARATION_STAGES))
          .ifPresent(b::preparationStage);
      Cells.optional(cell(row, 12)).ifPresent(c -> tags(row, c, b));
      for (int q = 0; q < QUANTITY_COLUMNS.length; q++) {
        String text = cell(row, 13 + q);
        if (!text.isEmpty()) {
          Quantity quantity = QUANTITY_COLUMNS[q];
          Cells.decimal(row, quantity.identifier(), text, limits.maxNumberChars())
              .ifPresent(v -> b.putQuantities(quantity, v));
        }
      }
      return Rows.build(row, mark, b::build);
    }
  }

  private static void participants(CsvTable.Row row, String cell, dev.huzhu.core.activity.ImmutableActivity.Builder b) {
    for (String element : Cells.split(row, "participants", cell).orElse(List.of())) {
      int colon = element.lastIndexOf(':');
      if (colon <= 0) {
        row.problem(IoProblemCode.INVALID_VALUE, "participants", "\"" + Cells.printable(element)
            + "\" is not person:ROLE (e.g. p-zc-wang:LEAD)");
        continue;
      }
      Cells.identifier(row, "participants", element.substring(colon + 1), ROLES)
          .ifPresent(role -> b.addParticipants(Participant.of(element.substring(0, colon), role)));
    }
  }

  private static void tags(CsvTable.Row row, String cell, dev.huzhu.core.activity.ImmutableActivity.Builder b) {
    Optional<List<String>> tags = Cells.split(row, "tags", cell);
    Set<String> seen = new HashSet<>();
    for (String tag : tags.orElse(List.of())) {
      if (!seen.add(tag)) {
        row.problem(IoProblemCode.DUPLICATE_ELEMENT, "tags", "the tag \"" + Cells.printable(tag)
            + "\" is given twice");
      }
    }
    // a repeat is reported above, so the row is not built: nothing is dropped quietly
    tags.ifPresent(b::tags);
  }

  /** Writes the header of every column. */
  public static void header(CsvWriter out) {
    out.header(COLUMNS);
  }

  /** Writes one activity as a row of every column. */
  public static void write(Activity a, CsvWriter out) {
    out.text(a.id()).text(a.date().toString()).text(a.kind().name()).text(Cells.join(a.credited()));
    optional(out, a.host().orElse(""));
    optional(out, a.place().orElse(""));
    List<String> participants = new ArrayList<>();
    for (Participant p : a.participants()) {
      participants.add(p.person() + ":" + p.role().name());
    }
    optional(out, Cells.join(participants));
    optional(out, a.schoolSubject().map(Enum::name).orElse(""));
    if (a.grade().isPresent()) {
      out.number(a.grade().get());
    } else {
      out.empty();
    }
    optional(out, a.followUpOf().orElse(""));
    optional(out, a.direction().map(Enum::name).orElse(""));
    optional(out, a.preparationStage().map(Enum::name).orElse(""));
    optional(out, Cells.join(a.tags()));
    for (Quantity q : Quantity.values()) {
      Optional<BigDecimal> v = a.quantity(q);
      if (v.isPresent()) {
        out.number(v.get());
      } else {
        out.empty();
      }
    }
    out.endRow();
  }

  private static void optional(CsvWriter out, String text) {
    if (text.isEmpty()) {
      out.empty();
    } else {
      out.text(text);
    }
  }
}
