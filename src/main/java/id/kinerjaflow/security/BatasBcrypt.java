package id.kinerjaflow.security;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;

/** A password BCrypt can hash: at most 72 bytes in UTF-8 (an accented letter such as é is 2). */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = BatasBcrypt.Pemeriksa.class)
@interface BatasBcrypt {
  String message() default "kata sandi paling banyak 72 byte (huruf biasa 1 byte, huruf beraksen seperti é 2 byte)";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Pemeriksa implements ConstraintValidator<BatasBcrypt, String> {
    @Override
    public boolean isValid(String kataSandi, ConstraintValidatorContext context) {
      return kataSandi == null || kataSandi.getBytes(StandardCharsets.UTF_8).length <= 72;
    }
  }
}
