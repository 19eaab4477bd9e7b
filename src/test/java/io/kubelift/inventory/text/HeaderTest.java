package io.kubelift.inventory.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Header rows as workbooks and spreadsheets write them. */
class HeaderTest {
  @Test
  void a_header_cell_a_workbook_left_out_is_a_column_without_a_name() {
    Header h = new Header(Arrays.asList("VM", null, "Capacity MiB"));
    assertThat(h.names()).containsExactly("VM", "", "Capacity MiB");
    assertThat(h.find("capacity_mib")).isEqualTo(2);
    assertThat(h.has("vm")).isTrue();
  }
}
