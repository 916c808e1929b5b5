package id.kinerjaflow.tpp;

import java.math.BigDecimal;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code kinerja.tpp.bobot}: the weights of discipline and performance in TPP per calendar preset, in percent (Bengkalis:
 * 40/60, Perbup Bengkalis 3/2023 art. 14). A preset without weights gets the two parts but no total.
 */
@ConfigurationProperties("kinerja.tpp")
public record TppProperties(Map<String, Bobot> bobot) {
  public record Bobot(BigDecimal disiplin, BigDecimal kinerja) {}

  public Bobot bobot(String preset) { return bobot == null ? null : bobot.get(preset); }
}
