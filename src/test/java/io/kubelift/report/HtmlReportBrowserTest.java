package io.kubelift.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubelift.cli.CliRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;

/**
 * The HTML report of {@code fixtures/seed/} plus a VM and an application with hostile names, opened in headless
 * Chromium and used as a reader would: charts, sorting, filtering, opening a VM; then, in the same browser, a report
 * against a target cluster for its capacity chart and links. The last test checks that nothing along the way logged a
 * console error and saves a screenshot as {@code target/report-browser.png}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HtmlReportBrowserTest {
  static final String HOSTILE_INPUT = "src/test/resources/report/hostile-names.yaml";
  static final String HOSTILE_VM = "<img src=x onerror=alert(1)>";
  static final String HOSTILE_APP = "\"><svg onload=alert(2)>";
  private static final List<String> SEVERITY = List.of("EASY", "UNKNOWN", "MEDIUM", "HARD");

  @TempDir static Path tmp;
  static ChromeDriver browser;
  static JsonNode assessment;

  @BeforeAll
  static void open() throws IOException {
    Path out = tmp.resolve("report");
    CliRunner.Result r = CliRunner.run("assess", "--quiet", "--out", out.toString(), "--format", "json,html",
        "fixtures/seed", HOSTILE_INPUT);
    assertThat(r.code()).as(r.err()).isZero();
    assessment = new ObjectMapper().readTree(out.resolve("assessment.json").toFile());
    browser = Chromium.start(tmp.resolve("profile"), 1280, 1800);
    browser.get(out.resolve(HtmlReportRenderer.FILE).toUri().toString());
  }

  @AfterAll
  static void close() {
    Chromium.quit(browser);
  }

  @Test
  @Order(1)
  void the_hostile_names_show_literally_and_run_nothing() {
    assertThat(cell(row("vm-table", HOSTILE_VM), 1).getText()).isEqualTo(HOSTILE_VM);
    assertThat(cell(row("app-table", HOSTILE_APP), 1).getText()).isEqualTo(HOSTILE_APP);
    click(row("vm-table", HOSTILE_VM));
    assertThat(browser.findElement(By.cssSelector("#vm-table tr.detail")).getText()).contains("Read from");
    assertThat(browser.findElements(By.tagName("img"))).isEmpty();
    assertThat(browser.findElements(By.cssSelector("[onerror], [onload]"))).isEmpty();
    assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    click(row("vm-table", HOSTILE_VM));
  }

  @Test
  @Order(2)
  void every_chart_is_visible_with_a_size() {
    List<WebElement> charts = browser.findElements(By.cssSelector("figure.chart > svg"));
    assertThat(charts).hasSize(5 + assessment.path("applications").size());
    for (WebElement chart : charts) {
      assertThat(chart.isDisplayed()).as(chart.getAttribute("id")).isTrue();
      assertThat(chart.getSize().getWidth()).as(chart.getAttribute("id")).isGreaterThan(100);
      assertThat(chart.getSize().getHeight()).as(chart.getAttribute("id")).isGreaterThan(100);
    }
  }

  @Test
  @Order(3)
  void sorting_a_column_reorders_the_rows_both_ways() {
    List<String> before = column("vm-table", 8);
    click(header("vm-table", "overall"));
    List<String> ascending = column("vm-table", 8);
    assertThat(ascending).isNotEqualTo(before).hasSameElementsAs(before)
        .isSortedAccordingTo((x, y) -> SEVERITY.indexOf(x) - SEVERITY.indexOf(y));
    click(header("vm-table", "overall"));
    assertThat(column("vm-table", 8))
        .isSortedAccordingTo((x, y) -> SEVERITY.indexOf(y) - SEVERITY.indexOf(x));
    click(header("vm-table", "name"));
    List<String> names = column("vm-table", 1);
    click(header("vm-table", "name"));
    List<String> reversed = new ArrayList<>(names);
    java.util.Collections.reverse(reversed);
    assertThat(column("vm-table", 1)).isEqualTo(reversed);
  }

  @Test
  @Order(4)
  void filtering_by_hard_shows_only_hard_rows() {
    new Select(browser.findElement(By.id("vm-rating"))).selectByValue("HARD");
    assertThat(column("vm-table", 8)).hasSize(count("vms", "HARD")).containsOnly("HARD");
    new Select(browser.findElement(By.id("app-rating"))).selectByValue("HARD");
    assertThat(column("app-table", 8)).hasSize(count("applications", "HARD")).containsOnly("HARD");
    new Select(browser.findElement(By.id("vm-rating"))).selectByValue("");
    new Select(browser.findElement(By.id("app-rating"))).selectByValue("");
    assertThat(column("vm-table", 1)).hasSize(assessment.path("vms").size());
  }

  @Test
  @Order(5)
  void filtering_by_application_and_text() {
    new Select(browser.findElement(By.id("vm-app"))).selectByValue("three-tier");
    assertThat(column("vm-table", 1)).containsExactlyInAnyOrder("app01", "db01", "web01");
    browser.findElement(By.id("vm-text")).sendKeys("web");
    assertThat(column("vm-table", 1)).containsExactly("web01");
    browser.findElement(By.id("vm-text")).clear();
    browser.executeScript("document.getElementById('vm-text').dispatchEvent(new Event('input'))");
    new Select(browser.findElement(By.id("vm-app"))).selectByValue("");
    assertThat(column("vm-table", 1)).hasSize(assessment.path("vms").size());
  }

  @Test
  @Order(6)
  void opening_a_vm_shows_its_findings_with_why_and_what_to_do() {
    click(row("vm-table", "web01"));
    String detail = browser.findElement(By.cssSelector("#vm-table tr.detail")).getText();
    for (JsonNode f : io.kubelift.AssessmentJson.findings(assessment, vm("web01"))) {
      assertThat(detail).contains(f.path("rule").asText(), f.path("message").asText());
    }
    assertThat(detail).contains("Why it matters.", "What to do.", "Live migration: yes");
    assertThat(browser.findElements(By.cssSelector("#vm-table tr.detail a[href^='https://']"))).isNotEmpty();
    click(row("vm-table", "web01"));
    assertThat(browser.findElements(By.cssSelector("#vm-table tr.detail"))).isEmpty();
  }

  @Test
  @Order(7)
  void opening_an_application_shows_its_rules_and_members() {
    click(row("app-table", "ha-shared-disk"));
    String detail = browser.findElement(By.cssSelector("#app-table tr.detail")).getText();
    assertThat(detail).contains("HA-SHARED-DISK-UNFENCED", "blocker", "hasd-node1, hasd-node2");
  }

  /**
   * With a target cluster the section shows the capacity chart, and a VM too large for the largest node links to its
   * row, which opens even where a filter had hidden it. Saves the section as {@code target/report-cluster.png}. The
   * report is opened in the same browser, and the first one again afterwards.
   */
  @Test
  @Order(8)
  void with_a_cluster_the_capacity_chart_shows_and_an_oversized_vm_opens_from_its_link() throws IOException {
    Path out = tmp.resolve("cluster");
    CliRunner.Result r = CliRunner.run("assess", "--quiet", "--out", out.toString(), "--format", "html",
        "--cluster-facts", ClusterSectionTest.FULL_CLUSTER, "fixtures/seed", ClusterSectionTest.CAPACITY_INPUT);
    assertThat(r.code()).as(r.err()).isZero();
    String first = browser.getCurrentUrl();
    browser.get(out.resolve(HtmlReportRenderer.FILE).toUri().toString());
    try {
      WebElement chart = browser.findElement(By.cssSelector("#cluster figure.chart > svg#chart-capacity"));
      assertThat(chart.isDisplayed()).isTrue();
      assertThat(chart.getSize().getWidth()).isGreaterThan(100);
      assertThat(chart.getSize().getHeight()).isGreaterThan(100);
      Path shot = Path.of("target/report-cluster.png");
      // the window, not the element: Chromium's element screenshot leaves later screenshots of the window blank
      browser.executeScript("arguments[0].scrollIntoView({block: 'start', behavior: 'instant'});",
          browser.findElement(By.id("cluster")));
      Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
      browser.findElement(By.id("vm-text")).sendKeys("web");
      assertThat(column("vm-table", 1)).containsExactly("web01");
      for (int i = 0; i < 2; i++) { // a second click on the same address opens it again rather than closing it
        WebElement link = browser.findElement(By.cssSelector("#cluster ul.oversized a"));
        assertThat(link.getText()).isEqualTo(ClusterSectionTest.BIG_VM);
        click(link);
        WebElement open = browser.findElement(By.cssSelector("#vm-table tr.row.open"));
        assertThat(open.getAttribute("data-name")).isEqualTo(ClusterSectionTest.BIG_VM);
        assertThat(browser.findElement(By.cssSelector("#vm-table tr.detail")).getText()).contains("Read from");
      }
      assertThat(browser.findElement(By.id("vm-text")).getAttribute("value")).isEmpty();
      assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    } finally {
      browser.get(first);
      browser.executeScript("window.scrollTo(0, 0);"); // so that the next screenshot shows the top of the page
    }
  }

  @Test
  @Order(99)
  void nothing_logged_a_console_error_and_a_screenshot_is_saved() throws IOException {
    List<String> errors = new ArrayList<>();
    for (LogEntry e : browser.manage().logs().get(LogType.BROWSER)) {
      if (e.getLevel().intValue() >= Level.WARNING.intValue()) {
        errors.add(e.getLevel() + " " + e.getMessage());
      }
    }
    assertThat(errors).isEmpty();
    assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    Path shot = Path.of("target/report-browser.png");
    Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
    assertThat(Files.size(shot)).isGreaterThan(10_000);
  }

  /**
   * The README's picture: the report of {@code fixtures/seed/} alone, top of the page. Saved as
   * {@code target/report.png}, and also where {@code -Dkubelift.screenshot=PATH} says (the README documents
   * {@code mvn test -Dtest=HtmlReportBrowserTest -Dkubelift.screenshot=docs/report.png}).
   */
  @Test
  @Order(100)
  void a_screenshot_of_the_seed_report_is_saved() throws IOException {
    Path out = tmp.resolve("seed");
    assertThat(CliRunner.run("assess", "--quiet", "--out", out.toString(), "--format", "html", "fixtures/seed")
        .code()).isZero();
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1630));
    browser.get(out.resolve(HtmlReportRenderer.FILE).toUri().toString());
    byte[] png = browser.getScreenshotAs(OutputType.BYTES);
    assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    Files.write(Path.of("target/report.png"), png);
    String docs = System.getProperty("kubelift.screenshot");
    if (docs != null && !docs.isBlank()) {
      Files.write(Path.of(docs), png);
    }
  }

  private static WebElement row(String table, String name) {
    Object row = browser.executeScript("return Array.from(document.querySelectorAll('#' + arguments[0]"
        + " + ' tbody tr.row')).find(r => r.dataset.name === arguments[1]) || null;", table, name);
    assertThat(row).as("row %s in %s", name, table).isInstanceOf(WebElement.class);
    return (WebElement) row;
  }

  private static WebElement cell(WebElement row, int column) {
    return row.findElement(By.cssSelector("td:nth-child(" + column + ")"));
  }

  private static WebElement header(String table, String key) {
    return browser.findElement(By.cssSelector("#" + table + " th[data-key='" + key + "'] button"));
  }

  /** The visible text of one column, read in one round trip. */
  @SuppressWarnings("unchecked")
  private static List<String> column(String table, int column) {
    return (List<String>) browser.executeScript("return Array.from(document.querySelectorAll('#' + arguments[0]"
        + " + ' tbody tr.row td:nth-child(' + arguments[1] + ')')).map(td => td.innerText.trim());", table, column);
  }

  /**
   * Clicks an element once it is in the middle of the window, where the sticky navigation bar cannot cover it;
   * scrolled there at once, since the page scrolls smoothly and a moving target takes clicks meant for another.
   */
  private static void click(WebElement e) {
    browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", e);
    e.click();
  }

  private static int count(String list, String overall) {
    int n = 0;
    for (JsonNode x : assessment.path(list)) {
      n += x.path("overall").asText().equals(overall) ? 1 : 0;
    }
    return n;
  }

  private static JsonNode vm(String name) {
    for (JsonNode v : assessment.path("vms")) {
      if (v.path("name").asText().equals(name)) {
        return v;
      }
    }
    throw new AssertionError("no VM " + name);
  }
}
