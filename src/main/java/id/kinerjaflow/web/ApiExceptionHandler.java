package id.kinerjaflow.web;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.Arrays;
import java.util.Map;
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

/** Every API error is an RFC 9457 problem detail; domain and validation messages are in Bahasa Indonesia. */
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
  ProblemDetail invalid(InvalidInputException e) { return invalid(e.errors()); }

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

  private static ProblemDetail unreadable(HttpMessageNotReadableException e) {
    if (e.getCause() instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
      String pilihan = Arrays.stream(f.getTargetType().getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
      return invalid(Map.of(path(f), "nilai '" + f.getValue() + "' tidak dikenal; pilihan: " + pilihan));
    }
    if (e.getCause() instanceof JsonMappingException m && !m.getPath().isEmpty()) {
      return invalid(Map.of(path(m), "format tidak valid"));
    }
    return problem(HttpStatus.BAD_REQUEST, "Isi permintaan bukan JSON yang valid.");
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
