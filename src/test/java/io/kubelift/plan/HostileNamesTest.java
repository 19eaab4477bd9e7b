package io.kubelift.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubelift.assess.Assessment;
import io.kubelift.assess.Assessor;
import io.kubelift.model.Application;
import io.kubelift.model.ClusterFacts;
import io.kubelift.model.Disk;
import io.kubelift.model.Firmware;
import io.kubelift.model.HealthCheck;
import io.kubelift.model.Inventory;
import io.kubelift.model.Nic;
import io.kubelift.model.SourceRef;
import io.kubelift.model.Vm;
import io.kubelift.model.Workload;
import io.kubelift.rubric.RubricLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names an inventory should never contain, and the plan must survive: paths, NULs, markup, 300 characters. */
class HostileNamesTest {
  private static final String LONG = "a".repeat(300);
  private static final List<String> APPS = List.of("../../etc", "a/b\\c", "nul\u0000byte", LONG, "CON", "con",
      "Shop App", "shop-app", "[x](javascript:alert(1)) <script>");

  @TempDir Path out;

  @Test
  void every_plan_directory_stays_inside_the_output_and_names_never_collide() throws IOException {
    Plan plan = new Planner(PlanOptions.defaults()).plan(assessment());
    PlanWriter.write(plan, out.resolve("plans"));
    Set<String> dirs = new HashSet<>();
    for (AppPlan p : plan.plans()) {
      assertThat(dirs.add(p.dir())).as("distinct directory for " + p.name()).isTrue();
      assertThat(p.dir()).matches("(_standalone/)?[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?")
          .doesNotMatch("(?i)(.*/)?(con|prn|aux|nul|com[0-9]|lpt[0-9])");
    }
    assertThat(plan.plans()).hasSize(APPS.size() + 1);
    try (Stream<Path> files = Files.walk(out)) {
      assertThat(files.filter(Files::isRegularFile).toList()).isNotEmpty()
          .allMatch(f -> f.toAbsolutePath().normalize().startsWith(out.resolve("plans").toAbsolutePath()));
    }
  }

  @Test
  void every_object_name_is_a_dns_label_and_unique_per_kind() {
    for (AppPlan p : new Planner(PlanOptions.defaults()).plan(assessment()).plans()) {
      Set<String> seen = new HashSet<>();
      p.objects().forEach(o -> {
        assertThat(o.getMetadata().getName()).matches("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");
        assertThat(seen.add(o.getKind() + "/" + o.getMetadata().getName())).as(o.getMetadata().getName()).isTrue();
      });
    }
  }

  @Test
  void inventory_strings_cannot_inject_markup_or_commands_into_the_runbook() {
    AppPlan p = new Planner(PlanOptions.defaults()).plan(assessment()).plans().stream()
        .filter(x -> x.name().startsWith("[x]")).findFirst().orElseThrow();
    String runbook = p.files().get(AppPlan.RUNBOOK);
    assertThat(runbook).doesNotContain("<script>").doesNotContain("](javascript").doesNotContain("\u0000")
        .contains("\\[x\\]\\(javascript:alert\\(1\\)\\) \\<script\\>")
        .contains("-O qcow2 '/tmp/$(rm -rf ~)/disk'\\''s.qcow2' ");
    assertThat(runbook.lines().filter(l -> l.startsWith("```")).count() % 2).isZero();
  }

  @Test
  void names_that_sanitise_alike_get_distinct_suffixes_whatever_their_order() {
    Map<String, String> a = DnsNames.unique(new java.util.LinkedHashMap<>(Map.of("1", "Web_01", "2", "web.01")));
    Map<String, String> b = DnsNames.unique(new java.util.LinkedHashMap<>(Map.of("2", "web.01", "1", "Web_01")));
    assertThat(a).isEqualTo(b);
    assertThat(a.get("1")).isNotEqualTo(a.get("2")).startsWith("web-01-");
    assertThat(DnsNames.unique(Map.of("x", "db01"))).containsEntry("x", "db01");
    assertThat(Shell.quote("a\nb")).isEqualTo("$'a\\u000ab'");
    assertThat(DnsNames.withSuffix(LONG, "-fencing-token")).hasSize(DnsNames.MAX).endsWith("-fencing-token")
        .matches("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");
    assertThat(DnsNames.withSuffix("../x-", "-fencing")).isEqualTo("x-fencing");
  }

  private static Assessment assessment() {
    List<Vm> vms = new ArrayList<>();
    List<Application> apps = new ArrayList<>();
    for (int i = 0; i < APPS.size(); i++) {
      String vmName = APPS.get(i) + "/vm";
      vms.add(vm(vmName, APPS.get(i)));
      apps.add(new Application(APPS.get(i), SourceRef.of("hostile.yaml", i + 1), "none",
          List.of(new Application.Member(vmName, "web/tier")), null, null, null, null, null, null));
    }
    vms.add(vm("Stand Alone", null));
    return new Assessor(RubricLoader.load(Path.of("rubrics/kubevirt")))
        .assess(new Inventory(vms, apps, List.of()), ClusterFacts.unknown());
  }

  private static Vm vm(String name, String app) {
    Disk d = new Disk(name + "-root", "vmdk", 12.5, "thin", "scsi", false, false, false, "os",
        "/tmp/$(rm -rf ~)/disk's.qcow2");
    Nic n = new Nic("eth0", "lan`x`", "vmxnet3", "00:50:56:00:00:01", List.of("10.0.0.5/24"), true, "none",
        false, false, true);
    Workload w = new Workload(true, "local-db", List.of("db.corp.local"), List.of(), new HealthCheck(true, "tcp",
        5432, null), "volume", "wanted", 1, Map.of("/etc/x.conf", "a: b\n#cloud-config\n"));
    return new Vm(name, SourceRef.of("hostile.yaml", 10), app, app == null ? null : "web/tier", null,
        new Firmware("uefi", true, false), 2, 2048L, "on", List.of(d), List.of(n), List.of(), null, true, true, 0,
        w, null, null);
  }
}
