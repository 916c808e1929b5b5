package id.kinerjaflow.web;

/** The user is authenticated but may not act on this SKP: 403. */
public class ForbiddenException extends RuntimeException {
  public ForbiddenException(String message) { super(message); }
}
