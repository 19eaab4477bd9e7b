package io.kubelift.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubelift.cli.CliRunner;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Resource bombs in tabular inputs, built at test time (so the repository holds no bombs) and read with the
 * 256 MB heap of the hostile-input run: each is refused with one clear line, exit status 2.
 */
class HostileTabularInputTest {
  @TempDir Path dir;

  @Test
  void an_xlsx_zip_bomb_is_refused() throws IOException {
    Path bomb = dir.resolve("RVTools_export.xlsx");
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(bomb))) {
      entry(z, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
          + "package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-"
          + "package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override "
          + "PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
          + "spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType="
          + "\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
      entry(z, "_rels/.rels", rels("officeDocument", "xl/workbook.xml"));
      entry(z, "xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/"
          + "spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
          + "relationships\"><sheets><sheet name=\"vInfo\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
      entry(z, "xl/_rels/workbook.xml.rels", rels("worksheet", "worksheets/sheet1.xml"));
      z.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      z.write(("<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/"
          + "main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>").getBytes(StandardCharsets.UTF_8));
      byte[] chunk = new byte[1 << 20];
      Arrays.fill(chunk, (byte) 'A');
      for (int i = 0; i < 300; i++) {
        z.write(chunk);
      }
      z.write("</t></is></c></row></sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
    }
    CliRunner.Result r = CliRunner.run("assess", "--out", dir.resolve("out").toString(), bomb.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo("kubelift: error: " + bomb + ": cannot read sheet vInfo: Zip bomb detected! "
        + "The file would exceed the max. ratio of compressed file size to the size of the expanded data.");
  }

  @Test
  void a_100_mb_csv_field_is_refused_with_its_line() throws IOException {
    Path csv = dir.resolve("vms.csv");
    try (Writer w = Files.newBufferedWriter(csv)) {
      w.write("name,cpus,notes\nvm1,2,ok\nvm2,2,\"");
      char[] chunk = new char[1 << 20];
      Arrays.fill(chunk, 'x');
      for (int i = 0; i < 100; i++) {
        w.write(chunk);
      }
      w.write("\"\n");
    }
    CliRunner.Result r = CliRunner.run("assess", "--out", dir.resolve("out").toString(), csv.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo("kubelift: error: " + csv + ":3: a record longer than 1048576 characters; "
        + "refusing the file");
  }

  private static void entry(ZipOutputStream z, String name, String text) throws IOException {
    z.putNextEntry(new ZipEntry(name));
    z.write(text.getBytes(StandardCharsets.UTF_8));
    z.closeEntry();
  }

  private static String rels(String type, String target) {
    return "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
        + "relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
        + "relationships/" + type + "\" Target=\"" + target + "\"/></Relationships>";
  }
}
