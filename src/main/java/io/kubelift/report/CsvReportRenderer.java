package io.kubelift.report;

import io.kubelift.assess.AppAssessment;
import io.kubelift.assess.Assessment;
import io.kubelift.assess.VmAssessment;
import io.kubelift.model.Dimension;
import io.kubelift.rubric.Finding;
import io.kubelift.rubric.FindingStatus;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes {@code vms.csv} (one row per VM) and {@code findings.csv} (one row per finding of a VM or an application)
 * for spreadsheets: RFC 4180 quoting, UTF-8, line feeds. A cell that a spreadsheet would read as a formula (it
 * starts with {@code = + - @}, a tab or a carriage return) gets a leading apostrophe, so an inventory cannot make a
 * spreadsheet compute or fetch anything.
 */
public final class CsvReportRenderer implements ReportRenderer {
  public static final String VMS = "vms.csv";
  public static final String FINDINGS = "findings.csv";
  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

  @Override
  public String format() {
    return "csv";
  }

  @Override
  public Path render(Assessment a, RenderOptions options, Path outDir) throws IOException {
    Path vms = outDir.resolve(VMS);
    write(vms, vmHeader(), a.vms().stream().map(CsvReportRenderer::vmRow).toList());
    List<List<String>> findings = new ArrayList<>();
    for (VmAssessment v : a.vms()) {
      v.findings().forEach(f -> findings.add(findingRow("vm", v.vm().name(), v.vm().application(), f)));
    }
    for (AppAssessment app : a.applications()) {
      app.findings().forEach(f -> findings.add(
          findingRow("application", app.application().name(), app.application().name(), f)));
    }
    write(outDir.resolve(FINDINGS), List.of("Subject type", "Subject", "Application", "Rule", "Title", "Dimension",
        "Rating", "Status", "Blocker", "Message"), findings);
    return vms;
  }

  private static void write(Path target, List<String> header, List<List<String>> rows) throws IOException {
    AtomicFiles.write(target, out -> {
      OutputStreamWriter w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      CSVPrinter p = new CSVPrinter(w, FORMAT);
      p.printRecord(header);
      for (List<String> row : rows) {
        p.printRecord(row.stream().map(CsvReportRenderer::cell).toList());
      }
      p.flush();
    });
  }

  private static List<String> vmHeader() {
    List<String> h = new ArrayList<>(List.of("VM", "Application", "Role", "Source"));
    for (Dimension d : Dimension.values()) {
      h.add(d.label());
    }
    h.addAll(List.of("Overall", "Blocked", "Confidence", "Live-migratable", "Disk GiB", "Findings fired",
        "Findings undecided"));
    return h;
  }

  private static List<String> vmRow(VmAssessment v) {
    List<String> r = new ArrayList<>(List.of(v.vm().name(), orEmpty(v.vm().application()),
        orEmpty(v.vm().role()), String.valueOf(v.vm().source())));
    r.addAll(Rows.grades(v.grades()));
    long fired = v.findings().stream().filter(f -> f.status() == FindingStatus.FIRED).count();
    r.addAll(List.of(v.overall().name(), Labels.yesNo(v.blocked()), Labels.confidence(v.confidence()),
        Labels.liveMigratable(v.liveMigration().migratable()), orEmpty(Rows.diskGiB(v)), String.valueOf(fired),
        String.valueOf(v.findings().size() - fired)));
    return r;
  }

  private static List<String> findingRow(String type, String subject, String application, Finding f) {
    return List.of(type, subject, orEmpty(application), f.rule().id(), f.rule().title(), f.dimension().label(),
        f.rating().name(), f.status() == FindingStatus.FIRED ? "fired" : "undecided",
        Labels.yesNo(f.rule().blocker()), f.message());
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  /** The cell, with a leading apostrophe when a spreadsheet would take it for a formula. */
  static String cell(String s) {
    return !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
  }
}
