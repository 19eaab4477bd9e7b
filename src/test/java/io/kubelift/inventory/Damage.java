package io.kubelift.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded random damage to a text file, for the readers' fuzz tests: one to four edits, each dropping, doubling or
 * cutting a line, replacing a character with one that means something to some format, or blowing up its digits.
 */
public final class Damage {
  /** Cases per seed file in CI; {@code -Dkubelift.fuzz.cases=N} runs a longer campaign. */
  public static final int CASES = Integer.getInteger("kubelift.fuzz.cases", 25);

  private Damage() {}

  /** The text with random edits, the same for the same seed. */
  public static String of(String text, Random rnd) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    int edits = 1 + rnd.nextInt(4);
    for (int e = 0; e < edits && !lines.isEmpty(); e++) {
      int i = rnd.nextInt(lines.size());
      String line = lines.get(i);
      switch (rnd.nextInt(5)) {
        case 0 -> lines.remove(i);
        case 1 -> lines.add(i, line);
        case 2 -> lines.set(i, line.substring(0, rnd.nextInt(line.length() + 1)));
        case 3 -> lines.set(i, replaceChar(line, rnd));
        default -> lines.set(i, line.replaceAll("\\d", String.valueOf(rnd.nextInt(10)).repeat(1 + rnd.nextInt(12))));
      }
    }
    return String.join("\n", lines);
  }

  private static String replaceChar(String line, Random rnd) {
    if (line.isEmpty()) {
      return "=";
    }
    char[] c = line.toCharArray();
    c[rnd.nextInt(c.length)] = "<>=\"'&:;,/ x0-{}[]".charAt(rnd.nextInt(18));
    return new String(c);
  }
}
