package id.kinerjaflow.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.WebRequest;
import org.springframework.beans.TypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Every API error is an RFC 9457 problem detail; domain and validation messages are in Bahasa Indonesia, and so are
 * Spring MVC's own refusals handled by the base class (415, 405, a missing parameter or part, ...: messages.properties).
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) { return problem(HttpStatus.NOT_FOUND, e.getMessage()); }

  @ExceptionHandler(ConflictException.class)
  ProblemDetail conflict(ConflictException e) { return problem(HttpStatus.CONFLICT, e.getMessage()); }

  @ExceptionHandler(ForbiddenException.class)
  ProblemDetail forbidden(ForbiddenException e) { return problem(HttpStatus.FORBIDDEN, e.getMessage()); }

  /** Lost a race with another request or a job (see {@link Bentrok}); anything else goes on as a 500. */
  @ExceptionHandler({Bentrok.class, ProcessEngineException.class, ConcurrencyFailureException.class})
  ProblemDetail bentrok(RuntimeException e) {
    if (!Bentrok.adalah(e)) throw e;
    return problem(HttpStatus.CONFLICT, Bentrok.PESAN);
  }

  @ExceptionHandler(InvalidInputException.class)
  ProblemDetail invalid(InvalidInputException e) {
    ProblemDetail p = invalid(e.errors());
    if (e.jumlahGalat() != null) {
      p.setProperty("jumlahGalat", e.jumlahGalat());
      if (e.jumlahGalat() > e.errors().size()) {
        p.setDetail("Data yang dikirim tidak valid: " + e.jumlahGalat() + " baris bergalat, hanya " + e.errors().size()
            + " yang pertama dicantumkan. Perbaiki lalu kirim ulang untuk melihat sisanya.");
      }
    }
    return p;
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    Map<String, String> errors = new TreeMap<>();
    e.getBindingResult().getFieldErrors().forEach(f -> errors.merge(f.getField(), f.getDefaultMessage(), (a, b) -> a + "; " + b));
    e.getBindingResult().getGlobalErrors().forEach(g -> errors.put(g.getObjectName(), g.getDefaultMessage()));
    return ResponseEntity.badRequest().body(invalid(errors));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    return ResponseEntity.badRequest().body(unreadable(e));
  }

  @Override
  protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers, HttpStatusCode status,
      WebRequest request) {
    return ResponseEntity.badRequest().body(invalid(Map.of(String.valueOf(e.getPropertyName()), "nilai '" + e.getValue() + "' tidak valid")));
  }

  /** A JSON body that cannot be read: the field it fails at, and why when the field's type tells (enum, whole number, number). */
  private static ProblemDetail unreadable(HttpMessageNotReadableException e) {
    ProblemDetail bukanJson = problem(HttpStatus.BAD_REQUEST, "Isi permintaan bukan JSON yang valid.");
    if (!(e.getCause() instanceof JsonProcessingException j)) return bukanJson;
    // A token the parser refuses (NaN, 1e999 for an int) is wrapped with a path that stops at the object; the parser knows the field.
    Throwable token = j instanceof StreamReadException ? j : j.getCause();
    if (token instanceof JsonEOFException) return bukanJson;
    String jalur = token instanceof StreamReadException s && s.getProcessor() != null ? jalur(s.getProcessor().getParsingContext())
        : j instanceof JsonMappingException m ? path(m) : "";
    if (jalur.isEmpty()) return bukanJson;
    String medan = jalur.substring(jalur.lastIndexOf('.') + 1);
    Class<?> tipe = j instanceof MismatchedInputException m ? m.getTargetType() : null;
    String pesan;
    if (j instanceof InvalidFormatException f && tipe != null && tipe.isEnum()) {
      pesan = "nilai '" + f.getValue() + "' tidak dikenal; pilihan: "
          + Arrays.stream(tipe.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
    } else if (token instanceof InputCoercionException) {
      pesan = medan + " di luar rentang angka yang diizinkan";
    } else if (tipe != null && BULAT.contains(tipe)) {
      pesan = medan + " harus bilangan bulat";
    } else if (tipe != null && (Number.class.isAssignableFrom(tipe) || tipe == double.class || tipe == float.class)) {
      pesan = medan + " harus berupa angka";
    } else {
      pesan = medan + " tidak valid";
    }
    return invalid(Map.of(jalur, pesan));
  }

  private static final Set<Class<?>> BULAT = Set.of(int.class, Integer.class, long.class, Long.class, short.class, Short.class,
      byte.class, Byte.class, BigInteger.class);

  private static String jalur(JsonStreamContext c) {
    StringBuilder jalur = new StringBuilder();
    for (; c != null && !c.inRoot(); c = c.getParent()) {
      jalur.insert(0, c.inArray() ? "[" + Math.max(c.getCurrentIndex(), 0) + "]" : c.getCurrentName() == null ? "" : "." + c.getCurrentName());
    }
    return jalur.toString().replaceFirst("^\\.", "");
  }

  @Override
  protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    return ResponseEntity.badRequest().body(invalid(Map.of("berkas", "ukuran berkas melebihi batas unggah server")));
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining(".")).replace(".[", "[");
  }

  private static ProblemDetail invalid(Map<String, String> errors) {
    ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "Data yang dikirim tidak valid. Periksa isian berikut.");
    p.setProperty("errors", errors);
    return p;
  }

  private static ProblemDetail problem(HttpStatus status, String detail) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
    p.setTitle(switch (status) {
      case NOT_FOUND -> "Tidak ditemukan";
      case CONFLICT -> "Tidak dapat diproses";
      case FORBIDDEN -> "Akses ditolak";
      default -> "Permintaan tidak valid";
    });
    return p;
  }
}
