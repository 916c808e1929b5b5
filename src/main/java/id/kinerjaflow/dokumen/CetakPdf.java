package id.kinerjaflow.dokumen;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** XHTML to PDF (openhtmltopdf on PDFBox), with DejaVu Sans embedded (subset), so Indonesian text prints as written. */
final class CetakPdf {
  private static final String FONT = "DejaVu Sans";

  static byte[] pdf(String xhtml, String judul) {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.useFont(() -> CetakPdf.class.getResourceAsStream("/fonts/DejaVuSans.ttf"), FONT, 400, FontStyle.NORMAL, true);
      builder.useFont(() -> CetakPdf.class.getResourceAsStream("/fonts/DejaVuSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true);
      builder.withHtmlContent(xhtml, null);
      builder.withProducer("kinerja-flow");
      builder.toStream(out);
      builder.run();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Dokumen " + judul + " tidak dapat dibuat", e);
    }
  }

  private CetakPdf() {}
}
