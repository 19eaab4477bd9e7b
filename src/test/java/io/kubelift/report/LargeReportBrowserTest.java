package io.kubelift.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubelift.cli.CliRunner;
import io.kubelift.synthetic.SyntheticEstate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The HTML report of a synthetic 10,000-VM estate in headless Chromium: it opens with the first page of VMs drawn,
 * and filtering answers with the right rows. Timings are logged, not asserted beyond a generous sanity bound: speed
 * is measured by the benchmark ({@code mvn -Pbench verify}), not by timed unit tests on a shared machine.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LargeReportBrowserTest {
  private static final int VMS = 10_000;
  /** Rows the script draws per page (report.js PAGE). */
  private static final int PAGE = 50;

  @TempDir static Path tmp;
  static ChromeDriver browser;
  static JsonNode assessment;
  static long openMillis;

  @BeforeAll
  static void open() throws IOException {
    Path rvtools = SyntheticEstate.writeCsv(tmp.resolve("estate"), VMS, 42);
    Path out = tmp.resolve("report");
    CliRunner.Result r = CliRunner.run("assess", "--quiet", "--format", "json,html", "--out", out.toString(),
        "--apps", tmp.resolve("estate").resolve(SyntheticEstate.APPS).toString(), rvtools.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assessment = new ObjectMapper().readTree(out.resolve("assessment.json").toFile());
    System.out.printf("10k-VM report: index.html %,d bytes, assessment.json %,d bytes%n",
        Files.size(out.resolve(HtmlReportRenderer.FILE)), Files.size(out.resolve("assessment.json")));
    browser = Chromium.start(tmp.resolve("profile"), 1280, 1800);
    long t0 = System.nanoTime();
    browser.get(out.resolve(HtmlReportRenderer.FILE).toUri().toString());
    openMillis = (System.nanoTime() - t0) / 1_000_000;
    System.out.printf("10k-VM report: loaded and drawn in %d ms%n", openMillis);
  }

  @AfterAll
  static void close() {
    Chromium.quit(browser);
  }

  @Test
  @Order(1)
  void it_opens_with_the_first_page_of_vms_drawn() {
    int vms = assessment.path("vms").size();
    assertThat(vms).isGreaterThan(VMS * 9 / 10);
    assertThat(rows()).isEqualTo(PAGE);
    assertThat(text("vm-count")).isEqualTo(vms + " of " + vms + " VMs");
    assertThat(openMillis).as("sanity bound only; the benchmark measures").isLessThan(60_000);
  }

  @Test
  @Order(2)
  void filtering_by_rating_and_by_name_answers_with_the_matching_rows() {
    int vms = assessment.path("vms").size();
    int hard = 0;
    for (JsonNode v : assessment.path("vms")) {
      hard += v.path("overall").asText().equals("HARD") ? 1 : 0;
    }
    double rating = timed("var s = document.getElementById('vm-rating'); s.value = 'HARD';"
        + " s.dispatchEvent(new Event('change'));");
    assertThat(text("vm-count")).isEqualTo(hard + " of " + vms + " VMs");
    assertThat(rows()).isEqualTo(Math.min(PAGE, hard));
    assertThat(browser.findElements(By.cssSelector("#vm-table tbody tr.row td:nth-child(8)")))
        .allSatisfy(td -> assertThat(td.getText()).isEqualTo("HARD"));
    String name = assessment.path("vms").get(vms / 2).path("name").asText();
    double search = timed("var s = document.getElementById('vm-rating'); s.value = '';"
        + " s.dispatchEvent(new Event('change')); var t = document.getElementById('vm-text');"
        + " t.value = '" + name + "'; t.dispatchEvent(new Event('input'));");
    assertThat(text("vm-count")).isEqualTo("1 of " + vms + " VMs");
    assertThat(browser.findElement(By.cssSelector("#vm-table tbody tr.row")).getAttribute("data-name"))
        .isEqualTo(name);
    System.out.printf("10k-VM report: filter by rating %.0f ms, search by name %.0f ms%n", rating, search);
    assertThat(rating).as("sanity bound only; the benchmark measures").isLessThan(10_000);
  }

  /** Runs a script in the page and returns how long it took, in milliseconds (the tables redraw synchronously). */
  private static double timed(String script) {
    Object ms = browser.executeScript("var t0 = performance.now(); " + script + " return performance.now() - t0;");
    return ((Number) ms).doubleValue();
  }

  private static int rows() {
    return browser.findElements(By.cssSelector("#vm-table tbody tr.row")).size();
  }

  private static String text(String id) {
    return browser.findElement(By.id(id)).getText();
  }
}
