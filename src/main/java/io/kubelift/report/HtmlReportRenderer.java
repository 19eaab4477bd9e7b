package io.kubelift.report;

import io.kubelift.assess.Assessment;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

/**
 * Writes {@code index.html}: one self-contained page (style, script, SVG charts and data inline; nothing fetched) from
 * the template {@code html/index.ftlh}. The page's Content-Security-Policy allows only the report's own script, by
 * its hash, so even markup that slipped into the page could not run.
 */
public final class HtmlReportRenderer implements ReportRenderer {
  /** The file written. */
  public static final String FILE = "index.html";
  static final String TEMPLATE = "html/index.ftlh";

  @Override
  public String format() {
    return "html";
  }

  @Override
  public Path render(Assessment a, RenderOptions options, Path outDir) throws IOException {
    Templates templates = new Templates(options.templates());
    Map<String, Object> model = new ReportModel(a, options).withCharts(Charts.Drawing.SVG);
    String script = templates.raw("html/report.js");
    model.put("script", script);
    model.put("scriptHash", sha256(script));
    model.put("style", templates.raw("html/report.css"));
    // Written into the page as it is made, not held as one string: see DataIsland.write.
    model.put("data", (freemarker.template.TemplateDirectiveModel) (env, params, loopVars, body) ->
        DataIsland.write(a, options.planLinks(), env.getOut()));
    Path target = outDir.resolve(FILE);
    templates.write(target, TEMPLATE, model);
    return target;
  }

  /** The base64 SHA-256 of the script, as a CSP {@code 'sha256-…'} source names it. */
  static String sha256(String script) {
    return Base64.getEncoder().encodeToString(Digests.sha256(script));
  }
}
