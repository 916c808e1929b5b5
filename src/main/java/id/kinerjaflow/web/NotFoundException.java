package id.kinerjaflow.web;

/** An id in the request names nothing: 404. */
public class NotFoundException extends RuntimeException {
  public NotFoundException(String message) { super(message); }
}
