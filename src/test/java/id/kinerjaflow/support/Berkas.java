package id.kinerjaflow.support;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;

/** Files in tests: a CSV for the import services, and an upload as a form sends it (multipart part {@code berkas}). */
public final class Berkas {
  /** A CSV file's content as the import services read it. */
  public static InputStream aliranCsv(String isi) { return new ByteArrayInputStream(isi.getBytes(StandardCharsets.UTF_8)); }

  public static HttpEntity<?> csv(String isi) { return unggah("impor.csv", "text/csv", isi.getBytes(StandardCharsets.UTF_8)); }

  public static HttpEntity<?> unggah(String nama, String tipe, byte[] isi) {
    HttpHeaders bagian = new HttpHeaders();
    bagian.setContentType(MediaType.parseMediaType(tipe));
    var body = new LinkedMultiValueMap<String, Object>();
    body.add("berkas", new HttpEntity<>(new ByteArrayResource(isi) {
      @Override public String getFilename() { return nama; }
    }, bagian));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return new HttpEntity<>(body, headers);
  }

  private Berkas() {}
}
