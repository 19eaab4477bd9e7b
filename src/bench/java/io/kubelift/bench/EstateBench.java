package io.kubelift.bench;

import io.kubelift.synthetic.SyntheticEstate;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Synthetic estates of each size, assessed as a user would run KubeLift: every figure but the stage split comes
 * from a fresh JVM with {@code -Xmx1g} running the command line, so JVM start-up is in both parse-only and
 * end-to-end. Parse-only is {@code kubelift inventory stats}; end-to-end is {@code kubelift assess --format
 * json,html}; each is the best of {@code runs} runs, since the machine is shared. The assess and render columns come
 * from {@link Phases}, one JVM timing each stage of one run.
 */
final class EstateBench {
  private static final long SEED = 7;
  private static final Pattern PEAK = Pattern.compile("peak-heap-bytes=(\\d+)");
  private final Path work;
  private final int runs;
  private final PrintStream log;
  /** The directory the child JVMs run in. */
  private Path dir;

  EstateBench(Path work, int runs, PrintStream log) {
    this.work = work;
    this.runs = runs;
    this.log = log;
  }

  /** One size's figures, in seconds and bytes. */
  record Result(int vms, double parse, double assess, double render, double endToEnd, long peakHeap, long json,
      long html, double xlsxEndToEnd, long xlsxPeakHeap) {
    String row() {
      return String.format(Locale.ROOT, "| %,d | %.2f | %.2f | %.2f | %.2f | %.2f | %d | %.1f | %.1f | %.2f | %d |",
          vms, parse, assess, render, endToEnd, endToEnd / parse, peakHeap >> 20, json / 1e6, html / 1e6,
          xlsxEndToEnd, xlsxPeakHeap >> 20);
    }
  }

  static final String HEADER = "| VMs | parse-only s | assess s | render s (json+html) | end-to-end s | end-to-end / "
      + "parse-only | heap after GC, max MiB | assessment.json MB | index.html MB | .xlsx end-to-end s | .xlsx heap after GC, max MiB |\n"
      + "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|";

  Result run(int vms) throws IOException, InterruptedException {
    Path dir = work.resolve("estate-" + vms);
    Path apps = dir.resolve(SyntheticEstate.APPS);
    Path xlsx = dir.resolve("estate.xlsx");
    if (!Files.exists(dir.resolve("complete"))) {
      log.printf("generating %,d VMs in %s%n", vms, dir);
      SyntheticEstate.writeCsv(dir, vms, SEED);
      SyntheticEstate.writeXlsx(xlsx, vms, SEED);
      Files.writeString(dir.resolve("complete"), "seed " + SEED + "\n");
    }
    // The commands run in the estate's directory, as a user would in theirs: paths in the reports stay short.
    this.dir = dir;
    Path out = dir.resolve("report");
    double parse = Double.MAX_VALUE;
    double e2e = Double.MAX_VALUE;
    long peak = 0;
    for (int i = 0; i < runs; i++) {
      parse = Math.min(parse, cli("inventory", "stats", "--apps", SyntheticEstate.APPS, "rvtools").seconds);
      Child c = cli("assess", "--quiet", "--format", "json,html", "--apps", SyntheticEstate.APPS, "--out", "report",
          "rvtools");
      e2e = Math.min(e2e, c.seconds);
      peak = Math.max(peak, c.peakHeap);
    }
    Child phases = child(Phases.class.getName(), "rvtools", SyntheticEstate.APPS, "phases",
        String.valueOf(Runtime.getRuntime().availableProcessors()));
    Child x = cli("assess", "--quiet", "--format", "json,html", "--out", "report-xlsx", "--apps",
        SyntheticEstate.APPS, xlsx.getFileName().toString());
    return new Result(vms, parse, stage(phases.out, "assess"), stage(phases.out, "json") + stage(phases.out, "html"),
        e2e, peak, Files.size(out.resolve("assessment.json")), Files.size(out.resolve("index.html")), x.seconds,
        x.peakHeap);
  }

  private static String absolute(String classPath) {
    List<String> out = new ArrayList<>();
    for (String e : classPath.split(java.io.File.pathSeparator)) {
      out.add(Path.of(e).toAbsolutePath().toString());
    }
    return String.join(java.io.File.pathSeparator, out);
  }

  private static double stage(String out, String name) {
    Matcher m = Pattern.compile(name + "=(\\d+)").matcher(out);
    if (!m.find()) {
      throw new IllegalStateException("no " + name + " in: " + out);
    }
    return Long.parseLong(m.group(1)) / 1000.0;
  }

  /** What a child JVM printed, how long it ran, and its peak heap when it reported one. */
  private record Child(String out, double seconds, long peakHeap) {}

  private Child cli(String... args) throws IOException, InterruptedException {
    List<String> all = new ArrayList<>(List.of(Measured.class.getName()));
    all.addAll(List.of(args));
    return child(all.toArray(new String[0]));
  }

  private Child child(String... mainAndArgs) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx1g", "-Djava.awt.headless=true", "-cp", absolute(System.getProperty("java.class.path"))));
    cmd.addAll(List.of(mainAndArgs));
    Path err = Files.createTempFile(work, "stderr", ".txt");
    long t0 = System.nanoTime();
    Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectError(err.toFile()).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int code = p.waitFor();
    double seconds = (System.nanoTime() - t0) / 1e9;
    String errText = Files.readString(err);
    Files.delete(err);
    if (code != 0) {
      throw new IllegalStateException(String.join(" ", mainAndArgs) + " exited " + code + ": " + errText);
    }
    Matcher m = PEAK.matcher(errText);
    log.printf("  %.2f s  %s%n", seconds, String.join(" ", mainAndArgs));
    return new Child(out, seconds, m.find() ? Long.parseLong(m.group(1)) : 0);
  }
}
