package io.kubelift.cli;

import io.kubelift.assess.AppAssessment;
import io.kubelift.assess.Assessment;
import io.kubelift.assess.VmAssessment;
import io.kubelift.report.ExplainText;
import io.kubelift.source.InputException;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kubelift explain}: the findings behind each rating of one VM or application. */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = "Print the trail of findings behind each rating of a VM or an application.")
final class ExplainCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Target target;

  static final class Target {
    @Option(names = "--vm", paramLabel = "NAME", description = "The VM to explain.")
    String vm;

    @Option(names = "--app", paramLabel = "NAME", description = "The application to explain.")
    String app;
  }

  @Override
  public Integer call() {
    Assessment a = common.assess();
    StringBuilder sb = new StringBuilder();
    if (target.vm != null) {
      for (VmAssessment v : a.vms()) {
        if (v.vm().name().equals(target.vm)) {
          sb.append(sb.length() == 0 ? "" : "\n").append(ExplainText.vm(v, a));
        }
      }
    } else {
      for (AppAssessment app : a.applications()) {
        if (app.application().name().equals(target.app)) {
          sb.append(ExplainText.application(app));
        }
      }
    }
    if (sb.length() == 0) {
      String what = target.vm != null ? "VM '" + target.vm + "'" : "application '" + target.app + "'";
      throw new InputException(String.valueOf(common.inputs), 0, "no " + what + " in the inputs");
    }
    spec.commandLine().getOut().print(sb);
    return 0;
  }
}
