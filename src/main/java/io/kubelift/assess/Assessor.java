package io.kubelift.assess;

import io.kubelift.model.Application;
import io.kubelift.model.ClusterFacts;
import io.kubelift.model.Dimension;
import io.kubelift.model.Inventory;
import io.kubelift.model.Vm;
import io.kubelift.rubric.ApplicationSubject;
import io.kubelift.rubric.Finding;
import io.kubelift.rubric.RuleEvaluator;
import io.kubelift.rubric.Subject;
import io.kubelift.rubric.Rubric;
import io.kubelift.rubric.Tally;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/** Assesses an inventory with a rubric against a target cluster. */
public final class Assessor {
  /** The order VMs are reported in, whatever order they were read in. */
  public static final Comparator<Vm> VM_ORDER = Comparator
      .comparing((Vm v) -> v.application() == null ? "" : v.application())
      .thenComparing(Vm::name)
      .thenComparing(v -> v.source() == null ? "" : v.source().toString());

  private final RuleEvaluator evaluator;

  public Assessor(Rubric rubric) {
    this.evaluator = new RuleEvaluator(rubric);
  }

  public Assessment assess(Inventory inventory, ClusterFacts cluster) {
    return assess(inventory, cluster, 1, done -> { });
  }

  /**
   * Assesses the VMs on {@code threads} threads, then the applications. The result is the same whatever the number
   * of threads: each VM's assessment depends on that VM alone and goes to its own place in the sorted list.
   *
   * @param threads how many threads evaluate VMs (1: the calling thread only)
   * @param progress told, from the evaluating threads, how many more VMs are done
   */
  public Assessment assess(Inventory inventory, ClusterFacts cluster, int threads, IntConsumer progress) {
    List<Vm> vms = new ArrayList<>(inventory.vms());
    vms.sort(VM_ORDER);
    List<VmAssessment> vmResults = Arrays.asList(assessAll(vms, cluster, threads, progress));
    Map<String, List<VmAssessment>> byName = new HashMap<>();
    for (VmAssessment a : vmResults) {
      byName.computeIfAbsent(a.vm().name(), k -> new ArrayList<>()).add(a);
    }
    List<Application> apps = new ArrayList<>(inventory.applications());
    apps.sort(Comparator.comparing(Application::name));
    List<AppAssessment> appResults = new ArrayList<>();
    for (Application app : apps) {
      appResults.add(assess(app, byName, cluster));
    }
    return new Assessment(evaluator.rubric(), inventory.inputs(), cluster, vmResults, appResults);
  }

  private VmAssessment[] assessAll(List<Vm> vms, ClusterFacts cluster, int threads, IntConsumer progress) {
    VmAssessment[] out = new VmAssessment[vms.size()];
    int chunks = (vms.size() + CHUNK - 1) / CHUNK;
    if (threads <= 1 || chunks <= 1) {
      assessRange(vms, 0, vms.size(), cluster, out, progress);
      return out;
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, chunks), Assessor::daemon);
    try {
      List<Future<?>> done = new ArrayList<>(chunks);
      for (int from = 0; from < vms.size(); from += CHUNK) {
        int start = from;
        int end = Math.min(vms.size(), from + CHUNK);
        done.add(pool.submit(() -> assessRange(vms, start, end, cluster, out, progress)));
      }
      for (Future<?> f : done) {
        await(f);
      }
    } finally {
      pool.shutdownNow();
    }
    return out;
  }

  /** VMs per task: large enough that handing out work costs nothing, small enough to keep every thread busy. */
  private static final int CHUNK = 256;

  private void assessRange(List<Vm> vms, int from, int to, ClusterFacts cluster, VmAssessment[] out,
      IntConsumer progress) {
    for (int i = from; i < to; i++) {
      out[i] = assess(vms.get(i), cluster);
    }
    progress.accept(to - from);
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "kubelift-assess");
    t.setDaemon(true);
    return t;
  }

  /** Waits for one task; its failure becomes the caller's, unwrapped, so errors read as they would on one thread. */
  private static void await(Future<?> f) {
    try {
      f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while assessing", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** One VM. */
  public VmAssessment assess(Vm vm, ClusterFacts cluster) {
    Subject s = evaluator.subject(vm, cluster); // one subject: the tally counts the fact values the rules read
    List<Finding> findings = evaluator.evaluate(s);
    Map<Dimension, Grade> grades = Aggregation.grades(findings);
    return new VmAssessment(vm, grades, Aggregation.overall(grades), Aggregation.blocked(findings),
        s.tally(), LiveMigration.of(findings), findings);
  }

  private AppAssessment assess(Application app, Map<String, List<VmAssessment>> byName, ClusterFacts cluster) {
    List<Vm> members = new ArrayList<>();
    List<VmAssessment> memberResults = new ArrayList<>();
    TreeSet<String> names = new TreeSet<>();
    TreeSet<String> missing = new TreeSet<>();
    for (Application.Member m : app.vms()) {
      List<VmAssessment> found = byName.get(m.name());
      if (found == null) {
        missing.add(m.name());
        continue;
      }
      for (VmAssessment a : found) {
        if (app.name().equals(a.vm().application())) {
          members.add(a.vm());
          memberResults.add(a);
          names.add(m.name());
        }
      }
    }
    Subject subject = evaluator.subject(new ApplicationSubject(app, members), cluster);
    List<Finding> findings = evaluator.evaluate(subject);
    Map<Dimension, Grade> grades = Aggregation.grades(findings);
    boolean blocked = Aggregation.blocked(findings);
    Tally tally = subject.tally();
    for (VmAssessment a : memberResults) {
      grades = Aggregation.worst(grades, a.grades());
      blocked |= a.blocked();
      tally = tally.plus(a.tally());
    }
    return new AppAssessment(app, new ArrayList<>(names), new ArrayList<>(missing), grades,
        Aggregation.overall(grades), blocked, tally, findings);
  }
}
