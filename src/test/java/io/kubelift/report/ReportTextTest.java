package io.kubelift.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubelift.assess.AppAssessment;
import io.kubelift.assess.Grade;
import io.kubelift.model.Application;
import io.kubelift.model.Dimension;
import io.kubelift.rubric.Tally;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The small escaping and cleaning functions the report formats rely on. */
class ReportTextTest {
  @Test
  void clean_replaces_what_no_document_can_carry_and_keeps_the_rest() {
    assertThat(Text.clean("a\u0000b\u001b[31mc")).isEqualTo("a\uFFFDb\uFFFD[31mc");
    assertThat(Text.clean("line\nbreak\u2028and\u2029tab\t")).isEqualTo("line break and tab ");
    assertThat(Text.clean("lone \uD800 high, lone \uDC00 low")).isEqualTo("lone \uFFFD high, lone \uFFFD low");
    assertThat(Text.clean("pair \uD83D\uDE80 kept, 日本語 kept, \uFFFF gone")).isEqualTo(
        "pair \uD83D\uDE80 kept, 日本語 kept, \uFFFD gone");
    assertThat(Text.clean(null)).isNull();
  }

  @Test
  void the_data_island_cannot_end_its_script_element() {
    String json = "{\"a\":\"</script><!-- & \u2028\u2029\"}";
    assertThat(DataIsland.escapeForScript(json))
        .isEqualTo("{\"a\":\"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028\\u2029\"}");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
    "=1+1 | '=1+1", "+1 | '+1", "-1 | '-1", "@SUM(A1) | '@SUM(A1)", "plain | plain", "a=b | a=b"})
  void csv_cells_starting_like_a_formula_get_an_apostrophe(String in, String expected) {
    assertThat(CsvReportRenderer.cell(in)).isEqualTo(expected);
  }

  @Test
  void csv_tab_and_carriage_return_starts_are_neutralised_too() {
    assertThat(CsvReportRenderer.cell("\t=1")).isEqualTo("'\t=1");
    assertThat(CsvReportRenderer.cell("\r=1")).isEqualTo("'\r=1");
  }

  @Test
  void markdown_output_format_escapes_markup_and_flattens_lines() {
    assertThat(MarkdownOutputFormat.INSTANCE.escapePlainText("[x](javascript:alert(1)) <b>|`#*_\n~!"))
        .isEqualTo("\\[x\\]\\(javascript:alert\\(1\\)\\) \\<b\\>\\|\\`\\#\\*\\_ \\~\\!");
  }

  @Test
  void jfreesvg_writes_a_hostile_chart_label_as_text() {
    Map<Dimension, Grade> grades = new EnumMap<>(Dimension.class);
    for (Dimension d : Dimension.values()) {
      grades.put(d, Grade.HARD);
    }
    AppAssessment app = new AppAssessment(new Application("<script>alert(1)</script>&", null, "none", List.of(),
        null, null, null, null, null, null), List.of(), List.of(), grades, Grade.HARD, true, new Tally(1, 1),
        List.of());
    String svg = Charts.svg("t", GradeCharts.application(app), 300, 200);
    assertThat(svg).contains("&lt;script&gt;alert(1)&lt;/script&gt;&amp;", "(blocked)").doesNotContain("<script");
    assertThat(svg).isEqualTo(Charts.svg("t", GradeCharts.application(app), 300, 200));
  }
}
