package io.kubelift.cli;

import picocli.CommandLine;

/** Reads the version from the jar's manifest. */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = Main.class.getPackage().getImplementationVersion();
    return new String[] {"kubelift " + (v == null ? "development build" : v),
      "default rubric: kubevirt (rubrics/kubevirt)",
      "Java " + System.getProperty("java.version")};
  }
}
