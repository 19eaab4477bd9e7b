package io.kubelift.inventory;

import io.kubelift.inventory.text.BadValue;
import io.kubelift.inventory.text.CsvInput;
import io.kubelift.inventory.text.Header;
import io.kubelift.inventory.text.Values;
import io.kubelift.model.Application;
import io.kubelift.model.Rejected;
import io.kubelift.model.SourceRef;
import io.kubelift.source.InputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The CSV application map: one row per member VM with columns {@code application, vm, role}, optionally the
 * application's {@code pattern, cluster_software, fencing_required, fencing_mechanism, vip} (given once, or
 * repeated alike) and a port the member serves ({@code port, protocol, external}). A row that contradicts an
 * earlier row of the same application is rejected with both lines.
 */
final class ApplicationCsv {
  private static final String[] APP_FIELDS = {"pattern", "cluster_software", "fencing_required",
    "fencing_mechanism", "vip"};
  private static final List<String> PATTERNS = List.of("none", "active-standby-shared-disk",
      "active-standby-shared-nothing", "active-active");

  private final String shownAs;
  private final Header header;
  private final boolean decimalComma;
  private final Map<String, Draft> apps = new LinkedHashMap<>();
  private final List<Rejected> rejected = new ArrayList<>();

  private ApplicationCsv(String shownAs, Header header, boolean decimalComma) {
    this.shownAs = shownAs;
    this.header = header;
    this.decimalComma = decimalComma;
  }

  /** One application as its rows build it up. */
  private static final class Draft {
    final SourceRef source;
    final Map<String, String[]> fields = new LinkedHashMap<>();
    final List<Application.Member> members = new ArrayList<>();
    final List<Application.Exposure> exposure = new ArrayList<>();

    Draft(SourceRef source) {
      this.source = source;
    }
  }

  static ReadResult read(Path path, String shownAs) {
    try (CsvInput in = CsvInput.open(path, shownAs)) {
      String[] names = in.next();
      Header h = new Header(names == null ? List.of() : Arrays.asList(names));
      if (h.find("application") < 0 || h.find("vm") < 0) {
        throw new InputException(shownAs, 1, "an application map needs the columns 'application' and 'vm' (found "
            + h.describe() + ")");
      }
      ApplicationCsv csv = new ApplicationCsv(shownAs, h, in.decimalComma());
      for (String[] row = in.next(); row != null; row = in.next()) {
        csv.row(in.line(), row);
      }
      return csv.result();
    }
  }

  private String cell(String[] row, String column) {
    int i = header.find(column);
    return i < 0 || i >= row.length ? null : Values.text(row[i]);
  }

  private void row(int line, String[] row) {
    String app = cell(row, "application");
    String vm = cell(row, "vm");
    if (app == null && vm == null) {
      return;
    }
    SourceRef at = SourceRef.of(shownAs, line);
    if (app == null || vm == null) {
      rejected.add(new Rejected(at.toString(), "a row needs both an application and a vm"));
      return;
    }
    Draft d = apps.computeIfAbsent(app, k -> new Draft(at));
    try {
      String conflict = appFields(d, row, line);
      if (conflict != null) {
        rejected.add(new Rejected(at.toString(), conflict));
        return;
      }
      Integer port = Values.integer("port", cell(row, "port"), decimalComma);
      String role = cell(row, "role");
      d.members.add(new Application.Member(vm, role));
      if (port != null) {
        String protocol = cell(row, "protocol");
        d.exposure.add(new Application.Exposure(role != null ? role : vm, port,
            protocol == null ? "TCP" : protocol.toUpperCase(Locale.ROOT), Values.bool("external",
                cell(row, "external"))));
      }
    } catch (BadValue e) {
      rejected.add(new Rejected(at.toString(), e.getMessage()));
    }
  }

  /** Takes the application-level cells of a row; a contradiction of an earlier row is returned, not taken. */
  private String appFields(Draft d, String[] row, int line) {
    Values.bool("fencing_required", cell(row, "fencing_required"));
    String pattern = cell(row, "pattern");
    if (pattern != null && !PATTERNS.contains(pattern)) {
      return "pattern '" + Values.clip(pattern) + "' is not one of " + PATTERNS;
    }
    for (String f : APP_FIELDS) {
      String v = cell(row, f);
      String[] before = d.fields.get(f);
      if (v != null && before != null && !before[0].equalsIgnoreCase(v)) {
        return f + " '" + Values.clip(v) + "' contradicts '" + before[0] + "' given at line " + before[1];
      }
    }
    for (String f : APP_FIELDS) {
      String v = cell(row, f);
      if (v != null) {
        d.fields.putIfAbsent(f, new String[] {v, String.valueOf(line)});
      }
    }
    return null;
  }

  private static String value(Draft d, String field) {
    String[] v = d.fields.get(field);
    return v == null ? null : v[0];
  }

  private ReadResult result() {
    List<Application> out = new ArrayList<>();
    for (Map.Entry<String, Draft> e : apps.entrySet()) {
      Draft d = e.getValue();
      Boolean fencingRequired = Values.bool("fencing_required", value(d, "fencing_required"));
      String mechanism = value(d, "fencing_mechanism");
      Application.Fencing fencing = fencingRequired == null && mechanism == null ? null
          : new Application.Fencing(fencingRequired, mechanism);
      out.add(new Application(e.getKey(), d.source, value(d, "pattern"), d.members,
          d.exposure.isEmpty() ? null : d.exposure, null, value(d, "cluster_software"), fencing, null,
          value(d, "vip")));
    }
    return new ReadResult(List.of(), out, 0, rejected);
  }
}
