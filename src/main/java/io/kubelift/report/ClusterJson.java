package io.kubelift.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.kubelift.assess.Assessment;
import io.kubelift.assess.CapacityFit;
import io.kubelift.model.ClusterFacts;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The {@code cluster} section of {@code assessment.json}: where the facts came from, the facts, the reasons the
 * unknown ones are unknown, and the capacity fit. {@code null} when no cluster was given.
 */
final class ClusterJson {
  private ClusterJson() {}

  static void write(JsonGenerator g, Assessment a) throws IOException {
    ClusterFacts c = a.cluster();
    if (!c.given()) {
      g.writeNullField("cluster");
      return;
    }
    g.writeObjectFieldStart("cluster");
    g.writeStringField("source", c.source());
    g.writeObjectFieldStart("facts");
    for (Map.Entry<String, Object> e : c.facts().entrySet()) {
      g.writeFieldName(e.getKey());
      value(g, e.getValue());
    }
    g.writeEndObject();
    g.writeObjectFieldStart("unknown");
    for (Map.Entry<String, String> e : c.unknownReasons().entrySet()) {
      g.writeStringField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
    capacity(g, CapacityFit.of(a));
    g.writeEndObject();
  }

  private static void value(JsonGenerator g, Object v) throws IOException {
    if (v instanceof List) {
      g.writeStartArray();
      for (Object item : (List<?>) v) {
        g.writeString(String.valueOf(item));
      }
      g.writeEndArray();
    } else if (v instanceof Number) {
      number(g, ((Number) v).doubleValue());
    } else if (v instanceof Boolean) {
      g.writeBoolean((Boolean) v);
    } else {
      g.writeString(String.valueOf(v));
    }
  }

  private static void capacity(JsonGenerator g, CapacityFit f) throws IOException {
    g.writeObjectFieldStart("capacity");
    g.writeNumberField("vms", f.vms());
    g.writeObjectFieldStart("demand");
    g.writeFieldName("cpus");
    number(g, f.demandCpus());
    g.writeNumberField("memoryMiB", f.demandMemoryMiB());
    g.writeEndObject();
    strings(g, "unsizedVms", f.unsized());
    pair(g, "allocatable", f.allocatableCpus(), f.allocatableMemoryMiB());
    pair(g, "largestNode", f.largestNodeCpus(), f.largestNodeMemoryMiB());
    g.writeFieldName("fits");
    if (f.fits() == null) {
      g.writeNull();
    } else {
      g.writeBoolean(f.fits());
    }
    nullable(g, "cpuShare", f.cpuShare());
    nullable(g, "memoryShare", f.memoryShare());
    strings(g, "vmsLargerThanLargestNode", f.tooLarge());
    g.writeEndObject();
  }

  private static void pair(JsonGenerator g, String name, Double cpus, Double memoryMiB) throws IOException {
    g.writeObjectFieldStart(name);
    nullable(g, "cpus", cpus);
    nullable(g, "memoryMiB", memoryMiB);
    g.writeEndObject();
  }

  private static void nullable(JsonGenerator g, String name, Double v) throws IOException {
    g.writeFieldName(name);
    if (v == null) {
      g.writeNull();
    } else {
      number(g, v);
    }
  }

  private static void strings(JsonGenerator g, String name, List<String> items) throws IOException {
    g.writeArrayFieldStart(name);
    for (String s : items) {
      g.writeString(s);
    }
    g.writeEndArray();
  }

  /** Whole numbers without a fraction, so that 24 CPUs read as 24 and not 24.0. */
  private static void number(JsonGenerator g, double v) throws IOException {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      g.writeNumber((long) v);
    } else {
      g.writeNumber(v);
    }
  }
}
