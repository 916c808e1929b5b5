package id.kinerjaflow.security;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import id.kinerjaflow.support.TestOrganisasi;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Logins over real HTTP from two loopback addresses: wrong passwords from one source hold that source back for that
 * account only, in every login path (/api, /engine-rest, the webapps' login); unknown NIPs cost one BCrypt check like
 * known ones; a password over BCrypt's 72 bytes is refused when set and is simply wrong at login.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@DirtiesContext
class MasukTest {
  private static final String PENYERANG = "127.0.0.2";
  private static final String PEMILIK = "127.0.0.1";
  private static final String PW = TestOrganisasi.PASSWORD;

  @LocalServerPort int port;
  @Autowired TestOrganisasi organisasi;
  @Autowired JdbcTemplate jdbc;
  @Autowired EncoderPenghitung encoder;

  TestOrganisasi.Org org;

  /** The real encoder, recording the hash of every check. */
  static class EncoderPenghitung implements PasswordEncoder {
    final PasswordEncoder asli;
    final List<String> hashDiperiksa = Collections.synchronizedList(new ArrayList<>());

    EncoderPenghitung(PasswordEncoder asli) { this.asli = asli; }

    @Override
    public String encode(CharSequence raw) { return asli.encode(raw); }

    @Override
    public boolean matches(CharSequence raw, String hash) {
      hashDiperiksa.add(hash);
      return asli.matches(raw, hash);
    }
  }

  @TestConfiguration
  static class Konfigurasi {
    @Bean
    @Primary
    EncoderPenghitung encoderPenghitung(@Qualifier("passwordEncoder") PasswordEncoder asli) { return new EncoderPenghitung(asli); }
  }

  @BeforeEach
  void organisasi() { org = organisasi.baru("lima-puluh-kota-2024", 2024); }

  @AfterEach
  void jam() { ClockUtil.reset(); }

  @Test
  void salahDariSatuAlamatMenahanAlamatItuSajaDanTidakMenguncinyaAkun() throws IOException {
    ClockUtil.setCurrentTime(new Date());
    String nip = org.pegawai();
    for (int i = 1; i <= 5; i++) assertThat(saya(PENYERANG, nip, "salah-" + i).status()).isEqualTo(401);

    Jawaban ditahan = saya(PENYERANG, nip, PW);
    assertThat(ditahan.status()).as("held, even with the right password").isEqualTo(429);
    assertThat(ditahan.header("Retry-After")).isEqualTo("30");
    assertThat(ditahan.isi()).contains("Terlalu banyak kata sandi salah untuk akun ini dari alamat Anda. Coba lagi setelah 30 detik.");
    assertThat(kirim(PENYERANG, "GET", "/engine-rest/task", Map.of("Authorization", basic(nip, PW)), null).status()).isEqualTo(429);
    assertThat(masukWebapp(PENYERANG, nip, PW)).isEqualTo(401);

    assertThat(saya(PEMILIK, nip, PW).status()).as("the owner, from another address").isEqualTo(200);
    assertThat(kirim(PEMILIK, "GET", "/engine-rest/task", Map.of("Authorization", basic(nip, PW)), null).status()).isEqualTo(200);
    assertThat(masukWebapp(PEMILIK, nip, PW)).isEqualTo(200);
    assertThat(saya(PENYERANG, org.penilai(), PW).status()).as("another account from that address").isEqualTo(200);

    // The hold ends after 30 s; each further wrong password doubles it.
    geser(31);
    assertThat(saya(PENYERANG, nip, "salah-6").status()).isEqualTo(401);
    geser(31);
    assertThat(saya(PENYERANG, nip, PW).status()).isEqualTo(429);
    geser(30);
    assertThat(saya(PENYERANG, nip, PW).status()).isEqualTo(200);
    assertThat(saya(PENYERANG, nip, "salah-7").status()).as("the right password starts the count again").isEqualTo(401);
    assertThat(saya(PENYERANG, nip, PW).status()).isEqualTo(200);
  }

  @Test
  void kataSandiYangCocokDiingatSebentarTanpaMelemahkannya() throws IOException {
    ClockUtil.setCurrentTime(new Date());
    String nip = org.pegawai();
    assertThat(saya(PEMILIK, nip, PW).status()).isEqualTo(200);

    // The same Basic credential again, on /api and the engine REST: accepted without another BCrypt check.
    encoder.hashDiperiksa.clear();
    assertThat(saya(PEMILIK, nip, PW).status()).isEqualTo(200);
    assertThat(kirim(PEMILIK, "GET", "/engine-rest/task", Map.of("Authorization", basic(nip, PW)), null).status()).isEqualTo(200);
    assertThat(encoder.hashDiperiksa).isEmpty();

    // A wrong password is never taken from it: each is checked, refused and counted, and the hold covers the right one.
    for (int i = 1; i <= 5; i++) assertThat(saya(PENYERANG, nip, "salah-" + i).status()).isEqualTo(401);
    assertThat(encoder.hashDiperiksa).hasSize(5);
    assertThat(saya(PENYERANG, nip, PW).status()).isEqualTo(429);

    // A changed password: the old one is refused at once, the new one works.
    assertThat(kirim(PEMILIK, "PUT", "/api/akun/kata-sandi", Map.of("Authorization", basic(nip, PW), "Content-Type", "application/json"),
        "{\"kataSandiLama\":\"" + PW + "\",\"kataSandiBaru\":\"Sandi-Baru-2024\"}").status()).isEqualTo(204);
    assertThat(saya(PEMILIK, nip, PW).status()).isEqualTo(401);
    assertThat(kirim(PEMILIK, "GET", "/engine-rest/task", Map.of("Authorization", basic(nip, PW)), null).status()).isEqualTo(401);
    assertThat(saya(PEMILIK, nip, "Sandi-Baru-2024").status()).isEqualTo(200);

    // Two minutes later it is checked again.
    geser(121);
    encoder.hashDiperiksa.clear();
    assertThat(saya(PEMILIK, nip, "Sandi-Baru-2024").status()).isEqualTo(200);
    assertThat(encoder.hashDiperiksa).hasSize(1);
  }

  @Test
  void adminTetapMasukSetelahDuaPuluhKataSandiSalahDariAlamatLain() throws IOException {
    for (int i = 1; i <= 20; i++) {
      int status = switch (i % 3) {
        case 0 -> saya(PENYERANG, "admin", "salah-" + i).status();
        case 1 -> kirim(PENYERANG, "GET", "/engine-rest/task", Map.of("Authorization", basic("admin", "salah-" + i)), null).status();
        default -> masukWebapp(PENYERANG, "admin", "salah-" + i);
      };
      assertThat(status).isIn(401, 429);
    }
    assertThat(saya(PENYERANG, "admin", "admin").status()).isEqualTo(429);

    assertThat(saya(PEMILIK, "admin", "admin").status()).isEqualTo(200);
    assertThat(kirim(PEMILIK, "GET", "/engine-rest/task", Map.of("Authorization", basic("admin", "admin")), null).status()).isEqualTo(200);
    assertThat(masukWebapp(PEMILIK, "admin", "admin")).isEqualTo(200);
  }

  @Test
  void nipTidakDikenalSamaMahalnyaDenganNipYangAda() throws IOException {
    String hashPegawai = jdbc.queryForObject("select kata_sandi from kredensial where pengguna = ?", String.class, org.pegawai());
    jdbc.update("delete from kredensial where pengguna = ?", org.kepalaDinas());

    for (String nip : List.of(org.pegawai(), "199001012020011999", org.kepalaDinas())) {
      encoder.hashDiperiksa.clear();
      assertThat(saya(PEMILIK, nip, "salah-sekali").status()).isEqualTo(401);
      assertThat(encoder.hashDiperiksa).as("one BCrypt check of the same cost for " + nip).hasSize(1)
          .allSatisfy(h -> assertThat(h).startsWith(hashPegawai.substring(0, "{bcrypt}$2a$04$".length())));
    }
  }

  @Test
  void kataSandiLebihDari72ByteDitolakSaatDisetelDanSalahSaatMasuk() throws IOException {
    String panjang = "é".repeat(60); // 60 characters, 120 bytes
    String nip = org.pegawai();
    Jawaban setel = kirim(PEMILIK, "PUT", "/api/instansi/" + org.instansi() + "/pegawai/" + nip + "/kata-sandi",
        Map.of("Authorization", basic("admin", "admin"), "Content-Type", "application/json"), "{\"kataSandi\":\"" + panjang + "\"}");
    assertThat(setel.status()).isEqualTo(400);
    assertThat(setel.isi()).contains("\"kataSandi\":\"kata sandi paling banyak 72 byte (huruf biasa 1 byte, huruf beraksen seperti é 2 byte)\"");
    Jawaban ganti = kirim(PEMILIK, "PUT", "/api/akun/kata-sandi", Map.of("Authorization", basic(nip, PW), "Content-Type", "application/json"),
        "{\"kataSandiLama\":\"" + PW + "\",\"kataSandiBaru\":\"" + panjang + "\"}");
    assertThat(ganti.status()).isEqualTo(400);
    assertThat(ganti.isi()).contains("\"kataSandiBaru\":\"kata sandi paling banyak 72 byte");
    assertThat(saya(PEMILIK, nip, PW).status()).as("nothing changed").isEqualTo(200);

    assertThat(saya(PEMILIK, nip, panjang).status()).isEqualTo(401);
    assertThat(kirim(PEMILIK, "GET", "/engine-rest/task", Map.of("Authorization", basic(nip, panjang)), null).status()).isEqualTo(401);
    assertThat(masukWebapp(PEMILIK, nip, panjang)).isEqualTo(401);

    String pas = "é".repeat(36); // 72 bytes
    assertThat(kirim(PEMILIK, "PUT", "/api/akun/kata-sandi", Map.of("Authorization", basic(nip, PW), "Content-Type", "application/json"),
        "{\"kataSandiLama\":\"" + PW + "\",\"kataSandiBaru\":\"" + pas + "\"}").status()).isEqualTo(204);
    assertThat(saya(PEMILIK, nip, pas).status()).isEqualTo(200);
  }

  private static void geser(int detik) { ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + detik * 1000L)); }

  private Jawaban saya(String dari, String nip, String kataSandi) throws IOException {
    return kirim(dari, "GET", "/api/akun/saya", Map.of("Authorization", basic(nip, kataSandi)), null);
  }

  /** The Camunda webapps' login form, as Tasklist posts it (with its session's CSRF token). */
  private int masukWebapp(String dari, String nip, String kataSandi) throws IOException {
    Map<String, String> cookie = new LinkedHashMap<>();
    kirim(dari, "GET", "/camunda/app/tasklist/default/", Map.of(), null).header().getOrDefault("set-cookie", List.of())
        .forEach(c -> cookie.put(c.substring(0, c.indexOf('=')), c.substring(c.indexOf('=') + 1).split(";", 2)[0]));
    return kirim(dari, "POST", "/camunda/api/admin/auth/user/default/login/tasklist", Map.of(
        "Cookie", cookie.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")),
        "X-XSRF-TOKEN", cookie.get("XSRF-TOKEN"), "Content-Type", "application/x-www-form-urlencoded"),
        "username=" + URLEncoder.encode(nip, UTF_8) + "&password=" + URLEncoder.encode(kataSandi, UTF_8)).status();
  }

  private static String basic(String nip, String kataSandi) {
    return "Basic " + Base64.getEncoder().encodeToString((nip + ":" + kataSandi).getBytes(UTF_8));
  }

  record Jawaban(int status, Map<String, List<String>> header, String isi) {
    String header(String nama) { return header.getOrDefault(nama.toLowerCase(), List.of()).stream().findFirst().orElse(null); }
  }

  /** One HTTP/1.1 request over a socket bound to the source address {@code dari}. */
  private Jawaban kirim(String dari, String metode, String path, Map<String, String> header, String isi) throws IOException {
    try (Socket s = new Socket()) {
      s.bind(new InetSocketAddress(InetAddress.getByName(dari), 0));
      s.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
      s.setSoTimeout(30_000);
      byte[] badan = isi == null ? new byte[0] : isi.getBytes(UTF_8);
      StringBuilder permintaan = new StringBuilder(metode + " " + path + " HTTP/1.1\r\nHost: localhost:" + port
          + "\r\nConnection: close\r\nContent-Length: " + badan.length + "\r\n");
      header.forEach((k, v) -> permintaan.append(k).append(": ").append(v).append("\r\n"));
      OutputStream keluar = s.getOutputStream();
      keluar.write(permintaan.append("\r\n").toString().getBytes(UTF_8));
      keluar.write(badan);
      keluar.flush();
      String jawaban = new String(s.getInputStream().readAllBytes(), UTF_8);
      int akhirKepala = jawaban.indexOf("\r\n\r\n");
      String[] baris = jawaban.substring(0, akhirKepala).split("\r\n");
      Map<String, List<String>> kepala = new LinkedHashMap<>();
      for (int i = 1; i < baris.length; i++) {
        int titikDua = baris[i].indexOf(':');
        kepala.computeIfAbsent(baris[i].substring(0, titikDua).trim().toLowerCase(), k -> new ArrayList<>())
            .add(baris[i].substring(titikDua + 1).trim());
      }
      return new Jawaban(Integer.parseInt(baris[0].split(" ")[1]), kepala, jawaban.substring(akhirKepala + 4));
    }
  }
}
