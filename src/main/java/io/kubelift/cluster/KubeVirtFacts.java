package io.kubelift.cluster;

import static io.kubelift.rubric.ClusterFactNames.HOST_DEVICES;
import static io.kubelift.rubric.ClusterFactNames.INSTANCETYPES;
import static io.kubelift.rubric.ClusterFactNames.KUBEVIRT_GATES;
import static io.kubelift.rubric.ClusterFactNames.KUBEVIRT_HOST_DEVICES;
import static io.kubelift.rubric.ClusterFactNames.KUBEVIRT_INSTALLED;
import static io.kubelift.rubric.ClusterFactNames.KUBEVIRT_MIGRATIONS;
import static io.kubelift.rubric.ClusterFactNames.KUBEVIRT_PHASE;
import static io.kubelift.rubric.ClusterFactNames.KUBEVIRT_VERSION;
import static io.kubelift.rubric.ClusterFactNames.LIVE_MIGRATION;
import static io.kubelift.rubric.ClusterFactNames.PERSISTENT_RESERVATION;
import static io.kubelift.rubric.ClusterFactNames.PREFERENCES;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * KubeVirt facts from its {@code KubeVirt} resource: installed (phase Deployed), version, feature gates, permitted
 * host devices and migration settings; and the cluster-wide instancetypes and preferences.
 */
final class KubeVirtFacts {
  static final String GROUP = "kubevirt.io";
  static final String INSTANCETYPE_GROUP = "instancetype.kubevirt.io";
  /** KubeVirt 0.56 made live migration generally available; before it needed the LiveMigration feature gate. */
  private static final double LIVE_MIGRATION_GA = 0.56;

  private KubeVirtFacts() {}

  static void read(Discovery d, FactSheet s) {
    count(d.list(INSTANCETYPE_GROUP, "VirtualMachineClusterInstancetype"), INSTANCETYPES, s);
    count(d.list(INSTANCETYPE_GROUP, "VirtualMachineClusterPreference"), PREFERENCES, s);
    Read<List<GenericKubernetesResource>> crs = d.list(GROUP, "KubeVirt");
    if (!crs.known()) {
      s.unknown(crs.reason(), KUBEVIRT_INSTALLED, KUBEVIRT_VERSION, KUBEVIRT_PHASE, KUBEVIRT_GATES,
          KUBEVIRT_HOST_DEVICES, KUBEVIRT_MIGRATIONS, HOST_DEVICES, LIVE_MIGRATION, PERSISTENT_RESERVATION);
      return;
    }
    if (crs.value().isEmpty()) {
      // Without a KubeVirt resource nothing of KubeVirt runs: what it would offer is known to be absent.
      boolean served = d.kind(GROUP, "KubeVirt").value() != null;
      s.put(KUBEVIRT_INSTALLED, false).put(KUBEVIRT_GATES, List.of()).put(KUBEVIRT_HOST_DEVICES, List.of())
          .put(KUBEVIRT_MIGRATIONS, List.of()).put(HOST_DEVICES, false).put(LIVE_MIGRATION, false)
          .put(PERSISTENT_RESERVATION, false)
          .unknown(served ? "KubeVirt's CRDs are installed, but there is no KubeVirt resource"
              : "KubeVirt is not installed", KUBEVIRT_VERSION, KUBEVIRT_PHASE);
      return;
    }
    configuration(crs.value().get(0), s);
  }

  static void count(Read<List<GenericKubernetesResource>> list, String fact, FactSheet s) {
    s.from(list.map(List::size), fact);
  }

  private static void configuration(GenericKubernetesResource kv, FactSheet s) {
    String phase = Fields.text(kv, "status", "phase");
    String version = Versions.strip(firstNonNull(Fields.text(kv, "status", "observedKubeVirtVersion"),
        Fields.text(kv, "status", "operatorVersion")));
    s.put(KUBEVIRT_INSTALLED, "Deployed".equals(phase));
    putOrUnknown(s, KUBEVIRT_PHASE, phase, "the KubeVirt resource reports no phase");
    putOrUnknown(s, KUBEVIRT_VERSION, version, "the KubeVirt resource reports no version");
    List<String> gates = strings(Fields.list(kv, "spec", "configuration", "developerConfiguration", "featureGates"));
    s.put(KUBEVIRT_GATES, gates).put(PERSISTENT_RESERVATION, gates.contains("PersistentReservation"));
    liveMigration(gates, version, s);
    hostDevices(kv, gates, s);
    Map<?, ?> migrations = Fields.map(kv, "spec", "configuration", "migrations");
    List<String> settings = new ArrayList<>();
    if (migrations != null) {
      migrations.forEach((k, v) -> settings.add(k + "=" + v));
    }
    s.put(KUBEVIRT_MIGRATIONS, settings);
  }

  private static void liveMigration(List<String> gates, String version, FactSheet s) {
    Double v = Versions.majorMinor(version);
    if (gates.contains("LiveMigration") || v != null && v >= LIVE_MIGRATION_GA) {
      s.put(LIVE_MIGRATION, true);
    } else if (v != null) {
      s.put(LIVE_MIGRATION, false);
    } else {
      s.unknown("the LiveMigration feature gate is off and the KubeVirt version is unknown", LIVE_MIGRATION);
    }
  }

  private static void hostDevices(GenericKubernetesResource kv, List<String> gates, FactSheet s) {
    Map<?, ?> permitted = Fields.map(kv, "spec", "configuration", "permittedHostDevices");
    TreeSet<String> names = new TreeSet<>();
    if (permitted != null) {
      for (String kind : List.of("pciHostDevices", "mediatedDevices", "usb")) {
        for (Object d : permitted.get(kind) instanceof List ? (List<?>) permitted.get(kind) : List.of()) {
          Object name = d instanceof Map ? ((Map<?, ?>) d).get("resourceName") : null;
          if (name instanceof String) {
            names.add((String) name);
          }
        }
      }
    }
    s.put(KUBEVIRT_HOST_DEVICES, names);
    if (names.isEmpty()) {
      s.put(HOST_DEVICES, false);
    } else if (gates.contains("HostDevices") || gates.contains("GPU")) {
      s.put(HOST_DEVICES, true);
    } else {
      s.unknown("host devices are permitted, but the HostDevices feature gate older versions need is not listed",
          HOST_DEVICES);
    }
  }

  static void putOrUnknown(FactSheet s, String fact, Object value, String reason) {
    if (value != null) {
      s.put(fact, value);
    } else {
      s.unknown(reason, fact);
    }
  }

  static List<String> strings(Object o) {
    List<String> out = new ArrayList<>();
    if (o instanceof List) {
      for (Object e : (List<?>) o) {
        if (e instanceof String) {
          out.add((String) e);
        }
      }
    }
    return out;
  }

  static <T> T firstNonNull(T a, T b) {
    return a != null ? a : b;
  }
}
