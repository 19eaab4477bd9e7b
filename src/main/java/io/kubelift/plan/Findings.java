package io.kubelift.plan;

import io.kubelift.assess.VmAssessment;
import io.kubelift.model.Rating;
import io.kubelift.rubric.Finding;
import io.kubelift.rubric.FindingStatus;
import io.kubelift.rubric.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The findings a person still has to act on, each linked to its rule, and the rules' remediation and references.
 * Fired findings rated EASY are what the plan itself does (a watchdog, a run strategy) and are left out; fired
 * findings above EASY, blockers, and undecided findings that could rate above EASY are listed.
 */
final class Findings {
  private static final Pattern URL = Pattern.compile("https?://[^\\s<>()\\\\`]+");
  private final Subject subject;
  private final Map<String, Rule> rules = new TreeMap<>();

  Findings(Subject subject) {
    this.subject = subject;
  }

  /** Markdown list items: blockers only, or everything that needs a human. */
  List<String> items(boolean blockersOnly) {
    List<String> out = new ArrayList<>();
    if (subject.app() != null) {
      subject.app().findings().forEach(f -> add(out, subject.name(), f, blockersOnly));
    }
    for (VmAssessment v : subject.members()) {
      v.findings().forEach(f -> add(out, v.vm().name(), f, blockersOnly));
    }
    return out;
  }

  private void add(List<String> out, String where, Finding f, boolean blockersOnly) {
    // blockers have their own list; everything else above EASY needs a person
    boolean needsHuman = !f.blocks() && f.rating() != Rating.EASY;
    if (blockersOnly ? !f.blocks() : !needsHuman) {
      return;
    }
    Rule r = f.rule();
    rules.put(r.id(), r);
    String status = f.status() == FindingStatus.UNKNOWN ? ", undecided: facts missing" : "";
    out.add(String.format("- [%s](#%s) on **%s**: %s (%s, %s%s%s)", Markdown.text(r.id()),
        Markdown.anchor(r.id()), Markdown.text(where), Markdown.text(f.message()),
        Markdown.text(r.dimension().label()), r.rating(), f.blocks() ? ", blocker" : "", status));
    if (blockersOnly) {
      out.add("  *To unblock:* " + Markdown.text(trim(r.remediation())));
    }
  }

  private static String trim(String s) {
    return s == null ? null : s.strip();
  }

  /** A section per rule referred to, with its anchor, remediation and references. */
  String rulesSection() {
    StringBuilder sb = new StringBuilder();
    for (Rule r : rules.values()) {
      sb.append("\n<a id=\"").append(Markdown.anchor(r.id())).append("\"></a>\n\n### ")
          .append(Markdown.text(r.id())).append(": ").append(Markdown.text(r.title())).append("\n\n")
          .append("*Remediation:* ").append(Markdown.text(trim(r.remediation()))).append("\n\n");
      for (String ref : r.references()) {
        sb.append("- ").append(URL.matcher(ref).matches() ? "<" + ref + ">" : Markdown.text(ref)).append('\n');
      }
    }
    return sb.toString();
  }
}
