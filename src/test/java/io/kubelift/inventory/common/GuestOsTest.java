package io.kubelift.inventory.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubelift.model.Os;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Guest OS identifiers of each platform in the model's terms; what an identifier leaves open stays null. */
class GuestOsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(nullValues = "-", value = {
    "rhel7-64,                   linux,   rhel,           7,       x86_64",
    "rhel7_64Guest,              linux,   rhel,           7,       x86_64",
    "windows7Server64Guest,      windows, windows-server, 2008 r2, x86_64",
    "winNetEnterprise-64,        windows, windows-server, 2003,    x86_64",
    "winXPProGuest,              windows, windows,        xp,      x86",
    "windows9srv-64,             windows, windows-server, 2016,    x86_64",
    "windows2019srvNext_64Guest, windows, windows-server, 2022,    x86_64",
    "other26xlinux,              linux,   -,              -,       x86",
    "other-64,                   -,       -,              -,       x86_64",
    "oracleLinux7_64Guest,       linux,   oracle,         7,       x86_64",
    "vmkernel5Guest,             other,   esxi,           -,       x86",
  })
  void vmware_ids(String id, String family, String distribution, String version, String arch) {
    assertThat(VmwareGuestIds.fromId(id)).isEqualTo(new Os(family, distribution, version, arch));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(nullValues = "-", value = {
    "rhel_7x64,         linux,   rhel,           7,       x86_64",
    "windows_2008R2x64, windows, windows-server, 2008 r2, x86_64",
    "ubuntu_14_04,      linux,   ubuntu,         14.04,   -",
    "rhcos_x64,         linux,   rhcos,          -,       x86_64",
    "other_linux,       linux,   -,              -,       -",
  })
  void ovirt_types(String id, String family, String distribution, String version, String arch) {
    assertThat(GuestOs.ovirt(id)).isEqualTo(new Os(family, distribution, version, arch));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(nullValues = "-", value = {
    "http://redhat.com/rhel/5.4,           linux,   rhel,           5.4",
    "http://microsoft.com/win/2k3r2,       windows, windows-server, 2003 r2",
    "http://fedoraproject.org/fedora/unknown, linux, fedora,        -",
    "http://oracle.com/ol/8.4,             linux,   oracle,         8.4",
    "http://microsoft.com/win/2k12r2,      windows, windows-server, 2012 r2",
    "http://microsoft.com/win/8.1,         windows, windows,        8.1",
    "http://centos.org/centos/7.0,         linux,   centos,         7.0",
    "http://centos.org/centos-stream/8,    linux,   centos,         8",
    "http://almalinux.org/almalinux/9,     linux,   alma,           9",
    "http://suse.com/sles/12.5,            linux,   sles,           12.5",
    "http://ubuntu.com/ubuntu/18.04,       linux,   ubuntu,         18.04",
  })
  void libosinfo_ids(String id, String family, String distribution, String version) {
    assertThat(GuestOs.libosinfo(id, "x86_64")).isEqualTo(new Os(family, distribution, version, "x86_64"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(nullValues = "-", delimiter = '|', value = {
    "distroName='Ubuntu' distroVersion='22.04' familyName='Linux' bitness='64' | linux | ubuntu | 22.04 | x86_64",
    "distroName='SUSE Linux Enterprise Server' distroVersion='12.5' familyName='Linux' | linux | sles | 12.5 | -",
    "distroName='AlmaLinux' distroVersion='9.4' familyName='Linux' | linux | alma | 9.4 | -",
    "familyName='Windows' prettyName='Windows Server 2012 R2 Standard, 64-bit' bitness='64'"
        + " | windows | windows-server | 2012 r2 | x86_64",
    "distroName='Gentoo' familyName='Linux' | linux | - | - | -",
  })
  void vmware_tools_guest_details(String data, String family, String distribution, String version, String arch) {
    assertThat(GuestDetails.os(GuestDetails.parse(data))).isEqualTo(new Os(family, distribution, version, arch));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(nullValues = "-", value = {
    "l26,   linux,   -,              -",
    "w2k8,  windows, windows-server, 2008",
    "win10, windows, -,              -",
    "other, -,       -,              -",
  })
  void proxmox_ostypes(String id, String family, String distribution, String version) {
    assertThat(GuestOs.proxmox(id, "x86_64")).isEqualTo(new Os(family, distribution, version, "x86_64"));
  }
}
