package io.kubelift.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubelift.cli.CliRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two different VMs of one name — twice in one file, or in two files with different UUIDs — are both assessed,
 * get plans of their own and carry a note naming the other, in {@code assessment.json} and the reports. Records
 * of one name without UUIDs in different files are the same VM and merge (web01), as {@code VmMerger} documents.
 */
class DuplicateNamesTest {
  private static final String DIR = HostileInputTest.DIR + "duplicate-names/";
  private static final String SAME = DIR + "same-file.yaml";
  private static final String A = DIR + "uuid-a.yaml";
  private static final String B = DIR + "uuid-b.yaml";
  @TempDir Path out;

  private record Row(String name, String source, List<String> sources, List<String> notes) {}

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  @Test
  void same_named_vms_are_kept_apart_and_flagged_in_assessment_json_and_the_reports() throws IOException {
    CliRunner.Result r = CliRunner.run("assess", "--quiet", "--format", "json,html,md", "--out", out.toString(),
        SAME, A, B);
    assertThat(r.code()).as(r.err()).isZero();
    List<Row> rows = new ArrayList<>();
    for (JsonNode v : new ObjectMapper().readTree(out.resolve("assessment.json").toFile()).path("vms")) {
      rows.add(new Row(v.path("name").asText(), v.path("source").asText(), texts(v.path("sources")),
          texts(v.path("notes"))));
    }
    String kept = ": kept apart, check which is which";
    assertThat(rows).extracting(Row::name, Row::source, Row::notes).containsExactly(
        tuple("app01", A + ":3", List.of("a VM of another input has the same name (" + B + ":3) but a different UUID"
            + kept)),
        tuple("app01", B + ":3", List.of("a VM of another input has the same name (" + A + ":3) but a different UUID"
            + kept)),
        tuple("db01", SAME + ":3", List.of("another VM of this input has the same name (" + SAME + ":5)" + kept)),
        tuple("db01", SAME + ":5", List.of("another VM of this input has the same name (" + SAME + ":3)" + kept)),
        tuple("web01", SAME + ":7", List.of()));
    assertThat(rows.get(4).sources()).containsExactly(SAME + ":7", A + ":6", B + ":6");
    String html = Files.readString(out.resolve("index.html"));
    assertThat(html).contains("<h3>Notes on VMs</h3>", "<tr><td>db01</td><td><code>" + SAME + ":5</code></td><td>"
        + "another VM of this input has the same name (" + SAME + ":3)" + kept + "</td></tr>");
    assertThat(Files.readString(out.resolve("report.md"))).contains("| app01 | " + A + ":3 | a VM of another input "
        + "has the same name \\(" + B + ":3\\) but a different UUID" + kept + " |");
  }

  @Test
  void same_named_vms_get_plan_directories_of_their_own() throws IOException {
    CliRunner.Result r = CliRunner.run("plan", "--out", out.toString(), SAME, A, B);
    assertThat(r.code()).as(r.err()).isZero();
    List<String> dirs;
    try (Stream<Path> s = Files.list(out.resolve("_standalone"))) {
      dirs = s.map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertThat(dirs).hasSize(5).filteredOn(d -> d.startsWith("app01-")).hasSize(2);
    assertThat(dirs).filteredOn(d -> d.startsWith("db01-")).hasSize(2);
    assertThat(dirs).contains("web01");
  }
}
