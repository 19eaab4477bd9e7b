package io.kubelift.assess;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Import times as people read them: minutes, then hours and minutes, then hours and days for whole estates. */
class ImportEstimateTest {
  @Test
  void short_imports_in_minutes_rounded_up_and_never_zero() {
    assertThat(ImportEstimate.duration(1, 1000)).isEqualTo("1 min"); // 8.6 s
    assertThat(ImportEstimate.duration(100, 1000)).isEqualTo("15 min"); // 859 s
  }

  @Test
  void up_to_two_days_in_hours_and_minutes() {
    assertThat(ImportEstimate.duration(1000, 1000)).isEqualTo("2 h 24 min"); // 8,590 s = 143.2 min
  }

  @Test
  void beyond_two_days_in_grouped_hours_and_days() {
    // 100,000 GiB at 100 Mbit/s: 8,589,935 s = 143,166 min (rounded up) = 2,386 h = 99.4 days
    assertThat(ImportEstimate.duration(100_000, 100)).isEqualTo("2,386 h (99.4 days)");
  }
}
