package io.kubelift.report;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import io.kubelift.assess.Assessment;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Writes {@code report.pdf}, a paginated A4 document for architecture reviews: the template {@code pdf/report.ftlx}
 * (XHTML) laid out by openhtmltopdf, the charts as PNG images. The same input gives the same bytes: the
 * creation date openhtmltopdf stamps is removed and the document id is a hash of the content, not of the clock.
 */
public final class PdfReportRenderer implements ReportRenderer {
  /** The file written. */
  public static final String FILE = "report.pdf";
  /** DejaVu covers far more scripts than the PDF base fonts; used when the system has it (fonts-dejavu-core). */
  private static final File[] FONTS = {new File("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    new File("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
    new File("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf")};

  static {
    XRLog.setLoggingEnabled(false); // openhtmltopdf logs every run at INFO to standard error
  }

  @Override
  public String format() {
    return "pdf";
  }

  @Override
  public Path render(Assessment a, RenderOptions options, Path outDir) throws IOException {
    ReportModel model = new ReportModel(a, options);
    Map<String, Object> m = model.withCharts(Charts.Drawing.PNG);
    model.putHardestVms(m);
    StringWriter xhtml = new StringWriter();
    new Templates(options.templates()).render("pdf/report.ftlx", m, xhtml);
    Path target = outDir.resolve(FILE);
    AtomicFiles.write(target, out -> pdf(xhtml.toString(), out));
    return target;
  }

  private static void pdf(String xhtml, OutputStream out) throws IOException {
    PdfRendererBuilder b = new PdfRendererBuilder();
    b.useFastMode();
    b.withProducer("KubeLift");
    b.withHtmlContent(xhtml, null);
    b.toStream(OutputStream.nullOutputStream());
    if (FONTS[0].isFile() && FONTS[1].isFile() && FONTS[2].isFile()) {
      b.useFont(FONTS[0], "DejaVu Sans");
      b.useFont(FONTS[1], "DejaVu Sans", 700, PdfRendererBuilder.FontStyle.NORMAL, true);
      b.useFont(FONTS[2], "DejaVu Sans Mono");
    }
    try (PdfBoxRenderer renderer = b.buildPdfRenderer()) {
      PDDocument doc = renderer.createPDFKeepOpen();
      PDDocumentInformation info = doc.getDocumentInformation();
      info.setCreationDate(null);
      info.setTitle("KubeVirt migration readiness");
      byte[] id = Arrays.copyOf(Digests.sha256(xhtml), 16);
      COSArray ids = new COSArray();
      ids.add(new COSString(id));
      ids.add(new COSString(id));
      doc.getDocument().getTrailer().setItem(COSName.ID, ids);
      doc.save(out);
    }
  }
}
