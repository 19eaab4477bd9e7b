package io.kubelift.inventory.ansible;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubelift.inventory.InventoryReader;
import io.kubelift.inventory.ReadResult;
import io.kubelift.model.Rejected;
import io.kubelift.model.SourceRef;
import io.kubelift.model.Vm;
import io.kubelift.source.InputException;
import io.kubelift.source.LocatedDocument;
import io.kubelift.source.SafeYaml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Facts only the guest knows, from {@code ansible -m setup}: the JSON of a fact cache or of {@code --tree} (one
 * file per host, named after it), or the command's own output ({@code host | SUCCESS => {...}}, any number of
 * hosts). Each host becomes guest facts that join the VM of the same name or DNS name from another input (see
 * {@link GuestFacts} for what is taken); a host that matches none is rejected, not assessed on its own.
 */
public final class AnsibleFactsReader implements InventoryReader {
  private static final Pattern ADHOC = Pattern.compile("(?m)^(\\S+) \\| ([A-Z]+!?) =>\\s*(\\{)?");

  @Override
  public String id() {
    return "ansible";
  }

  @Override
  public String description() {
    return "Ansible facts (ansible -m setup: fact cache, --tree files or its output)";
  }

  @Override
  public boolean canRead(Path path, byte[] head) {
    String text = new String(head, StandardCharsets.UTF_8).stripLeading();
    if (!text.startsWith("{")) {
      return ADHOC.matcher(text).find();
    }
    return text.contains("\"ansible_facts\"") || text.matches("(?s)\\{\\s*\"(ansible_|_ansible_|"
        + "discovered_interpreter).*");
  }

  @Override
  public ReadResult read(Path path, String shownAs) {
    String text = text(path, shownAs);
    List<Vm> facts = new ArrayList<>();
    List<Rejected> rejected = new ArrayList<>();
    Matcher m = ADHOC.matcher(text);
    if (text.stripLeading().startsWith("{") || !m.find()) {
      host(hostName(path), shownAs, 0, text, facts, rejected);
      return new ReadResult(List.of(), List.of(), 1, rejected, facts, List.of());
    }
    List<int[]> starts = new ArrayList<>();
    List<String[]> heads = new ArrayList<>();
    m.reset();
    while (m.find()) {
      starts.add(new int[] {m.start(), m.end(), m.group(3) == null ? m.end() : m.start(3)});
      heads.add(new String[] {m.group(1), m.group(2)});
    }
    for (int i = 0; i < starts.size(); i++) {
      int next = i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length();
      int end = Math.max(starts.get(i)[2], text.lastIndexOf('}', next - 1) + 1);
      int line = lineOf(text, starts.get(i)[0]);
      String status = heads.get(i)[1];
      if (status.startsWith("SUCCESS") || status.startsWith("CHANGED")) {
        host(heads.get(i)[0], shownAs, line - 1, text.substring(starts.get(i)[2], end), facts, rejected);
      } else {
        rejected.add(new Rejected(SourceRef.of(shownAs, line).toString(), "host '" + heads.get(i)[0] + "' "
            + status.replace("!", "") + ": no facts gathered"));
      }
    }
    return new ReadResult(List.of(), List.of(), starts.size(), rejected, facts, List.of());
  }

  private static void host(String name, String shownAs, int lineOffset, String json, List<Vm> facts,
      List<Rejected> rejected) {
    LocatedDocument doc;
    try {
      doc = SafeYaml.parse(json.getBytes(StandardCharsets.UTF_8), shownAs, true);
    } catch (InputException e) {
      throw new InputException(shownAs, e.line() + lineOffset, e.reason());
    }
    JsonNode root = doc.root().has("ansible_facts") ? doc.root().path("ansible_facts") : doc.root();
    SourceRef at = SourceRef.of(shownAs, Math.max(1, lineOffset + 1));
    if (!root.isObject()) {
      rejected.add(new Rejected(at.toString(), "host '" + name + "': no ansible_facts object"));
      return;
    }
    String why = GuestFacts.notAGuest(root);
    if (why != null) {
      rejected.add(new Rejected(at.toString(), "host '" + name + "' " + why));
      return;
    }
    facts.add(GuestFacts.vm(name, at, root));
  }

  /** The inventory host name: the file's name, less a {@code .json} ending. */
  private static String hostName(Path path) {
    String f = path.getFileName().toString();
    return f.toLowerCase(java.util.Locale.ROOT).endsWith(".json") ? f.substring(0, f.length() - 5) : f;
  }

  private static String text(Path path, String shownAs) {
    try {
      if (Files.size(path) > SafeYaml.MAX_BYTES) {
        throw new InputException(shownAs, 0, "larger than " + SafeYaml.MAX_BYTES + " bytes; refusing it");
      }
      String t = Files.readString(path, StandardCharsets.UTF_8);
      return t.startsWith("\ufeff") ? t.substring(1) : t;
    } catch (IOException e) {
      throw new InputException(shownAs, 0, "cannot read: " + e.getMessage());
    }
  }

  private static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
