package io.kubelift.inventory.ovirt;

import static io.kubelift.source.XmlNodes.children;
import static io.kubelift.source.XmlNodes.name;
import static io.kubelift.source.XmlNodes.text;

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
import java.util.Set;
import org.w3c.dom.Element;

/**
 * oVirt/RHV REST API XML as saved from {@code /vms}, {@code /vms/{id}} (old {@code /api/...} and current
 * {@code /ovirt-engine/api/...} paths alike), and {@code /templates}. Templates are listed as rejected: they are
 * not machines to move. A saved disk or NIC collection names no VM of its own, so it is reported and not assessed;
 * fetch the VM with {@code ?follow=disk_attachments.disk,nics} to have them read with it.
 */
public final class OvirtApiReader implements InventoryReader {
  private static final Set<String> ROOTS = Set.of("vms", "vm", "templates", "template", "disks", "disk", "nics",
      "nic", "disk_attachments");

  @Override
  public String id() {
    return "ovirt-api";
  }

  @Override
  public String description() {
    return "oVirt/RHV REST API XML (/vms, /vms/{id}, /templates)";
  }

  @Override
  public boolean canRead(Path path, byte[] head) {
    String text = Sniff.text(head);
    return ROOTS.contains(Sniff.firstElement(head)) && (text.contains("href=\"/api/")
        || text.contains("/ovirt-engine/api/") || text.contains("href= \"/"));
  }

  @Override
  public ReadResult read(Path path, String shownAs) {
    Element root = SafeXml.read(path, shownAs).getDocumentElement();
    List<Element> records = new ArrayList<>();
    switch (name(root)) {
      case "vm": case "template":
        records.add(root);
        break;
      case "vms": case "templates":
        records.addAll(children(root, "vm", "template"));
        break;
      default:
        int n = name(root).endsWith("s") ? children(root, "disk", "nic", "disk_attachment").size() : 1;
        return new ReadResult(List.of(), List.of(), 0, List.of(new Rejected(shownAs + ":" + SafeXml.line(root),
            "an oVirt <" + name(root) + "> collection (" + n + " item(s)) names no VM to attach them to; "
                + "read the VM with ?follow=disk_attachments.disk,nics instead")));
    }
    List<Vm> vms = new ArrayList<>();
    List<Rejected> rejected = new ArrayList<>();
    for (Element e : records) {
      SourceRef at = SourceRef.of(shownAs, SafeXml.line(e));
      if (name(e).equals("template")) {
        rejected.add(new Rejected(at.toString(), "template '" + text(e, "name") + "' is not a VM: not assessed"));
      } else if (text(e, "name") == null) {
        rejected.add(new Rejected(at.toString(), "VM has no <name>"));
      } else {
        VmDraft vm = OvirtVm.map(e, at);
        vms.add(vm.toVm());
      }
    }
    return new ReadResult(vms, List.of(), records.size(), rejected);
  }
}
