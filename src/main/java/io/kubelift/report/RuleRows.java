package io.kubelift.report;

import io.kubelift.rubric.Rubric;
import io.kubelift.rubric.Rule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The rules that fired or could not be decided, with what they touched: the "findings by rule" sections. */
final class RuleRows {
  private RuleRows() {}

  /**
   * A rule and its reach.
   *
   * @param id the rule id
   * @param title its title
   * @param dimension the dimension's label
   * @param rating EASY, MEDIUM or HARD
   * @param blocker whether it blocks the move
   * @param vms VMs it fired on (an application rule counts the application's members)
   * @param applications applications it fired on
   * @param undecided subjects where it lacked facts
   * @param rationale why it matters
   * @param remediation what to do
   * @param references documentation addresses that are web links
   */
  public record RuleRow(String id, String title, String dimension, String rating, boolean blocker, int vms,
      int applications, int undecided, String rationale, String remediation, List<String> references) {}

  /** The hardest first: blockers, then by rating, then by VMs affected, then by id. */
  static final Comparator<RuleRow> SEVERITY = Comparator.comparing((RuleRow r) -> !r.blocker())
      .thenComparing(r -> -rank(r.rating())).thenComparing(r -> -r.vms()).thenComparing(RuleRow::id);
  /** The widest reach first: by VMs affected, then by rating, then by id. */
  static final Comparator<RuleRow> REACH = Comparator.comparing((RuleRow r) -> -r.vms())
      .thenComparing(r -> -rank(r.rating())).thenComparing(RuleRow::id);

  /** The rules that fired or could not be decided, in the given order. */
  static List<RuleRow> of(Rubric rubric, Map<String, Figures.RuleStats> stats, Comparator<RuleRow> order) {
    List<RuleRow> out = new ArrayList<>();
    for (Rule r : rubric.rules()) {
      Figures.RuleStats s = stats.get(r.id());
      if (s != null) {
        out.add(row(r, s));
      }
    }
    out.sort(order);
    return out;
  }

  /** Up to {@code n} rules rated above EASY that fired, widest reach first: where the effort comes from. */
  static List<RuleRow> effort(Rubric rubric, Map<String, Figures.RuleStats> stats, int n) {
    List<RuleRow> out = new ArrayList<>(of(rubric, stats, REACH));
    out.removeIf(r -> r.vms() == 0 || r.rating().equals("EASY"));
    return out.subList(0, Math.min(n, out.size()));
  }

  private static RuleRow row(Rule r, Figures.RuleStats s) {
    List<String> refs = new ArrayList<>();
    for (String ref : r.references()) {
      if (Labels.isWebLink(ref)) {
        refs.add(ref);
      }
    }
    return new RuleRow(Text.clean(r.id()), Text.clean(r.title()), r.dimension().label(), r.rating().name(),
        r.blocker(), s.vms, s.applications, s.undecided, Text.clean(r.rationale().strip()),
        Text.clean(r.remediation().strip()), refs);
  }

  private static int rank(String rating) {
    return io.kubelift.model.Rating.valueOf(rating).ordinal();
  }
}
