package io.kubelift.inventory.ansible;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubelift.model.Os;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The guest OS as Ansible facts state it, in the spellings the lifecycle rules compare. */
class AnsibleGuestOsTest {
  @TempDir Path tmp;

  private Os os(String host, String facts) throws IOException {
    Path f = tmp.resolve(host);
    Files.writeString(f, "{" + facts + ", \"ansible_system\": \"Linux\", \"ansible_architecture\": \"x86_64\"}");
    return new AnsibleFactsReader().read(f, host).guestFacts().get(0).os();
  }

  @Test
  void the_full_distribution_version_is_kept() throws IOException {
    assertThat(os("sles01", "\"ansible_distribution\": \"SLES\", \"ansible_distribution_version\": \"12.5\","
        + " \"ansible_distribution_major_version\": \"12\"")).isEqualTo(new Os("linux", "sles", "12.5", "x86_64"));
  }

  @Test
  void the_major_version_stands_in_when_the_full_one_is_missing_or_not_a_number() throws IOException {
    assertThat(os("deb01", "\"ansible_distribution\": \"Debian\", \"ansible_distribution_version\": \"n/a\","
        + " \"ansible_distribution_major_version\": \"10\"")).isEqualTo(new Os("linux", "debian", "10", "x86_64"));
    assertThat(os("centos01", "\"ansible_distribution\": \"CentOS\", \"ansible_distribution_major_version\": \"7\""))
        .isEqualTo(new Os("linux", "centos", "7", "x86_64"));
  }

  @Test
  void windows_is_named_by_its_product_not_its_kernel_version() throws IOException {
    Path f = tmp.resolve("win01");
    Files.writeString(f, "{\"ansible_os_family\": \"Windows\", \"ansible_system\": \"Win32NT\","
        + " \"ansible_distribution\": \"Microsoft Windows Server 2012 R2 Standard\","
        + " \"ansible_distribution_version\": \"6.3.9600.0\", \"ansible_distribution_major_version\": \"6\","
        + " \"ansible_architecture\": \"64-bit\"}");
    assertThat(new AnsibleFactsReader().read(f, "win01").guestFacts().get(0).os())
        .isEqualTo(new Os("windows", "windows-server", "2012 r2", "x86_64"));
  }
}
