package io.kubelift.inventory.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubelift.model.Os;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Guest OS names as RVTools, spreadsheets and Ansible print them, in the model's terms: the version the lifecycle
 * rules compare is the one the name states, and none where the name covers several releases.
 */
class GuestOsNamesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(nullValues = "-", delimiter = '|', value = {
    "Microsoft Windows Server 2012 (64-bit)            | windows | windows-server | 2012    | x86_64",
    "Microsoft Windows Server 2012 R2 Datacenter       | windows | windows-server | 2012 r2 | -",
    "Microsoft Windows Server 2003 Standard (32-bit)   | windows | windows-server | 2003    | i686",
    "Microsoft Windows Server 2008 R2 (64-bit)         | windows | windows-server | 2008 r2 | x86_64",
    "Microsoft Windows Server 2016 or later (64-bit)   | windows | windows-server | -       | x86_64",
    "Microsoft Windows 7 (64-bit)                      | windows | windows        | 7       | x86_64",
    "Microsoft Windows XP Professional (32-bit)        | windows | windows        | xp      | i686",
    "Red Hat Enterprise Linux 7 (64-bit)               | linux   | rhel           | 7       | x86_64",
    "CentOS 7 (64-bit)                                 | linux   | centos         | 7       | x86_64",
    "CentOS 4/5 (64-bit)                               | linux   | centos         | -       | x86_64",
    "CentOS Stream 9                                   | linux   | centos         | 9       | -",
    "SUSE Linux Enterprise 12 (64-bit)                 | linux   | sles           | 12      | x86_64",
    "Debian GNU/Linux 10 (64-bit)                      | linux   | debian         | 10      | x86_64",
    "Ubuntu Linux (64-bit)                             | linux   | ubuntu         | -       | x86_64",
    "Ubuntu 18.04.6 LTS                                | linux   | ubuntu         | 18.04.6 | -",
    "Oracle Linux 7 (64-bit)                           | linux   | oracle         | 7       | x86_64",
  })
  void names_state_the_version_they_name(String name, String family, String distribution, String version,
      String arch) {
    assertThat(GuestOs.parse(name)).isEqualTo(new Os(family, distribution, version, arch));
  }
}
