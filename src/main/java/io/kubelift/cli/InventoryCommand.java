package io.kubelift.cli;

import io.kubelift.inventory.InventoryLoader;
import io.kubelift.inventory.InventoryReaders;
import io.kubelift.model.InputFile;
import io.kubelift.model.Inventory;
import io.kubelift.model.Vm;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kubelift inventory stats}: what the inputs hold, read and merged but not assessed. */
@Command(name = "inventory", mixinStandardHelpOptions = true, description = "Look at inventories without assessing.",
    subcommands = {InventoryCommand.Stats.class})
final class InventoryCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * Reads the inputs into the model and counts what it holds: a first look at an export, and the parse-only
   * reference the benchmark compares a full assessment with (so it does nothing else).
   */
  @Command(name = "stats", mixinStandardHelpOptions = true,
      description = "Read the inputs and print how many VMs, disks, NICs, applications and rejected records they hold.")
  static final class Stats implements Callable<Integer> {
    @Option(names = "--input-format", paramLabel = "FORMAT",
        description = "Read every input as this format instead of detecting it.")
    String inputFormat;

    @Option(names = "--apps", paramLabel = "FILE", description = "Application map, read after the inputs.")
    Path apps;

    @Option(names = "--debug", description = "Show stack traces of errors.")
    boolean debug;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Inventory files or directories.")
    List<Path> inputs;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      Inventory inv = new InventoryLoader(InventoryReaders.standard(), inputFormat).load(inputs, apps);
      long disks = 0;
      long nics = 0;
      for (Vm vm : inv.vms()) {
        disks += vm.disks() == null ? 0 : vm.disks().size();
        nics += vm.nics() == null ? 0 : vm.nics().size();
      }
      long records = 0;
      long rejected = 0;
      for (InputFile f : inv.inputs()) {
        records += f.records();
        rejected += f.rejected().size();
      }
      PrintWriter out = spec.commandLine().getOut();
      out.printf("inputs        %d%n", inv.inputs().size());
      out.printf("records       %d%n", records);
      out.printf("VMs           %d%n", inv.vms().size());
      out.printf("disks         %d%n", disks);
      out.printf("NICs          %d%n", nics);
      out.printf("applications  %d%n", inv.applications().size());
      out.printf("rejected      %d%n", rejected);
      return 0;
    }
  }
}
