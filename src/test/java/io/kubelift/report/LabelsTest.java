package io.kubelift.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Totals for people are grouped by thousands; values machines read (sort keys, data) are not. */
class LabelsTest {
  @Test
  void totals_are_grouped_and_keep_one_decimal_only_when_it_says_something() {
    assertThat(Labels.grouped(58_163_686)).isEqualTo("58,163,686");
    assertThat(Labels.grouped(1234.5)).isEqualTo("1,234.5");
    assertThat(Labels.grouped(790)).isEqualTo("790");
    assertThat(Labels.number(58_163_686)).isEqualTo("58163686");
  }

  @Test
  void sizes_change_unit_before_they_outgrow_a_summary_card() {
    assertThat(Labels.size(790)).containsEntry("value", "790").containsEntry("unit", "GiB");
    assertThat(Labels.size(9_999.5)).containsEntry("value", "9,999.5").containsEntry("unit", "GiB");
    assertThat(Labels.size(20_480)).containsEntry("value", "20").containsEntry("unit", "TiB");
    assertThat(Labels.size(58_163_686)).containsEntry("value", "55.5").containsEntry("unit", "PiB");
  }
}
