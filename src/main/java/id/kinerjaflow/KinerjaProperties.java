package id.kinerjaflow;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** Product settings under {@code kinerja.*}; the defaults live in application.yml. */
@ConfigurationProperties("kinerja")
public record KinerjaProperties(List<Integer> pengingatHariSebelumBatas, String emailPengirim, Bukti bukti) {
  public record Bukti(DataSize ukuranMaks, List<String> tipeDiizinkan) {}
}
