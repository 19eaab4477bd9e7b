package io.kubelift.report;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.FileExtensionMatcher;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.core.TemplateConfiguration;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import io.kubelift.source.InputException;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * The report templates: the built-in ones under {@code reports/} in the jar, each of which a user's
 * {@code --templates DIR} may override by a file of the same relative path. Freemarker is locked down because a user
 * template is code: {@code ?new} may instantiate nothing and {@code ?api} is off, so a template cannot reach Java
 * classes; {@code .ftlh}/{@code .ftlx} escape HTML/XML and {@code .ftlmd} Markdown automatically.
 */
final class Templates {
  private final Configuration cfg;

  /** Templates from {@code userDir} first, the built-in ones otherwise; {@code userDir} may be {@code null}. */
  Templates(Path userDir) {
    cfg = new Configuration(Configuration.VERSION_2_3_34);
    cfg.setTemplateLoader(loader(userDir));
    cfg.setDefaultEncoding("UTF-8");
    cfg.setOutputEncoding("UTF-8");
    cfg.setLocale(Locale.ROOT);
    cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
    cfg.setNumberFormat("computer");
    cfg.setBooleanFormat("c");
    cfg.setRecognizeStandardFileExtensions(true);
    cfg.setAutoEscapingPolicy(Configuration.ENABLE_IF_DEFAULT_AUTO_ESCAPING_POLICY);
    cfg.setRegisteredCustomOutputFormats(List.of(MarkdownOutputFormat.INSTANCE));
    TemplateConfiguration markdown = new TemplateConfiguration();
    markdown.setOutputFormat(MarkdownOutputFormat.INSTANCE);
    cfg.setTemplateConfigurations(
        new ConditionalTemplateConfigurationFactory(new FileExtensionMatcher("ftlmd"), markdown));
    cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    cfg.setAPIBuiltinEnabled(false);
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setLogTemplateExceptions(false);
    cfg.setWrapUncheckedExceptions(true);
    cfg.setFallbackOnNullLoopVariable(false);
  }

  private static TemplateLoader loader(Path userDir) {
    TemplateLoader builtIn = new ClassTemplateLoader(Templates.class, "/reports");
    if (userDir == null) {
      return builtIn;
    }
    if (!Files.isDirectory(userDir)) {
      throw new InputException(userDir.toString(), 0, "--templates: not a directory");
    }
    try {
      // FileTemplateLoader refuses names that resolve outside its directory
      return new MultiTemplateLoader(new TemplateLoader[] {new FileTemplateLoader(userDir.toFile()), builtIn});
    } catch (IOException e) {
      throw new InputException(userDir.toString(), 0, "--templates: cannot read the directory: " + e.getMessage());
    }
  }

  /** Renders the template {@code name} with the model into the file {@code target}, atomically, as UTF-8. */
  void write(Path target, String name, Map<String, Object> model) throws IOException {
    AtomicFiles.write(target, out -> {
      Writer w = new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8);
      render(name, model, w);
      w.flush();
    });
  }

  /** Renders the template {@code name} (e.g. {@code html/index.ftlh}) with the model to {@code out}. */
  void render(String name, Map<String, Object> model, Writer out) throws IOException {
    Template t = template(name, true);
    try {
      t.process(model, out);
    } catch (TemplateException e) {
      String first = e.getMessageWithoutStackTop().strip().lines().findFirst().orElse("template error");
      if (first.endsWith(":") && e.getBlamedExpressionString() != null) { // "…null or missing:" names nothing
        first += " " + e.getBlamedExpressionString();
      }
      String where = e.getTemplateSourceName() == null ? name : e.getTemplateSourceName();
      throw new InputException(where, e.getLineNumber() == null ? 0 : e.getLineNumber(), first, e);
    }
  }

  /** The text of a template file taken as is, unparsed: the style sheet and the script. */
  String raw(String name) throws IOException {
    return template(name, false).toString();
  }

  private Template template(String name, boolean parse) throws IOException {
    try {
      return cfg.getTemplate(name, null, null, parse);
    } catch (ParseException e) {
      throw new InputException(e.getTemplateName() == null ? name : e.getTemplateName(), e.getLineNumber(),
          e.getEditorMessage().strip().lines().findFirst().orElse("syntax error"), e);
    } catch (freemarker.template.TemplateNotFoundException e) {
      throw new InputException(name, 0, "report template not found", e);
    }
  }
}
