package id.kinerjaflow.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A CSV download, the one writer of every CSV export: UTF-8, comma-separated, a record per line (Apache Commons CSV).
 * A cell that a spreadsheet would run as a formula (it starts with =, +, -, @, tab or carriage return) gets a leading
 * {@code '} (OWASP, CSV injection), so it opens as text.
 */
public final class UnduhanCsv {
  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

  private final String namaBerkas;
  private final StringBuilder isi = new StringBuilder();
  private final CSVPrinter printer;

  public UnduhanCsv(String namaBerkas, String... judul) {
    this.namaBerkas = namaBerkas;
    try {
      printer = new CSVPrinter(isi, FORMAT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    baris((Object[]) judul);
  }

  public UnduhanCsv baris(Object... nilai) {
    try {
      printer.printRecord(Arrays.stream(nilai).map(UnduhanCsv::netral));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not fail
    }
    return this;
  }

  static String netral(Object nilai) {
    String teks = nilai == null ? "" : nilai.toString();
    return !teks.isEmpty() && "=+-@\t\r".indexOf(teks.charAt(0)) >= 0 ? "'" + teks : teks;
  }

  /** 200 with the file as an attachment. */
  public ResponseEntity<String> jawaban() {
    return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(namaBerkas).build().toString())
        .body(isi.toString());
  }
}
