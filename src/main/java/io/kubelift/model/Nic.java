package io.kubelift.model;

import java.util.List;

/**
 * One virtual network interface.
 *
 * @param name the interface name in the source or guest
 * @param network the network, port group or segment it is attached to
 * @param model {@code virtio}, {@code e1000}, {@code vmxnet3}, …
 * @param mac the MAC address
 * @param addresses IP addresses seen on it, with prefix where known ({@code 10.0.0.5/24})
 * @param staticIp whether its address is configured statically and must be kept
 * @param vip a floating virtual IP that cluster software moves onto this interface
 * @param sriov an SR-IOV virtual function or DirectPath I/O
 * @param bonded part of a bond or team inside the guest
 * @param connected whether it is connected (a disconnected NIC is usually left behind)
 * @param binding how the source attaches it to the host: {@code bridge} (a host bridge or virtual switch port),
 *     {@code network} (a libvirt-managed network), {@code macvtap}, {@code vhost-user} or {@code vdpa} (userspace or
 *     hardware datapaths), {@code hostdev} (an SR-IOV VF or passed-through NIC), {@code user} (user-mode NAT),
 *     {@code ethernet} (a plain tap), {@code socket} (a QEMU socket backend) or {@code other}
 */
public record Nic(
    String name,
    String network,
    String model,
    String mac,
    List<String> addresses,
    Boolean staticIp,
    String vip,
    Boolean sriov,
    Boolean bonded,
    Boolean connected,
    String binding) {
  public Nic {
    addresses = addresses == null ? null : List.copyOf(addresses);
  }

  /** A NIC whose binding the source does not tell: the binding is unknown. */
  public Nic(String name, String network, String model, String mac, List<String> addresses, Boolean staticIp,
      String vip, Boolean sriov, Boolean bonded, Boolean connected) {
    this(name, network, model, mac, addresses, staticIp, vip, sriov, bonded, connected, null);
  }
}
