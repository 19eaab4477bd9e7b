package io.kubelift.inventory.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sizes as OVF, Proxmox and libvirt write them. */
class UnitsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(nullValues = "-", value = {
    "byte * 2^20, 1048576",
    "byte*2^30,   1073741824",
    "byte * 10^9, 1000000000",
    "byte,        1",
    "MegaBytes,   1048576",
    "KB,          1024",
    "GigaBytes,   1073741824",
    "hertz * 10^6, -",
  })
  void ovf_allocation_units(String unit, Double bytes) {
    assertThat(Units.byteUnit(unit)).isEqualTo(bytes);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(nullValues = "-", value = {
    "32G,     34359738368",
    "707456K, 724434944",
    "4M,      4194304",
    "1T,      1099511627776",
    "1024,    1024",
    "lots,    -",
  })
  void suffixed_sizes(String size, Double bytes) {
    assertThat(Units.suffixedBytes(size)).isEqualTo(bytes);
  }
}
