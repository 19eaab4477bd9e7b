package io.kubelift.report;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;
import java.io.IOException;
import java.io.Writer;

/**
 * Auto-escaping for Markdown templates ({@code *.ftlmd}): every {@code ${…}} is data, so each character Markdown or
 * HTML could read as markup is backslash-escaped and line breaks become spaces. A VM called {@code [x](javascript:…)},
 * {@code <script>} or {@code a|b} prints as itself and cannot open a link, inject HTML or break a table.
 */
final class MarkdownOutputFormat extends CommonMarkupOutputFormat<MarkdownOutputFormat.Markdown> {
  static final MarkdownOutputFormat INSTANCE = new MarkdownOutputFormat();
  /** CommonMark's backslash-escapable punctuation that can start markup anywhere in a line. */
  private static final String SPECIAL = "\\`*_{}[]()<>#+!|~&";

  private MarkdownOutputFormat() {}

  @Override
  public String getName() {
    return "Markdown";
  }

  @Override
  public String getMimeType() {
    return "text/markdown";
  }

  @Override
  public void output(String textToEsc, Writer out) throws IOException {
    out.write(escapePlainText(textToEsc));
  }

  @Override
  public String escapePlainText(String plainTextContent) {
    StringBuilder sb = new StringBuilder(plainTextContent.length() + 16);
    for (int i = 0; i < plainTextContent.length(); i++) {
      char c = plainTextContent.charAt(i);
      if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        sb.append(' ');
        continue;
      }
      if (SPECIAL.indexOf(c) >= 0) {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }

  @Override
  public boolean isLegacyBuiltInBypassed(String builtInName) {
    return false;
  }

  @Override
  protected Markdown newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
    return new Markdown(plainTextContent, markupContent);
  }

  /** A piece of Markdown, escaped or trusted. */
  static final class Markdown extends CommonTemplateMarkupOutputModel<Markdown> {
    Markdown(String plainTextContent, String markupContent) {
      super(plainTextContent, markupContent);
    }

    @Override
    public MarkdownOutputFormat getOutputFormat() {
      return INSTANCE;
    }
  }
}
