package io.kubelift.inventory.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The encoding of a text file written by a spreadsheet: a BOM says UTF-8 or UTF-16; UTF-16 without a BOM shows by
 * its NUL bytes; otherwise UTF-8 when every byte of the file decodes as such, else Windows-1252 (Excel's "CSV" on
 * Western Windows).
 */
final class TextEncoding {
  private TextEncoding() {}

  static Charset of(Path path) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(path)) {
      head = in.readNBytes(4096);
    }
    Charset cs = fromBom(head);
    if (cs != null) {
      return cs;
    }
    return validUtf8(path) ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
  }

  /** UTF-8 or UTF-16 when a BOM, or the NULs of UTF-16 text, say so; {@code null} otherwise. */
  static Charset fromBom(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    if (b.length >= 4 && b[1] == 0 && b[3] == 0 && b[0] != 0) {
      return StandardCharsets.UTF_16LE;
    }
    if (b.length >= 4 && b[0] == 0 && b[2] == 0 && b[1] != 0) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  private static boolean validUtf8(Path path) throws IOException {
    try (Reader r = new InputStreamReader(Files.newInputStream(path), StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
      char[] buf = new char[8192];
      while (r.read(buf) >= 0) {
        // only decoding errors matter
      }
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
