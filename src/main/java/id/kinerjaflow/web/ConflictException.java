package id.kinerjaflow.web;

/** The request is valid but the work is not in a state that allows it (locked, not open yet): 409. */
public class ConflictException extends RuntimeException {
  public ConflictException(String message) { super(message); }
}
