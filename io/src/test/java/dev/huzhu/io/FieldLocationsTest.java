package dev.huzhu.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.huzhu.core.validation.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A problem the dataset's validation finds is located at the field it names — the value's line and
 * column — not at the start of the element holding it, in the dataset and in its logs alike.
 */
class FieldLocationsTest {
  @TempDir
  Path dir;

  // 靖边六小 and one township school; the team's third member (line 14) names nobody
  private static final String DATASET = String.join("\n",
      "{\"format\": \"huzhu-dataset\", \"version\": 1,",
      " \"schools\": [",
      "  {\"id\": \"s-jb6\", \"name\": \"靖边六小\", \"locality\": \"URBAN\", \"stage\": \"PRIMARY\", \"county\": \"靖边县\"},",
      "  {\"id\": \"s-jb-hdj\", \"name\": \"红墩界中心小学\", \"locality\": \"TOWNSHIP\", \"stage\": \"PRIMARY\", \"county\": \"靖边县\"}],",
      " \"people\": [",
      "  {\"id\": \"p-jb6-principal\", \"name\": \"靖边六小校长\", \"roles\": [\"PRINCIPAL\"], \"school\": \"s-jb6\"},",
      "  {\"id\": \"p-jb6-vp\", \"name\": \"靖边六小主管业务副校长\", \"roles\": [\"VICE_PRINCIPAL\"], \"school\": \"s-jb6\"}],",
      " \"communities\": [",
      "  {\"id\": \"c-jb6\", \"name\": \"靖边六小城乡互助共同体\", \"core\": \"s-jb6\", \"members\": [\"s-jb-hdj\"],",
      "   \"formation\": \"POLICY_ASSIGNED\", \"programme\": \"OTHER\", \"established\": \"2012-09-01\"}],",
      " \"teams\": [",
      "  {\"id\": \"g-jb6-lead\", \"kind\": \"LEADERSHIP_GROUP\", \"name\": \"领导小组\", \"community\": \"c-jb6\",",
      "   \"members\": [{\"person\": \"p-jb6-principal\", \"role\": \"LEADER\"},",
      "               {\"person\": \"p-jb6-vp\", \"role\": \"MEMBER\"},",
      "               {\"person\": \"p-nobody\", \"role\": \"MEMBER\"}]}]",
      "}", "");

  private static Problem only(InvalidFileException e, String code) {
    return e.problems().stream().filter(p -> p.code().name().equals(code)).findFirst().orElseThrow();
  }

  @Test
  void aBadReferenceInTheDatasetIsAtItsValue() throws IOException {
    Path json = Files.writeString(dir.resolve("jingbian.json"), DATASET);
    InvalidFileException e = catchThrowableOfType(InvalidFileException.class,
        () -> DatasetFiles.read(json, List.of(), List.of()));
    Problem p = only(e, "UNKNOWN_REFERENCE");
    assertThat(p.path()).isEqualTo("teams[0].members[2].person");
    // line 15 is `               {"person": "p-nobody", …`: 15 spaces, `{`, `"person"` (8), `:`,
    // a space — the value's quote is column 15 + 1 + 8 + 1 + 1 + 1 = 27; the team opens on line 12
    assertThat(p.location().orElseThrow().line()).isEqualTo(15);
    assertThat(p.location().orElseThrow().column()).isEqualTo(27);
  }

  @Test
  void aBadReferenceInALogIsAtItsCell() throws IOException {
    Path json = Files.writeString(dir.resolve("jingbian.json"), DATASET.replace("p-nobody", "p-jb6-vp")
        .replace("{\"person\": \"p-jb6-vp\", \"role\": \"MEMBER\"}]}]", "{\"person\": \"p-jb6-principal\", \"role\": \"DEPUTY\"}]}]"));
    Path log = Files.writeString(dir.resolve("log.csv"), String.join("\n",
        "id,date,kind,credited,host",
        "a-jb-20121113-sent,2012-11-13,SENT_LESSON,g-jb6-lead,s-jb-hdj",
        "a-jb-20130515-sent,2013-05-15,SENT_LESSON,g-jb6-lead;g-nowhere,s-jb-hdj", ""));
    InvalidFileException e = catchThrowableOfType(InvalidFileException.class,
        () -> DatasetFiles.read(json, List.of(log), List.of()));
    Problem p = only(e, "UNKNOWN_REFERENCE");
    assertThat(p.path()).isEqualTo("activities[1].credited[1]");
    // the credited cell starts after `a-jb-20130515-sent,2013-05-15,SENT_LESSON,`: 18 + 1 + 10 + 1
    // + 11 + 1 = 42 characters, so at column 43 of line 3
    assertThat(p.location().orElseThrow().file()).isEqualTo(log.toString());
    assertThat(p.location().orElseThrow().line()).isEqualTo(3);
    assertThat(p.location().orElseThrow().column()).isEqualTo(43);
  }
}
