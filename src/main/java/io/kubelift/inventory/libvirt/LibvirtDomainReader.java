package io.kubelift.inventory.libvirt;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * libvirt domain XML as {@code virsh dumpxml} writes it: one {@code <domain>} per file, or several back to back (as
 * virt-install writes its install-time and final definitions). When a file defines the same domain (name and UUID)
 * twice, the last definition is the one libvirt keeps, so it is assessed and the earlier ones are listed as
 * superseded. A directory of such files is read file by file.
 */
public final class LibvirtDomainReader implements InventoryReader {

  @Override
  public String id() {
    return "libvirt";
  }

  @Override
  public String description() {
    return "libvirt domain XML (virsh dumpxml), one or more <domain> per file";
  }

  @Override
  public boolean canRead(Path path, byte[] head) {
    return Sniff.firstElement(head).equals("domain");
  }

  @Override
  public ReadResult read(Path path, String shownAs) {
    List<Element> roots = SafeXml.readConcatenated(path, shownAs);
    List<Rejected> rejected = new ArrayList<>();
    Map<String, Vm> byIdentity = new LinkedHashMap<>();
    int index = 0;
    for (Element root : roots) {
      index++;
      SourceRef at = new SourceRef(shownAs, SafeXml.line(root), roots.size() > 1 ? "/domain[" + index + "]" : null);
      if (!name(root).equals("domain")) {
        rejected.add(new Rejected(at.toString(), "<" + name(root) + "> is not a libvirt <domain>"));
        continue;
      }
      String[] why = new String[1];
      VmDraft vm = DomainMapper.map(root, at, why);
      if (vm == null) {
        rejected.add(new Rejected(at.toString(), why[0]));
        continue;
      }
      String identity = vm.name + "\u0000" + text(root, "uuid");
      Vm earlier = byIdentity.remove(identity);
      if (earlier != null) {
        rejected.add(new Rejected(earlier.source().toString(), "superseded by a later definition of domain '"
            + vm.name + "' at line " + at.line() + " in the same file"));
      }
      byIdentity.put(identity, vm.toVm());
    }
    return new ReadResult(new ArrayList<>(byIdentity.values()), List.of(), roots.size(), rejected);
  }
}
