package io.kubelift.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubelift.assess.Assessor;
import io.kubelift.inventory.InventoryLoader;
import io.kubelift.inventory.InventoryReaders;
import io.kubelift.model.ClusterFacts;
import io.kubelift.rubric.RubricLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the manifests cannot carry (a vhost-user datapath, a shared host directory, memory encryption, direct kernel
 * boot, nested virtualisation, a read-only disk) is written into the runbook for a person, not dropped in silence.
 */
class HostBoundNotesTest {
  private static final Plan PLAN = new Planner(PlanOptions.defaults()).plan(new Assessor(
      RubricLoader.load(Path.of("rubrics/kubevirt"))).assess(new InventoryLoader(InventoryReaders.standard(), null)
          .load(List.of(Path.of("fixtures/libvirt/host-bound.xml"))), ClusterFacts.unknown()));

  @Test
  void a_vhost_user_nic_planned_as_virtio_is_said_to_lose_its_datapath() {
    assertThat(runbook("nfv-router")).contains("nfv-router: NIC net1 is a vhost-user interface in the source; it is "
        + "planned as a plain virtio interface").contains("NIC net2 is a vhost-user interface");
  }

  @Test
  void shared_directories_kernel_boot_nested_virtualisation_and_read_only_disks_are_left_to_a_person() {
    assertThat(runbook("ci-runner"))
        .contains("ci-runner: the guest mounts a directory of its host (virtiofs /srv/ci-cache as cache); no "
            + "filesystem is generated")
        .contains("ci-runner: boots a kernel and initrd kept on the source host; the manifest boots from its disk")
        .contains("ci-runner: offers nested virtualisation in the source")
        .contains("ci-runner: disk vdc is attached read-only in the source and writable here")
        .doesNotContain("disk vda is attached read-only");
  }

  @Test
  void a_confidential_vm_is_not_planned_as_if_it_were_encrypted() {
    String runbook = runbook("vault-sev");
    assertThat(runbook).contains("vault-sev: runs encrypted in the source (sev-snp policy 0x30000); the manifest "
        + "sets no `launchSecurity`");
    assertThat(SeedPlans.app(PLAN, "vault-sev").files().values()).noneMatch(f -> f.contains("launchSecurity:"));
  }

  private static String runbook(String vm) {
    return SeedPlans.app(PLAN, vm).files().get("runbook.md");
  }
}
