package id.kinerjaflow.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Input that fails a rule the annotations cannot express: 400 with field-level messages. */
public class InvalidInputException extends RuntimeException {
  private final Map<String, String> errors;
  private final Integer jumlahGalat;

  public InvalidInputException(String field, String message) { this(Map.of(field, message)); }

  public InvalidInputException(Map<String, String> errors) { this(errors, null); }

  /** {@code jumlahGalat}: how many errors were found in all, when {@code errors} lists only the first ones (CSV lines). */
  public InvalidInputException(Map<String, String> errors, Integer jumlahGalat) {
    super("Data tidak valid: " + errors);
    this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors)); // keeps the caller's order
    this.jumlahGalat = jumlahGalat;
  }

  public Map<String, String> errors() { return errors; }

  public Integer jumlahGalat() { return jumlahGalat; }
}
