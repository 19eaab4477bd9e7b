package io.kubelift.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubelift.cli.CliRunner;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every report format of {@code fixtures/seed/} plus the hostile names, written once through the command line:
 * each carries the names as inert text, and a second run writes the same bytes.
 */
class ReportFormatsTest {
  static final List<String> FILES = List.of("assessment.json", "index.html", "report.md", "report.pdf", "vms.csv",
      "findings.csv");
  @TempDir static Path tmp;
  static Path out;
  static JsonNode assessment;

  @BeforeAll
  static void write() throws IOException {
    out = tmp.resolve("report");
    assess(out);
    assessment = new ObjectMapper().readTree(out.resolve("assessment.json").toFile());
  }

  private static void assess(Path dir) {
    CliRunner.Result r = CliRunner.run("assess", "--quiet", "--out", dir.toString(), "--format",
        "json,html,md,pdf,csv", "fixtures/seed", HtmlReportBrowserTest.HOSTILE_INPUT);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"index.html", "report.md", "report.pdf", "vms.csv", "findings.csv"})
  void the_same_input_gives_the_same_bytes(String file) throws IOException {
    Path again = tmp.resolve("again");
    if (!Files.isDirectory(again)) {
      assess(again);
    }
    assertThat(Files.readAllBytes(again.resolve(file))).isEqualTo(Files.readAllBytes(out.resolve(file)));
  }

  @Test
  void the_pdf_names_every_application_and_vm() throws IOException {
    String text;
    try (PDDocument pdf = Loader.loadPDF(out.resolve(PdfReportRenderer.FILE).toFile())) {
      assertThat(pdf.getNumberOfPages()).isGreaterThan(3);
      text = new PDFTextStripper().getText(pdf);
    }
    for (JsonNode x : List.of(assessment.path("applications"), assessment.path("vms"))) {
      for (JsonNode n : x) {
        assertThat(text).contains(Text.clean(n.path("name").asText()));
      }
    }
    assertThat(text).contains(HtmlReportBrowserTest.HOSTILE_VM, "Executive summary", "Findings by rule",
        "None given: cluster facts unknown");
  }

  @Test
  void markdown_escapes_every_inventory_string_and_keeps_tables_intact() throws IOException {
    String md = Files.readString(out.resolve(MarkdownReportRenderer.FILE));
    assertThat(md).contains("\\<img src=x onerror=alert\\(1\\)\\>", "\"\\>\\<svg onload=alert\\(2\\)\\>",
        "=HYPERLINK\\(\"http://evil.invalid\",\"x\"\\) \\| \\`tick\\` \\# head next")
        .doesNotContainPattern("(?<!\\\\)<(img|svg)").doesNotContain("\u2028", "\u0007");
    for (String table : List.of("| Application | Pattern |", "| VM | Application |")) {
      List<String> rows = tableRows(md, table);
      assertThat(rows).hasSizeGreaterThan(2);
      assertThat(rows).allSatisfy(row -> assertThat(cells(row)).isEqualTo(cells(rows.get(0))));
    }
  }

  @Test
  void csv_cells_that_a_spreadsheet_would_compute_are_neutralised() throws IOException {
    List<CSVRecord> vms = csv(CsvReportRenderer.VMS);
    assertThat(vms.get(0).values()).startsWith("VM", "Application", "Role", "Source", "Image migration");
    assertThat(vms).hasSize(assessment.path("vms").size() + 1);
    CSVRecord formula = vms.stream().filter(r -> r.get(0).contains("HYPERLINK")).findFirst().orElseThrow();
    assertThat(formula.get(0)).startsWith("'=HYPERLINK(");
    CSVRecord img = vms.stream().filter(r -> r.get(0).equals(HtmlReportBrowserTest.HOSTILE_VM)).findFirst()
        .orElseThrow();
    assertThat(img.get(2)).isEqualTo("'-2+3");
    for (String file : List.of(CsvReportRenderer.VMS, CsvReportRenderer.FINDINGS)) {
      for (CSVRecord r : csv(file)) {
        assertThat(r.values()).allSatisfy(cell -> assertThat(cell).doesNotMatch("(?s)[=+\\-@\t\r].*"));
      }
    }
    assertThat(csv(CsvReportRenderer.FINDINGS)).anySatisfy(r -> assertThat(r.values())
        .containsSubsequence("application", "ha-shared-disk", "ha-shared-disk", "HA-SHARED-DISK-UNFENCED"));
  }

  @Test
  void html_carries_inventory_text_only_escaped() throws IOException {
    String html = Files.readString(out.resolve(HtmlReportRenderer.FILE));
    assertThat(html).doesNotContain("<img", "<svg onload", "<script>alert")
        .contains("&quot;&gt;&lt;svg onload=alert(2)&gt;</text>"); // the application's chart title, by JFreeSVG
    String island = between(html, "<script type=\"application/json\" id=\"kubelift-data\">", "</script>");
    assertThat(island).doesNotContain("<", ">", "&", "\u2028", "\u2029").contains("\\u003cimg src=x");
    JsonNode data = new ObjectMapper().readTree(island);
    assertThat(data.path("vms")).hasSize(assessment.path("vms").size());
    String script = between(html, "<script>", "</script>");
    assertThat(html).contains("script-src 'sha256-" + HtmlReportRenderer.sha256(script) + "'");
  }

  @Test
  void html_is_self_contained() throws IOException {
    String html = Files.readString(out.resolve(HtmlReportRenderer.FILE));
    String markup = html.replaceAll("(?s)<script[^>]*>.*?</script>", "");
    Matcher refs = Pattern.compile("<[a-zA-Z][^>]*?\\s(?:src|href)=[\"']([^\"']*)[\"']").matcher(markup);
    List<String> refsSeen = new ArrayList<>();
    while (refs.find()) {
      refsSeen.add(refs.group(1));
    }
    assertThat(refsSeen).isNotEmpty().allSatisfy(ref -> assertThat(ref).matches("#.*|data:.*|https://.*"));
    assertThat(html).doesNotContain("<link rel=\"stylesheet\"", "<script src", "@import", "url(http");
  }

  private List<CSVRecord> csv(String file) throws IOException {
    try (Reader r = Files.newBufferedReader(out.resolve(file), StandardCharsets.UTF_8)) {
      return CSVFormat.DEFAULT.parse(r).getRecords();
    }
  }

  private static List<String> tableRows(String md, String header) {
    List<String> rows = new ArrayList<>();
    boolean in = false;
    for (String line : md.split("\n", -1)) {
      in = in ? line.startsWith("|") : line.startsWith(header);
      if (in) {
        rows.add(line);
      }
    }
    return rows;
  }

  /** Cells of a Markdown table row: unescaped pipes. */
  private static int cells(String row) {
    return row.split("(?<!\\\\)\\|", -1).length;
  }

  private static String between(String s, String start, String end) {
    int i = s.indexOf(start) + start.length();
    return s.substring(i, s.indexOf(end, i));
  }
}
