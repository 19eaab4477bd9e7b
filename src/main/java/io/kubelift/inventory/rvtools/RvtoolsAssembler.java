package io.kubelift.inventory.rvtools;

import io.kubelift.inventory.ReadResult;
import io.kubelift.inventory.text.BadValue;
import io.kubelift.inventory.text.Header;
import io.kubelift.model.Disk;
import io.kubelift.model.Nic;
import io.kubelift.model.Rejected;
import io.kubelift.model.SourceRef;
import io.kubelift.model.Vm;
import io.kubelift.source.InputException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Joins the tabs of one RVTools export into VMs: vInfo makes the VMs, every other tab is streamed once and each row
 * attached to its VM through {@link VmIndex}. Rows that fit no VM, and VMs that are not to be assessed (templates,
 * SRM placeholders, rows without a name), are rejected with their location; the rest is kept.
 */
final class RvtoolsAssembler {
  private final String shownAs;
  private final List<VmDraft> drafts = new ArrayList<>();
  private final VmIndex index = new VmIndex();
  private final List<Rejected> rejected = new ArrayList<>();
  private final Set<Tab> used = EnumSet.noneOf(Tab.class);
  private int records;

  private RvtoolsAssembler(String shownAs) {
    this.shownAs = shownAs;
  }

  /** Reads every tab of the source into VMs. */
  static ReadResult assemble(TabSource source, String shownAs) {
    Set<Tab> tabs = source.tabs();
    if (!tabs.contains(Tab.VINFO)) {
      throw new InputException(shownAs, 0, "no vInfo tab: not an RVTools export");
    }
    RvtoolsAssembler a = new RvtoolsAssembler(shownAs);
    source.read(Tab.VINFO, a.new Rows(Tab.VINFO));
    for (Tab t : Tab.values()) {
      if (t != Tab.VINFO && tabs.contains(t)) {
        source.read(t, a.new Rows(t));
      }
    }
    return a.result();
  }

  private ReadResult result() {
    for (VmDraft d : drafts) {
      List<String> others = new ArrayList<>();
      index.named(d.name).stream().filter(o -> o != d && !o.excluded).forEach(o -> others.add(o.source.toString()));
      if (!others.isEmpty()) {
        d.notes.add(io.kubelift.inventory.common.SameNames.sameInput(others));
      }
    }
    List<Vm> vms = new ArrayList<>(drafts.size());
    for (VmDraft d : drafts) {
      vms.add(d.build(used));
    }
    return new ReadResult(vms, List.of(), records, rejected);
  }

  private void info(Row r) {
    records++;
    String why = InfoRows.notAVm(r);
    if (why != null) {
      rejected.add(new Rejected(r.at().toString(), why));
      if (r.get(Col.VM) != null) {
        VmDraft excluded = new VmDraft(r.get(Col.VM), r.at());
        excluded.excluded = true;
        excluded.vmId = r.get(Col.VM_ID);
        excluded.uuid = r.get(Col.VM_UUID);
        excluded.server = r.get(Col.SDK_SERVER);
        index.add(excluded);
      }
      return;
    }
    VmDraft d = InfoRows.draft(r, r.layoutHeader());
    drafts.add(d);
    index.add(d);
  }

  private void detail(Tab tab, Row r) {
    VmDraft d = index.find(r);
    if (d == null) {
      rejected.add(new Rejected(r.at().toString(), tab.sheet() + " row not used: " + index.why(r)));
      return;
    }
    if (d.excluded) {
      return;
    }
    try {
      DetailRows.apply(tab, r, d);
    } catch (BadValue e) {
      rejected.add(new Rejected(r.at().toString(), e.getMessage() + "; VM '" + d.name + "' is assessed with this "
          + tab.sheet() + " entry unknown"));
      if (tab == Tab.VDISK) {
        d.disks.add(new Disk(r.get(Col.DISK), null, null, null, null, null, null, null, null, null));
      } else if (tab == Tab.VNETWORK) {
        d.nics.add(new Nic(r.get(Col.NIC_LABEL), null, null, null, null, null, null, null, null, null));
      }
    }
  }

  /** Receives one tab's rows. */
  private final class Rows implements TabSource.Visitor {
    private final Tab tab;
    private Row.Layout layout;

    Rows(Tab tab) {
      this.tab = tab;
    }

    @Override
    public void header(Header header, SourceRef at, boolean decimalComma) {
      layout = new Row.Layout(header, decimalComma);
      if (layout.has(Col.VM)) {
        used.add(tab);
        return;
      }
      String reason = tab.sheet() + " has no '" + Col.VM.label() + "' column (found " + header.describe() + ")";
      if (tab == Tab.VINFO) {
        throw new InputException(at.toString(), 0, reason + ": not an RVTools layout this version reads");
      }
      rejected.add(new Rejected(at.toString(), reason + ": the tab is not used"));
    }

    @Override
    public void row(SourceRef at, String[] cells) {
      if (!used.contains(tab)) {
        return;
      }
      Row r = new Row(at, cells, layout);
      try {
        if (tab == Tab.VINFO) {
          info(r);
        } else {
          detail(tab, r);
        }
      } catch (BadValue e) {
        rejected.add(new Rejected(at.toString(), e.getMessage()));
      }
    }
  }
}
