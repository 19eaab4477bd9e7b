package io.kubelift.inventory.ovf;

import static io.kubelift.source.XmlNodes.attr;
import static io.kubelift.source.XmlNodes.children;
import static io.kubelift.source.XmlNodes.descendants;

import io.kubelift.inventory.InventoryReader;
import io.kubelift.inventory.ReadResult;
import io.kubelift.inventory.common.Sniff;
import io.kubelift.inventory.common.VmDraft;
import io.kubelift.model.Rejected;
import io.kubelift.model.SourceRef;
import io.kubelift.model.Vm;
import io.kubelift.source.SafeXml;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/**
 * OVF descriptors, 1.x and 2.x: VMware ovftool and VirtualBox exports, multi-VM {@code VirtualSystemCollection}s,
 * and oVirt/RHV's own OVF. Each virtual system is one VM. Where the package offers deployment options, the items of
 * the default option are read and the option is named in the VM's attributes.
 */
public final class OvfReader implements InventoryReader {

  @Override
  public String id() {
    return "ovf";
  }

  @Override
  public String description() {
    return "OVF descriptor (.ovf; VMware, VirtualBox, oVirt/RHV), one VM per virtual system";
  }

  @Override
  public boolean canRead(Path path, byte[] head) {
    return Sniff.firstElement(head).equals("Envelope") && Sniff.text(head).contains("schemas.dmtf.org/ovf/envelope");
  }

  @Override
  public ReadResult read(Path path, String shownAs) {
    Element root = SafeXml.read(path, shownAs).getDocumentElement();
    OvfEnvelope env = new OvfEnvelope(root);
    String configuration = defaultConfiguration(root);
    List<Element> systems = systems(root);
    List<Vm> vms = new ArrayList<>();
    List<Rejected> rejected = new ArrayList<>();
    for (Element system : systems) {
      SourceRef at = new SourceRef(shownAs, SafeXml.line(system), systems.size() > 1 ? "VirtualSystem "
          + attr(system, "id") : null);
      String[] why = new String[1];
      VmDraft vm = OvfSystem.map(system, env, configuration, at, why);
      if (vm == null) {
        rejected.add(new Rejected(at.toString(), why[0]));
      } else {
        vms.add(vm.toVm());
      }
    }
    if (systems.isEmpty()) {
      rejected.add(new Rejected(shownAs, "the OVF envelope describes no virtual system"));
    }
    return new ReadResult(vms, List.of(), systems.size(), rejected);
  }

  /** Every VirtualSystem, nested in collections or not, and oVirt's {@code <Content>}, in document order. */
  private static List<Element> systems(Element root) {
    List<Element> out = new ArrayList<>(OvfEnvelope.section(root, "VirtualSystem"));
    for (Element vs : descendants(root, "VirtualSystem")) {
      if (!out.contains(vs)) {
        out.add(vs);
      }
    }
    out.sort((a, b) -> Integer.compare(SafeXml.line(a), SafeXml.line(b)));
    return out;
  }

  private static String defaultConfiguration(Element root) {
    String first = null;
    for (Element section : OvfEnvelope.section(root, "DeploymentOptionSection")) {
      for (Element c : children(section, "Configuration")) {
        if ("true".equalsIgnoreCase(attr(c, "default"))) {
          return attr(c, "id");
        }
        first = first == null ? attr(c, "id") : first;
      }
    }
    return first;
  }
}
