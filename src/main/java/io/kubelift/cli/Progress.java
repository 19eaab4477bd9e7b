package io.kubelift.cli;

import java.util.function.IntConsumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * A progress bar on stderr while VMs are assessed and reports written, for large estates that take a while. Shown
 * only when stderr is a terminal and {@code --quiet} was not given, so that pipes, CI logs and tests never see it;
 * otherwise every call does nothing.
 */
final class Progress implements IntConsumer, AutoCloseable {
  /** Below this many VMs a run takes a second or two: no bar to flicker past. */
  static final int MIN_VMS = 2_000;
  private final ProgressBar bar;

  private Progress(ProgressBar bar) {
    this.bar = bar;
  }

  /** A bar over {@code vms} steps when it should show, else one that shows nothing. */
  static Progress of(int vms, boolean quiet) {
    if (quiet || vms < MIN_VMS || System.console() == null) {
      return new Progress(null);
    }
    return new Progress(new ProgressBarBuilder().setTaskName("Assessing").setInitialMax(vms).setUnit(" VMs", 1)
        .setConsumer(new ConsoleProgressBarConsumer(System.err)).setUpdateIntervalMillis(250).build());
  }

  /** VMs done; called from the assessing threads (the bar counts atomically). */
  @Override
  public void accept(int done) {
    if (bar != null) {
      bar.stepBy(done);
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
