package io.kubelift.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.kubelift.assess.AppAssessment;
import io.kubelift.assess.Assessment;
import io.kubelift.assess.VmAssessment;
import io.kubelift.rubric.Finding;
import io.kubelift.rubric.FindingStatus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The distinct sets of undecided findings in an assessment, numbered in the order VMs and then applications first
 * have them. VMs read from one source lack the same facts, so 100,000 VMs share a few dozen sets: stating each once
 * keeps {@code assessment.json} and the HTML report's data small.
 */
final class UndecidedSets {
  private final Map<List<Finding>, Integer> index = new HashMap<>();
  /** Per subject's list of findings, the index of its set: each list is looked up twice, once per pass. */
  private final Map<List<Finding>, Integer> bySubject = new java.util.IdentityHashMap<>();
  private final List<List<Finding>> sets = new ArrayList<>();

  private UndecidedSets() {}

  static UndecidedSets of(Assessment a) {
    UndecidedSets u = new UndecidedSets();
    for (VmAssessment v : a.vms()) {
      u.add(v.findings());
    }
    for (AppAssessment app : a.applications()) {
      u.add(app.findings());
    }
    return u;
  }

  private void add(List<Finding> findings) {
    List<Finding> set = undecided(findings);
    if (set.isEmpty()) {
      return;
    }
    Integer i = index.get(set);
    if (i == null) {
      i = sets.size();
      index.put(set, i);
      sets.add(set);
    }
    bySubject.put(findings, i);
  }

  private static List<Finding> undecided(List<Finding> findings) {
    List<Finding> out = new ArrayList<>();
    for (Finding f : findings) {
      if (f.status() == FindingStatus.UNKNOWN) {
        out.add(f);
      }
    }
    return out;
  }

  /** The index of the set of these findings' undecided ones, {@code null} when none is undecided. */
  Integer indexOf(List<Finding> findings) {
    return bySubject.get(findings);
  }

  List<List<Finding>> sets() {
    return sets;
  }

  /** {@code "undecided": [[{"rule": …, "message": …}, …], …]}, one set a line. */
  void write(JsonGenerator g) throws IOException {
    g.writeArrayFieldStart("undecided");
    for (List<Finding> set : sets) {
      g.writeStartArray();
      for (Finding f : set) {
        g.writeStartObject();
        g.writeStringField("rule", f.rule().id());
        g.writeStringField("message", f.message());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndArray();
  }
}
