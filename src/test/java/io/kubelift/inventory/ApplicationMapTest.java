package io.kubelift.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubelift.model.Application;
import io.kubelift.model.Inventory;
import io.kubelift.source.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The application map, YAML or CSV: membership, roles, HA pattern, exposure, and rules that derive the rest. */
class ApplicationMapTest {
  static final Path YAML = Path.of("fixtures/apps/datacenter1.yaml");
  static final Path CSV = Path.of("fixtures/apps/datacenter1.csv");
  @TempDir Path tmp;

  static ReadResult read(Path p) {
    return new ApplicationMapReader().read(p, p.toString());
  }

  static Application app(ReadResult r, String name) {
    return r.applications().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void yaml_and_csv_maps_say_the_same_of_membership_roles_pattern_fencing_and_vip() throws IOException {
    assertThat(new ApplicationMapReader().canRead(YAML, Files.readAllBytes(YAML))).isTrue();
    assertThat(new ApplicationMapReader().canRead(CSV, Files.readAllBytes(CSV))).isTrue();
    ReadResult y = read(YAML);
    ReadResult c = read(CSV);
    assertThat(c.rejected()).isEmpty();
    for (String name : List.of("shop", "finance-sql", "erp-db")) {
      Application a = app(y, name);
      Application b = app(c, name);
      assertThat(b.vms()).isEqualTo(a.vms());
      assertThat(b.pattern()).isEqualTo(a.pattern());
      assertThat(b.clusterSoftware()).isEqualTo(a.clusterSoftware());
      assertThat(b.fencing()).isEqualTo(a.fencing());
      assertThat(b.vip()).isEqualTo(a.vip());
    }
    assertThat(app(c, "shop").exposure()).contains(new Application.Exposure("frontend", 443, "TCP", true));
    assertThat(y.derivations()).singleElement().satisfies(d -> assertThat(d.attribute()).isEqualTo("folder"));
    assertThat(app(y, "erp-db").source().toString()).isEqualTo(YAML + ":41");
  }

  @Test
  void a_csv_row_that_contradicts_its_application_is_rejected_with_both_lines() throws IOException {
    Path p = tmp.resolve("apps.csv");
    Files.writeString(p, "application,vm,role,pattern\nerp,db1,db,active-active\nerp,db2,db,active-standby-shared-disk\n"
        + "erp,db3,db,sideways\n,db4,,\n");
    ReadResult r = read(p);
    assertThat(app(r, "erp").vms()).extracting(Application.Member::name).containsExactly("db1");
    assertThat(r.rejected()).extracting(j -> j.location() + " " + j.reason()).containsExactly(
        p + ":3 pattern 'active-standby-shared-disk' contradicts 'active-active' given at line 2",
        p + ":4 pattern 'sideways' is not one of [none, active-standby-shared-disk, active-standby-shared-nothing, "
            + "active-active]",
        p + ":5 a row needs both an application and a vm");
  }

  @Test
  void a_derivation_without_an_app_group_or_with_a_broken_pattern_is_refused_with_its_line() throws IOException {
    Path p = tmp.resolve("apps.yaml");
    Files.writeString(p, "kubelift: applications/v1\nderive:\n  - attribute: folder\n    pattern: \"^/Prod/(.*)\"\n");
    assertThatThrownBy(() -> read(p)).isInstanceOf(InputException.class)
        .hasMessage(p + ":4: the pattern needs a named group (?<app>...) for the application");
    Files.writeString(p, "kubelift: applications/v1\nderive:\n  - attribute: folder\n    pattern: \"(?<app>[\"\n");
    assertThatThrownBy(() -> read(p)).hasMessageStartingWith(p + ":4: not a valid regular expression");
    Files.writeString(p, "kubelift: applications/v1\napplications:\n  - name: x\n    colour: red\n");
    assertThatThrownBy(() -> read(p)).hasMessage(p + ":4: unknown field 'colour' in applications[0]");
  }

  @Test
  void an_application_declared_again_later_replaces_the_earlier_declaration() throws IOException {
    Path first = tmp.resolve("a.yaml");
    Files.writeString(first, "kubelift: inventory/v1\nvms:\n  - name: db1\napplications:\n  - name: erp\n"
        + "    pattern: none\n    vms: [{name: db1, role: db}]\n");
    Path map = tmp.resolve("apps.yaml");
    Files.writeString(map, "kubelift: applications/v1\napplications:\n  - name: erp\n    pattern: active-active\n"
        + "    vms: [{name: db1, role: primary}]\n");
    Inventory inv = new InventoryLoader(InventoryReaders.standard(), null).load(List.of(first), map);
    assertThat(inv.applications()).singleElement().satisfies(a -> assertThat(a.pattern()).isEqualTo("active-active"));
    assertThat(inv.vms().get(0).role()).isEqualTo("primary");
    assertThat(inv.inputs().get(0).rejected()).singleElement().satisfies(j -> assertThat(j.reason())
        .isEqualTo("application 'erp' is declared again at " + map + ":3; the later declaration is used"));
  }
}
