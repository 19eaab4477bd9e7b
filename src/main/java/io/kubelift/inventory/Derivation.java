package io.kubelift.inventory;

import io.kubelift.model.SourceRef;
import io.kubelift.model.Vm;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places VMs in applications by a pattern over one of their attributes, e.g. the vSphere folder
 * {@code /DC1/vm/Prod/(?<app>[^/]+)} or an annotation {@code app=(?<app>\S+)}. The named group {@code app} gives
 * the application; an optional group {@code role} gives the VM's role.
 *
 * @param attribute the VM attribute matched ({@code folder}, {@code annotation}, {@code custom.<name>}, …)
 * @param pattern a regular expression with a named group {@code app}, searched (not fully matched)
 * @param source where the rule was written
 */
public record Derivation(String attribute, Pattern pattern, SourceRef source) {

  /** The VM placed by this rule, or {@code null} when the rule does not match it. */
  public Vm apply(Vm vm) {
    String value = vm.attributes().get(attribute);
    if (value == null) {
      return null;
    }
    Matcher m = pattern.matcher(value);
    if (!m.find() || m.group("app") == null || m.group("app").isBlank()) {
      return null;
    }
    String role = pattern.pattern().contains("(?<role>") ? m.group("role") : null;
    return vm.inApplication(m.group("app"), role != null ? role : vm.role());
  }
}
