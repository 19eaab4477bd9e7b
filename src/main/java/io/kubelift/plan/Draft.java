package io.kubelift.plan;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plan of one subject while it is being built: the decisions, the objects per manifest file in apply order,
 * other files, and the notes the runbook lists under decisions and assumptions.
 */
final class Draft {
  final Subject subject;
  final PlanOptions options;
  /** What is known of the target cluster (possibly nothing). */
  final TargetCluster cluster;
  final List<VmTarget> vms = new ArrayList<>();
  final List<SegmentTarget> segments = new ArrayList<>();
  /** Manifest file name to its objects, in apply order. */
  final Map<String, List<HasMetadata>> manifests = new LinkedHashMap<>();
  /** Other generated files (Containerfiles), by relative path. */
  final Map<String, String> files = new LinkedHashMap<>();
  /** Markdown lines, inventory strings already escaped. */
  final List<String> notes = new ArrayList<>();

  Draft(Subject subject, PlanOptions options) {
    this.subject = subject;
    this.options = options;
    this.cluster = new TargetCluster(subject.assessment().cluster());
  }

  void add(String file, HasMetadata object) {
    manifests.computeIfAbsent(file, f -> new ArrayList<>()).add(object);
  }

  /** Records a decision or assumption; arguments are inventory strings, escaped here. */
  void note(String format, Object... args) {
    notes.add(Markdown.format(format, args));
  }

  /** The manifest file that holds the VM's object. */
  String vmFile(VmTarget vm) {
    return String.format("30-%02d-%s.yaml", vms.indexOf(vm) + 1, vm.name());
  }
}
