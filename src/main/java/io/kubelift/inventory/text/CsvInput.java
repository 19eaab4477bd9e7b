package io.kubelift.inventory.text;

import io.kubelift.source.InputException;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as spreadsheets write it, read one record at a time with bounded memory: UTF-8 with or without BOM,
 * UTF-16 (BOM or not), else Windows-1252; comma, semicolon or tab delimited (guessed from the header line); CRLF and
 * quoted newlines. A record longer than {@link #MAX_RECORD_CHARS} or more than {@link #MAX_RECORDS} records stop
 * the read with an error naming the line, so a hostile file cannot exhaust memory.
 */
public final class CsvInput implements Closeable {
  /** Longest record read, in characters. */
  public static final int MAX_RECORD_CHARS = 1 << 20;
  /** Most records read from one file. */
  public static final int MAX_RECORDS = 5_000_000;

  private final String shownAs;
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final Bounded bounded;
  private final char delimiter;
  private int count;
  private int line;

  private CsvInput(String shownAs, Reader reader, char delimiter) throws IOException {
    this.shownAs = shownAs;
    this.delimiter = delimiter;
    this.bounded = new Bounded(reader);
    this.parser = CSVParser.builder().setReader(bounded).setFormat(CSVFormat.DEFAULT.builder()
        .setDelimiter(delimiter).setIgnoreEmptyLines(true).get()).get();
    this.records = parser.iterator();
  }

  /** Opens a CSV file, detecting its encoding and delimiter. */
  public static CsvInput open(Path path, String shownAs) {
    try {
      Charset cs = TextEncoding.of(path);
      BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(path), cs));
      r.mark(4);
      if (r.read() != '\ufeff') {
        r.reset();
      }
      r.mark(64 * 1024);
      char[] buf = new char[64 * 1024];
      int n = r.read(buf);
      r.reset();
      return new CsvInput(shownAs, r, delimiter(n < 0 ? "" : new String(buf, 0, n)));
    } catch (IOException e) {
      throw new InputException(shownAs, 0, "cannot read: " + e.getMessage());
    }
  }

  /** The cells of the next record, or {@code null} at the end. */
  public String[] next() {
    bounded.restart();
    long before = parser.getCurrentLineNumber();
    try {
      if (!records.hasNext()) {
        return null;
      }
      CSVRecord rec = records.next();
      if (++count > MAX_RECORDS) {
        throw new InputException(shownAs, (int) before + 1, "more than " + MAX_RECORDS + " records; split the file");
      }
      line = (int) before + 1;
      String[] cells = new String[rec.size()];
      for (int i = 0; i < cells.length; i++) {
        cells[i] = rec.get(i);
      }
      return cells;
    } catch (TooLong e) {
      throw new InputException(shownAs, (int) before + 1, "a record longer than " + MAX_RECORD_CHARS
          + " characters; refusing the file");
    } catch (UncheckedIOException e) {
      throw new InputException(shownAs, (int) parser.getCurrentLineNumber(), "malformed CSV: "
          + Values.clip(String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage())));
    }
  }

  /** The line the last record returned by {@link #next()} starts on. */
  public int line() {
    return line;
  }

  /** Whether numbers use a decimal comma (European-locale files, which are semicolon-delimited). */
  public boolean decimalComma() {
    return delimiter == ';';
  }

  /** The header cells of a file from its first bytes, for recognising formats; empty when it is not text. */
  public static List<String> headerOf(byte[] head) {
    Charset cs = TextEncoding.fromBom(head);
    int skip = cs == StandardCharsets.UTF_8 && head.length >= 3 && (head[0] & 0xff) == 0xEF ? 3 : 0;
    String text = new String(head, skip, head.length - skip, cs == null ? StandardCharsets.UTF_8 : cs);
    text = text.startsWith("\ufeff") ? text.substring(1) : text;
    if (text.indexOf('\0') >= 0) {
      return List.of();
    }
    int nl = text.indexOf('\n');
    String first = nl < 0 ? text : text.substring(0, nl);
    List<String> out = new ArrayList<>();
    for (String cell : splitQuoted(first.replace("\r", ""), delimiter(first))) {
      out.add(cell.strip());
    }
    return out;
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException e) {
      // nothing was written; a failed close of a read-only file loses nothing
    }
  }

  static char delimiter(String text) {
    int nl = text.indexOf('\n');
    String first = nl < 0 ? text : text.substring(0, nl);
    char best = ',';
    int bestCount = 0;
    for (char c : new char[] {',', ';', '\t'}) {
      int n = splitQuoted(first, c).size();
      if (n > bestCount) {
        best = c;
        bestCount = n;
      }
    }
    return best;
  }

  private static List<String> splitQuoted(String line, char delimiter) {
    List<String> out = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == delimiter && !quoted) {
        out.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    out.add(cell.toString());
    return out;
  }

  /** Counts the characters of one record and stops a record that grows past the bound. */
  private static final class Bounded extends FilterReader {
    private long read;

    Bounded(Reader in) {
      super(in);
    }

    void restart() {
      read = 0;
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      count(c < 0 ? 0 : 1);
      return c;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
      int n = super.read(cbuf, off, len);
      count(Math.max(n, 0));
      return n;
    }

    private void count(int n) {
      read += n;
      if (read > MAX_RECORD_CHARS + 16_384L) {
        throw new TooLong();
      }
    }
  }

  /** A record over the bound. */
  private static final class TooLong extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooLong() {
      super(null, null, false, false);
    }
  }
}
