package id.kinerjaflow.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks a password against its hash, for every login (webapps, engine REST, /api). Wrong passwords are counted per
 * account and source address, never per account alone, so nobody can lock another person out: after
 * {@code kinerja.masuk.maks-gagal} in a row, that source is held for that account ({@code tahan-detik}, doubling with
 * each further wrong password up to {@code tahan-maks-menit}); an HTTP Basic login it holds answers 429 before any
 * check, and every other login is refused. Known and unknown users cost one BCrypt check each, so timing does not
 * tell who has an account. A password that matched is remembered for {@code teringat-detik} (HTTP Basic sends it with
 * every request, and BCrypt is slow on purpose): an HMAC of user and password, under a key drawn at start and never stored,
 * together with the hash it matched. A request presenting the same pair is accepted without BCrypt while that user's
 * stored hash is still that one, so a changed password (a new hash) refuses the old one at once. Only matches are
 * remembered, never the password itself; a wrong one always costs BCrypt and counts.
 */
@Component
@Order(-101) // before Spring Security (-100) and Camunda's engine REST filter
class PenjagaMasuk extends OncePerRequestFilter {
  private static final Logger log = LoggerFactory.getLogger(PenjagaMasuk.class);
  /** The remote address of the request this thread serves (behind a proxy: see server.forward-headers-strategy). */
  private static final ThreadLocal<String> SUMBER = new ThreadLocal<>();

  private final JdbcTemplate jdbc;
  private final PasswordEncoder encoder;
  private final int maksGagal;
  private final Duration tahan;
  private final Duration tahanMaks;
  /** A hash of the configured strength, checked for users without one. */
  private final String hashSemu;
  /** Wrong passwords in a row per "source address user"; bounded, forgotten after {@code ingat-jam} without one. */
  private final Cache<String, Catatan> catatan;
  /** HMAC of "user NUL password" → the stored hash that password matched. */
  private final Cache<String, String> teringat;
  private final SecretKeySpec kunciHmac;
  private final Clock jam;

  private record Catatan(int gagal, Instant tahanSampai) {}

  PenjagaMasuk(JdbcTemplate jdbc, PasswordEncoder encoder, @Value("${kinerja.masuk.maks-gagal:5}") int maksGagal,
      @Value("${kinerja.masuk.tahan-detik:30}") int tahanDetik, @Value("${kinerja.masuk.tahan-maks-menit:15}") int tahanMaksMenit,
      @Value("${kinerja.masuk.ingat-jam:24}") int ingatJam, @Value("${kinerja.masuk.maks-catatan:100000}") int maksCatatan,
      @Value("${kinerja.masuk.teringat-detik:120}") int teringatDetik, Clock jam) {
    this.jam = jam;
    this.jdbc = jdbc;
    this.encoder = encoder;
    this.maksGagal = maksGagal;
    this.tahan = Duration.ofSeconds(tahanDetik);
    this.tahanMaks = Duration.ofMinutes(tahanMaksMenit);
    this.hashSemu = encoder.encode(UUID.randomUUID().toString());
    this.catatan = Caffeine.newBuilder().maximumSize(maksCatatan).expireAfterWrite(Duration.ofHours(ingatJam)).build();
    this.teringat = Caffeine.newBuilder().maximumSize(maksCatatan).expireAfterWrite(Duration.ofSeconds(teringatDetik))
        .ticker(() -> jam.millis() * 1_000_000).build();
    byte[] kunci = new byte[32];
    new SecureRandom().nextBytes(kunci);
    this.kunciHmac = new SecretKeySpec(kunci, "HmacSHA256");
  }

  /** {@code aktif}: the user is in the directory; only then can the password match. */
  boolean periksa(String pengguna, String kataSandi, boolean aktif) {
    String kunci = (SUMBER.get() == null ? "-" : SUMBER.get()) + " " + pengguna;
    if (sisaTahan(kunci) != null || kataSandi == null) return false;
    String hash = jdbc.query("select kata_sandi from kredensial where pengguna = ?", (rs, i) -> rs.getString(1), pengguna)
        .stream().findFirst().orElse(null);
    String sidik = sidik(pengguna, kataSandi);
    boolean cocok;
    if (hash != null && hash.equals(teringat.getIfPresent(sidik))) {
      cocok = aktif;
    } else {
      cocok = encoder.matches(kataSandi, hash == null ? hashSemu : hash) && hash != null && aktif;
      if (cocok) teringat.put(sidik, hash);
    }
    if (cocok) {
      catatan.invalidate(kunci);
    } else {
      catatan.asMap().compute(kunci, (k, c) -> gagal(k, c == null ? 1 : c.gagal() + 1));
    }
    return cocok;
  }

  private String sidik(String pengguna, String kataSandi) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(kunciHmac);
      return Base64.getEncoder().encodeToString(mac.doFinal((pengguna + '\0' + kataSandi).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private Catatan gagal(String kunci, int gagal) {
    if (gagal < maksGagal) return new Catatan(gagal, null);
    Duration lama = tahan.multipliedBy(1L << Math.min(gagal - maksGagal, 20));
    if (lama.compareTo(tahanMaks) > 0) lama = tahanMaks;
    log.warn("Masuk {} ditahan {} detik setelah {} kata sandi salah berturut-turut", kunci.replaceAll("\\p{Cntrl}", "?"), lama.toSeconds(), gagal);
    return new Catatan(gagal, sekarang().plus(lama));
  }

  /** How long this source is still held for this user, or null. */
  private Duration sisaTahan(String kunci) {
    Catatan c = catatan.getIfPresent(kunci);
    if (c == null || c.tahanSampai() == null || !sekarang().isBefore(c.tahanSampai())) return null;
    return Duration.between(sekarang(), c.tahanSampai());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain) throws ServletException, IOException {
    String pengguna = penggunaBasic(req.getHeader(HttpHeaders.AUTHORIZATION));
    Duration sisa = pengguna == null ? null : sisaTahan(req.getRemoteAddr() + " " + pengguna);
    if (sisa == null) {
      SUMBER.set(req.getRemoteAddr());
      try {
        chain.doFilter(req, res);
      } finally {
        SUMBER.remove();
      }
      return;
    }
    long detik = Math.max(1, (sisa.toMillis() + 999) / 1000);
    res.setStatus(429);
    res.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(detik));
    res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    res.setCharacterEncoding("UTF-8");
    res.getWriter().write("{\"status\":429,\"title\":\"Terlalu banyak percobaan masuk\",\"detail\":\"Terlalu banyak kata sandi "
        + "salah untuk akun ini dari alamat Anda. Coba lagi setelah " + detik + " detik.\"}");
  }

  private static String penggunaBasic(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) return null;
    try {
      String nipSandi = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
      int titikDua = nipSandi.indexOf(':');
      return titikDua < 0 ? null : nipSandi.substring(0, titikDua);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private Instant sekarang() { return jam.instant(); }
}
