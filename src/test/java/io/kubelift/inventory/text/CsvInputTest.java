package io.kubelift.inventory.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubelift.source.InputException;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CSV as spreadsheets write it: encodings, delimiters, line ends, and the bounds that keep a hostile file small. */
class CsvInputTest {
  @TempDir Path tmp;

  List<String> rows(Path p) {
    List<String> out = new ArrayList<>();
    try (CsvInput in = CsvInput.open(p, "f.csv")) {
      for (String[] r = in.next(); r != null; r = in.next()) {
        out.add(in.line() + ":" + String.join("|", r));
      }
    }
    return out;
  }

  Path write(byte[] bytes) throws IOException {
    Path p = tmp.resolve("f.csv");
    Files.write(p, bytes);
    return p;
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-8", "UTF-16LE", "UTF-16BE", "windows-1252"})
  void encodings_with_and_without_bom_read_alike(String charset) throws IOException {
    Charset cs = Charset.forName(charset);
    byte[] text = "name,city\r\nvm1,Zürich\r\nvm2,São Paulo\r\n".getBytes(cs);
    List<String> expected = List.of("2:vm1|Zürich", "3:vm2|São Paulo");
    assertThat(rows(write(text))).containsExactlyElementsOf(List.of("1:name|city", expected.get(0), expected.get(1)));
    if (!charset.equals("windows-1252")) {
      byte[] bom = "\ufeff".getBytes(cs);
      assertThat(rows(write(concat(bom, text)))).containsExactly("1:name|city", expected.get(0), expected.get(1));
    }
  }

  @Test
  void semicolons_and_decimal_commas_from_european_excel() throws IOException {
    Path p = write("name;capacity\nvm1;\"1,5\"\n".getBytes(StandardCharsets.UTF_8));
    try (CsvInput in = CsvInput.open(p, "f.csv")) {
      assertThat(in.next()).containsExactly("name", "capacity");
      String[] row = in.next();
      assertThat(Values.number("capacity", row[1], in.decimalComma())).isEqualTo(1.5);
    }
    assertThat(Values.number("c", "1,234,567", false)).isEqualTo(1234567.0);
    assertThat(Values.number("c", "1.234.567", false)).isEqualTo(1234567.0);
    assertThat(Values.number("c", "1.234,5", true)).isEqualTo(1234.5);
  }

  @Test
  void headers_are_recognised_from_the_first_bytes_in_any_dialect() {
    assertThat(CsvInput.headerOf("\ufeffVM;Powerstate;CPUs\r\n".getBytes(StandardCharsets.UTF_8)))
        .containsExactly("VM", "Powerstate", "CPUs");
    assertThat(CsvInput.headerOf(concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
        "VM\tPowerstate\n".getBytes(StandardCharsets.UTF_16LE)))).containsExactly("VM", "Powerstate");
    assertThat(CsvInput.headerOf(new byte[] {0x50, 0x4b, 3, 4, 0, 0})).isEmpty();
  }

  @Test
  void a_record_longer_than_the_bound_stops_the_file_with_its_line() throws IOException {
    Path p = tmp.resolve("big.csv");
    try (Writer w = Files.newBufferedWriter(p)) {
      w.write("name,notes\nvm1,short\nvm2,\"");
      char[] chunk = new char[64 * 1024];
      Arrays.fill(chunk, 'x');
      for (int i = 0; i < 40; i++) {
        w.write(chunk);
      }
      w.write("\"\n");
    }
    assertThatThrownBy(() -> rows(p)).isInstanceOf(InputException.class)
        .hasMessage("f.csv:3: a record longer than 1048576 characters; refusing the file");
  }

  @Test
  void a_malformed_quote_names_its_line() throws IOException {
    Path p = write("name,notes\nvm1,ok\nvm2,\"bad\"x\n".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> rows(p)).isInstanceOf(InputException.class).hasMessageStartingWith("f.csv:3: malformed CSV");
  }
}
