package io.kubelift.report;

import java.io.File;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium driven by its own chromedriver ({@code .ci/run} installs both). Both paths are given
 * explicitly so that Selenium Manager never looks for a browser or a driver on the network.
 */
final class Chromium {
  static final String BROWSER = "/usr/bin/chromium";
  static final String DRIVER = "/usr/bin/chromedriver";

  /** Held so the setting sticks: Selenium warns at every start that it has no CDP module for this Chromium. */
  private static final Logger CDP_FINDER = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

  private Chromium() {}

  /** Closes the browser, if it was started. */
  static void quit(ChromeDriver browser) {
    if (browser != null) {
      browser.quit();
    }
  }

  /** A browser with a fresh profile in {@code profile}, a desktop-sized window, and console logging captured. */
  static ChromeDriver start(Path profile, int width, int height) {
    for (String exe : new String[] {BROWSER, DRIVER}) {
      if (!new File(exe).canExecute()) {
        // fail, not skip: the report's browser behaviour is part of what verify proves
        throw new IllegalStateException(exe + " is missing: the browser tests need Debian's headless Chromium "
            + "(apt-get install chromium chromium-driver; .ci/run installs them)");
      }
    }
    CDP_FINDER.setLevel(Level.SEVERE);
    ChromeOptions options = new ChromeOptions().setBinary(BROWSER).addArguments("--headless", "--no-sandbox",
        "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--hide-scrollbars", "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build();
    return new ChromeDriver(service, options);
  }
}
