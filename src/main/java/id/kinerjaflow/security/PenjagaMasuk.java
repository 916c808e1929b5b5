package id.kinerjaflow.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks a password against its hash, for every login (webapps, engine REST, /api). After
 * {@code kinerja.masuk.maks-gagal} wrong passwords in a row the login is locked for {@code kinerja.masuk.kunci-menit}
 * minutes, even for the right password; a password set by an admin unlocks it.
 */
@Component
class PenjagaMasuk {
  private static final Logger log = LoggerFactory.getLogger(PenjagaMasuk.class);

  private final JdbcTemplate jdbc;
  private final PasswordEncoder encoder;
  private final int maksGagal;
  private final int kunciMenit;

  PenjagaMasuk(JdbcTemplate jdbc, PasswordEncoder encoder, @Value("${kinerja.masuk.maks-gagal:5}") int maksGagal,
      @Value("${kinerja.masuk.kunci-menit:15}") int kunciMenit) {
    this.jdbc = jdbc;
    this.encoder = encoder;
    this.maksGagal = maksGagal;
    this.kunciMenit = kunciMenit;
  }

  private record Catatan(String hash, int gagal, Timestamp terkunciSampai) {}

  boolean periksa(String pengguna, String kataSandi) {
    Catatan c = jdbc.query("select kata_sandi, gagal, terkunci_sampai from kredensial where pengguna = ?",
        (rs, i) -> new Catatan(rs.getString(1), rs.getInt(2), rs.getTimestamp(3)), pengguna).stream().findFirst().orElse(null);
    if (c == null || kataSandi == null) return false;
    Instant sekarang = ClockUtil.getCurrentTime().toInstant();
    if (c.terkunciSampai() != null && sekarang.isBefore(c.terkunciSampai().toInstant())) return false;
    if (encoder.matches(kataSandi, c.hash())) {
      if (c.gagal() > 0 || c.terkunciSampai() != null) simpan(pengguna, 0, null);
      return true;
    }
    if (c.gagal() + 1 < maksGagal) {
      simpan(pengguna, c.gagal() + 1, null);
    } else {
      Instant sampai = sekarang.plus(kunciMenit, ChronoUnit.MINUTES);
      log.warn("Login {} dikunci sampai {} setelah {} kata sandi salah berturut-turut", pengguna, sampai, maksGagal);
      simpan(pengguna, 0, Timestamp.from(sampai));
    }
    return false;
  }

  private void simpan(String pengguna, int gagal, Timestamp terkunciSampai) {
    jdbc.update("update kredensial set gagal = ?, terkunci_sampai = ? where pengguna = ?", gagal, terkunciSampai, pengguna);
  }
}
