package id.kinerjaflow.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An {@code /api} write that moves a process runs again, in a new transaction, when it lost a race ({@link Bentrok}):
 * its try wrote nothing, and the next meets the state the winner left (often a clean 409 of the domain). After
 * {@link #PERCOBAAN} tries the race is answered with 409 ({@link UlangBilaBentrokConfig}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface UlangBilaBentrok {
  int PERCOBAAN = 3;
}
