package io.kubelift.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubelift.assess.Assessor;
import io.kubelift.model.ClusterFacts;
import io.kubelift.report.JsonReportRenderer;
import io.kubelift.rubric.RubricLoader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** The shared third-party corpus and a way to run inputs through the whole pipeline to {@code assessment.json}. */
public final class Corpus {
  private Corpus() {}

  /** A file of the shared corpus ({@code ../shared/corpus/...}). */
  public static Path file(String relative) {
    return Path.of(System.getProperty("kubelift.shared", "../shared"), "corpus").resolve(relative);
  }

  /** Reads, assesses and renders the inputs; returns the parsed {@code assessment.json}. */
  public static JsonNode assess(List<Path> inputs, Path apps) {
    return assess(inputs, apps, ClusterFacts.unknown());
  }

  /** The same, against a target cluster with these facts. */
  public static JsonNode assess(List<Path> inputs, Path apps, ClusterFacts cluster) {
    var inventory = new InventoryLoader(InventoryReaders.standard(), null).load(inputs, apps);
    var a = new Assessor(RubricLoader.load(Path.of("rubrics/kubevirt"))).assess(inventory, cluster);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new JsonReportRenderer().write(a, out);
      return new ObjectMapper().readTree(out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The VM of that name in an assessment, or an error. */
  public static JsonNode vm(JsonNode doc, String name) {
    for (JsonNode v : doc.path("vms")) {
      if (v.path("name").asText().equals(name)) {
        return v;
      }
    }
    throw new AssertionError("no VM " + name);
  }

  /** The application of that name in an assessment, or an error. */
  public static JsonNode app(JsonNode doc, String name) {
    for (JsonNode a : doc.path("applications")) {
      if (a.path("name").asText().equals(name)) {
        return a;
      }
    }
    throw new AssertionError("no application " + name);
  }

  /** The ids of the rules that fired (not those left undecided) on a VM or application. */
  public static List<String> fired(JsonNode subject) {
    return io.kubelift.AssessmentJson.fired(subject);
  }
}
