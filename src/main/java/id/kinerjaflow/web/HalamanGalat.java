package id.kinerjaflow.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.util.HtmlUtils;

/**
 * Errors that reach no handler of ours (a page that does not exist, a webapp the user may not open, a failure outside
 * {@code /api}), in Bahasa Indonesia instead of Spring's English "Whitelabel Error Page": a page for browsers, a problem
 * detail for API clients. Nothing of the failure itself is shown.
 */
@RestController
class HalamanGalat implements ErrorController {
  private final String templat;

  HalamanGalat() throws IOException {
    templat = new ClassPathResource("halaman/galat.html").getContentAsString(StandardCharsets.UTF_8);
  }

  private record Pesan(String judul, String isi) {}

  @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> halaman(HttpServletRequest request) {
    HttpStatus status = status(request);
    Pesan pesan = pesan(status);
    String html = templat.replace("{{status}}", String.valueOf(status.value()))
        .replace("{{judul}}", HtmlUtils.htmlEscape(pesan.judul())).replace("{{pesan}}", HtmlUtils.htmlEscape(pesan.isi()))
        .replace("{{konteks}}", HtmlUtils.htmlEscape(request.getContextPath()));
    return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)).body(html);
  }

  @RequestMapping("/error")
  ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
    HttpStatus status = status(request);
    Pesan pesan = pesan(status);
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, pesan.isi());
    problem.setTitle(pesan.judul());
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  /** A missing page or file is not an API error: it goes to the page above, ahead of {@link ApiExceptionHandler}'s English default. */
  @ControllerAdvice
  @Order(Ordered.HIGHEST_PRECEDENCE)
  static class TidakAda {
    @ExceptionHandler(NoResourceFoundException.class)
    void tidakAda(HttpServletResponse response) throws IOException {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
  }

  private static HttpStatus status(HttpServletRequest request) {
    Object kode = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    HttpStatus status = kode instanceof Integer k ? HttpStatus.resolve(k) : null;
    return status == null || !status.isError() ? HttpStatus.INTERNAL_SERVER_ERROR : status;
  }

  private static Pesan pesan(HttpStatus status) {
    return switch (status) {
      case UNAUTHORIZED -> new Pesan("Belum masuk", "Masuk dengan NIP dan kata sandi Anda untuk membuka halaman ini.");
      case FORBIDDEN -> new Pesan("Akses ditolak", "Akun Anda tidak berhak membuka halaman ini. Pekerjaan SKP ada di Daftar"
          + " Tugas SKP (Tasklist); bila Anda memerlukan akses lain, hubungi admin BKPSDM instansi Anda.");
      case NOT_FOUND -> new Pesan("Halaman tidak ditemukan", "Alamat ini tidak ada. Periksa kembali alamatnya, atau mulai dari"
          + " Daftar Tugas SKP (Tasklist).");
      case METHOD_NOT_ALLOWED -> new Pesan("Metode tidak didukung", "Alamat ini tidak menerima permintaan dengan metode tersebut.");
      default -> status.is4xxClientError()
          ? new Pesan("Permintaan tidak dapat diproses", "Periksa alamat dan isian permintaan, lalu coba lagi.")
          : new Pesan("Terjadi kesalahan pada server", "Permintaan Anda tidak dapat diselesaikan. Coba lagi beberapa saat lagi;"
              + " bila terulang, laporkan waktu kejadiannya kepada admin aplikasi.");
    };
  }
}
