package io.kubelift.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubelift.cli.CliRunner;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile names in the HTML report ({@code hostile/report-names.yaml}): the capacity fit's links to VMs are
 * URI-encoded, unique — names differing by case, names that clean alike and names shared by two VMs each get a
 * link of their own — and markup in VM and application names stays text, in the SVG charts as everywhere else.
 */
class HostileReportNamesTest {
  private static final String INPUT = HostileInputTest.DIR + "report-names.yaml";
  private static final Pattern LINK = Pattern.compile("href=\"#vm=([^\"]*)\"");
  private static final Pattern SVG = Pattern.compile("<svg[\\s\\S]*?</svg>");
  private static final String SAFE = "[A-Za-z0-9%._~*'()!-]+";
  @TempDir static Path out;
  static String html;

  @BeforeAll
  static void assess() throws IOException {
    CliRunner.Result r = CliRunner.run("assess", "--quiet", "--cluster-facts", "fixtures/clusters/kubevirt-full.yaml",
        "--out", out.toString(), INPUT);
    assertThat(r.code()).as(r.err()).isZero();
    html = Files.readString(out.resolve("index.html"));
  }

  private static String decode(String s) {
    return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  @Test
  void every_vm_link_is_encoded_unique_and_names_its_vm() {
    List<String> links = new ArrayList<>();
    List<String> targets = new ArrayList<>();
    for (Matcher m = LINK.matcher(html); m.find(); ) {
      String href = m.group(1);
      links.add(href);
      assertThat(href).matches(SAFE + "(&amp;at=" + SAFE + ")?");
      String[] parts = href.split("&amp;at=");
      targets.add(decode(parts[0]) + (parts.length > 1 ? " @ " + decode(parts[1]) : ""));
    }
    assertThat(links).hasSize(9).doesNotHaveDuplicates();
    assertThat(targets).containsExactlyInAnyOrder("../../etc/passwd", "CON", "DB01", "db01 @ " + INPUT + ":9",
        "db01 @ " + INPUT + ":11", "x\uFFFDy @ " + INPUT + ":12", "x\uFFFDy @ " + INPUT + ":13", "n".repeat(300),
        "<script>alert(1)</script>");
  }

  @Test
  void markup_in_names_stays_text_in_the_svg_charts() {
    StringBuilder svg = new StringBuilder();
    for (Matcher m = SVG.matcher(html); m.find(); ) {
      svg.append(m.group()).append('\n');
    }
    assertThat(svg.toString()).contains("&lt;script&gt;alert(1)&lt;/script&gt;</text>",
        "&quot;&gt;&lt;svg onload=alert(1)&gt;</text>").doesNotContain("<script").doesNotContain("onload=alert(1)>");
  }

  @Test
  void the_only_script_elements_are_the_reports_own() {
    Matcher m = Pattern.compile("<script[^>]*>").matcher(html);
    List<String> scripts = new ArrayList<>();
    while (m.find()) {
      scripts.add(m.group());
    }
    assertThat(scripts).containsExactly("<script type=\"application/json\" id=\"kubelift-data\">", "<script>");
    assertThat(html).doesNotContain("<svg onload").doesNotContain("<script>alert(1)");
  }
}
