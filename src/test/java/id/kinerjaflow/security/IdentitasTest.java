package id.kinerjaflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerjaflow.support.Berkas;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.*;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Camunda's identity is the employee directory: an imported employee is a Camunda user with their NIP, in groups
 * that follow from their position, and logs in once an admin has set a password, which is stored only as a hash.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@DirtiesContext
class IdentitasTest {
  private static final AtomicLong URUT = new AtomicLong();
  private static final String KATA_SANDI = "Rahasia-Awal-123";
  private static final String UNIT = "kode,nama,jenis,kode_induk\npemda,Pemda Identitas,PEMDA,\nsetda,Sekretariat Daerah,SETDA,pemda\n"
      + "setda-pemerintahan,Bagian Pemerintahan,SETDA,setda\n";
  private static final String JUDUL_PEGAWAI = "nip,nama,jenis_asn,jabatan,kelas_jabatan,unit_kerja,kepala,plt_plh,aktif\n";

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;

  String instansi;
  /** Sri Rahayu heads the Bagian Pemerintahan; Andika Putra is a Pelaksana there. */
  String kepala;
  String staf;

  @BeforeEach
  void pemdaDariCsv() {
    long n = URUT.incrementAndGet();
    instansi = "pemda-identitas-" + n;
    kepala = String.format("1979090920060420%02d", n);
    staf = String.format("1997070720220310%02d", n);
    http.withBasicAuth("admin", "admin").postForEntity("/api/instansi", Map.of("kode", instansi, "nama", "Pemda " + instansi), JsonNode.class);
    assertThat(unggah("unit", UNIT).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(unggah("pegawai", pegawaiCsv(true)).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  private String pegawaiCsv(boolean stafAktif) {
    return JUDUL_PEGAWAI + kepala + ",Sri Rahayu,PNS,Kepala Bagian Pemerintahan,ADMINISTRATOR,setda-pemerintahan,true,,true\n"
        + staf + ",Andika Putra,PNS,Analis Pemerintahan,PELAKSANA,setda-pemerintahan,false,," + stafAktif + "\n";
  }

  @Test
  void pegawaiHasilImporAdalahPenggunaCamundaDenganNip() {
    var user = identityService.createUserQuery().userId(staf).singleResult();
    assertThat(user.getFirstName() + " " + user.getLastName()).isEqualTo("Andika Putra");
    assertThat(grup(staf)).containsExactly(Grup.PEGAWAI);
    assertThat(grup(kepala)).containsExactlyInAnyOrder(Grup.PEGAWAI, Grup.PENILAI);
    assertThat(identityService.createUserQuery().memberOfGroup(Grup.PENILAI).userId(kepala).count()).isEqualTo(1);
    assertThat(identityService.isReadOnly()).as("no second user table is written").isTrue();
    assertThat(jdbc.queryForObject("select count(*) from act_id_user", Long.class)).isZero();
  }

  /** Tasklist's lists embed the assignees of a page by their ids: exactly those users, the first admin among them. */
  @Test
  void penggunaDicariDenganDaftarNipSepertiTasklist() {
    var users = identityService.createUserQuery().userIdIn(staf, kepala, "admin", "199901012099011999").list();
    assertThat(users).extracting(u -> u.getId()).containsExactly(kepala, staf, "admin");
    assertThat(users.subList(0, 2)).extracting(u -> u.getFirstName() + " " + u.getLastName()).containsExactly("Sri Rahayu", "Andika Putra");
    assertThat(identityService.createUserQuery().userIdIn(staf, kepala).memberOfGroup(Grup.PENILAI).list())
        .extracting(u -> u.getId()).containsExactly(kepala);
  }

  @Test
  void masukSetelahAdminMenyetelKataSandiYangDisimpanSebagaiHash() {
    assertThat(saya(staf, KATA_SANDI).getStatusCode()).as("no password yet").isEqualTo(HttpStatus.UNAUTHORIZED);

    var setel = http.withBasicAuth("admin", "admin").exchange("/api/instansi/" + instansi + "/pegawai/" + staf + "/kata-sandi",
        HttpMethod.PUT, new HttpEntity<>(Map.of("kataSandi", KATA_SANDI)), JsonNode.class);
    assertThat(setel.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    var saya = saya(staf, KATA_SANDI);
    assertThat(saya.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(saya.getBody().get("nama").asText()).isEqualTo("Andika Putra");
    assertThat(http.withBasicAuth(staf, KATA_SANDI).getForEntity("/engine-rest/user/" + staf + "/profile", JsonNode.class)
        .getBody().get("firstName").asText()).isEqualTo("Andika");
    // An e-mail address is shown to its owner and admins, not to colleagues.
    jdbc.update("update pegawai set email = 'andika@contoh.go.id' where nip = ?", staf);
    setel(kepala, KATA_SANDI);
    assertThat(http.withBasicAuth(staf, KATA_SANDI).getForEntity("/engine-rest/user/" + staf + "/profile", JsonNode.class)
        .getBody().get("email").asText()).isEqualTo("andika@contoh.go.id");
    assertThat(http.withBasicAuth("admin", "admin").getForEntity("/engine-rest/user/" + staf + "/profile", JsonNode.class)
        .getBody().get("email").asText()).isEqualTo("andika@contoh.go.id");
    assertThat(http.withBasicAuth(kepala, KATA_SANDI).getForEntity("/engine-rest/user/" + staf + "/profile", JsonNode.class)
        .getBody().get("email").isNull()).isTrue();
    String hash = jdbc.queryForObject("select kata_sandi from kredensial where pengguna = ?", String.class, staf);
    assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(KATA_SANDI);
    assertThat(jdbc.queryForObject("select diubah_oleh from kredensial where pengguna = ?", String.class, staf)).isEqualTo("admin");
  }

  @Test
  void kataSandiAwalHanyaUntukPegawaiYangBelumPunya() {
    setel(kepala, KATA_SANDI);
    String url = "/api/instansi/" + instansi + "/kata-sandi-awal";

    var r = http.withBasicAuth("admin", "admin").postForEntity(url, null, String.class);

    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(r.getHeaders().getContentDisposition().getFilename()).isEqualTo("kata-sandi-awal-" + instansi + ".csv");
    String[] baris = r.getBody().split("\n");
    assertThat(baris[0]).isEqualTo("nip,nama,kata_sandi");
    assertThat(baris).hasSize(2);
    assertThat(baris[1]).startsWith(staf + ",Andika Putra,");
    String kataSandi = baris[1].substring(baris[1].lastIndexOf(',') + 1);
    assertThat(kataSandi).hasSize(12);
    assertThat(saya(staf, kataSandi).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(saya(kepala, KATA_SANDI).getStatusCode()).as("an existing password stays").isEqualTo(HttpStatus.OK);
    assertThat(jdbc.queryForObject("select kata_sandi from kredensial where pengguna = ?", String.class, staf)).doesNotContain(kataSandi);

    assertThat(http.withBasicAuth("admin", "admin").postForEntity(url, null, String.class).getBody()).isEqualTo("nip,nama,kata_sandi\n");
  }

  @Test
  void pegawaiMenggantiKataSandiSendiri() {
    setel(staf, KATA_SANDI);
    var salah = ganti(staf, KATA_SANDI, "salah-lama-123", "Kata-Sandi-Baru-456");
    assertThat(salah.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(salah.getBody().at("/errors/kataSandiLama").asText()).isEqualTo("kata sandi lama salah");
    assertThat(ganti(staf, KATA_SANDI, KATA_SANDI, "pendek").getBody().at("/errors/kataSandiBaru").asText())
        .isEqualTo("kata sandi baru paling sedikit 10 karakter");
    assertThat(saya(staf, KATA_SANDI).getStatusCode()).as("refused changes change nothing").isEqualTo(HttpStatus.OK);

    assertThat(ganti(staf, KATA_SANDI, KATA_SANDI, "Kata-Sandi-Baru-456").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(saya(staf, KATA_SANDI).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(saya(staf, "Kata-Sandi-Baru-456").getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void pegawaiNonaktifTidakDapatMasuk() {
    setel(staf, KATA_SANDI);
    assertThat(unggah("pegawai", pegawaiCsv(false)).getStatusCode()).isEqualTo(HttpStatus.OK);

    assertThat(saya(staf, KATA_SANDI).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(identityService.createUserQuery().userId(staf).count()).isZero();
  }

  @Test
  void adminBkpsdmDiberikanDalamInstansinyaSaja() {
    var beri = http.withBasicAuth("admin", "admin").postForEntity("/api/instansi/" + instansi + "/peran",
        Map.of("nip", kepala, "peran", "ADMIN_BKPSDM"), JsonNode.class);
    assertThat(beri.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(grup(kepala)).contains(Grup.ADMIN_BKPSDM, Grup.adminInstansi(instansi));
    // the instansi's group belongs to its Camunda tenant; a group naming no instansi belongs to none
    assertThat(identityService.createTenantQuery().groupMember(Grup.adminInstansi(instansi)).list())
        .extracting(org.camunda.bpm.engine.identity.Tenant::getId).containsExactly(instansi);
    assertThat(identityService.createTenantQuery().groupMember(Grup.adminInstansi("tidak-ada")).count()).isZero();
    assertThat(identityService.createTenantQuery().userMember(kepala).includingGroupsOfUser(true).list())
        .extracting(org.camunda.bpm.engine.identity.Tenant::getId).containsExactly(instansi);
    setel(kepala, KATA_SANDI);

    // The new admin may grant BKPSDM admin within the instansi, but not auditor, and not outside it.
    var auditor = http.withBasicAuth(kepala, KATA_SANDI).postForEntity("/api/instansi/" + instansi + "/peran",
        Map.of("nip", staf, "peran", "AUDITOR"), JsonNode.class);
    assertThat(auditor.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(auditor.getBody().get("detail").asText()).isEqualTo("Peran AUDITOR hanya dapat diberikan oleh Administrator Camunda.");
    assertThat(http.withBasicAuth(kepala, KATA_SANDI).postForEntity("/api/instansi/demo-bengkalis/peran",
        Map.of("nip", staf, "peran", "ADMIN_BKPSDM"), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(grup(staf)).containsExactly(Grup.PEGAWAI);

    long id = beri.getBody().get("id").asLong();
    assertThat(http.withBasicAuth(kepala, KATA_SANDI).exchange("/api/instansi/" + instansi + "/peran/" + id, HttpMethod.DELETE,
        null, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(grup(kepala)).containsExactlyInAnyOrder(Grup.PEGAWAI, Grup.PENILAI);
  }

  private java.util.List<String> grup(String user) {
    return identityService.createGroupQuery().groupMember(user).list().stream().map(g -> g.getId()).toList();
  }

  private void setel(String nip, String kataSandi) {
    assertThat(http.withBasicAuth("admin", "admin").exchange("/api/instansi/" + instansi + "/pegawai/" + nip + "/kata-sandi",
        HttpMethod.PUT, new HttpEntity<>(Map.of("kataSandi", kataSandi)), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  private ResponseEntity<JsonNode> ganti(String user, String kataSandi, String lama, String baru) {
    return http.withBasicAuth(user, kataSandi).exchange("/api/akun/kata-sandi", HttpMethod.PUT,
        new HttpEntity<>(Map.of("kataSandiLama", lama, "kataSandiBaru", baru)), JsonNode.class);
  }

  private ResponseEntity<JsonNode> saya(String user, String kataSandi) {
    return http.withBasicAuth(user, kataSandi).getForEntity("/api/akun/saya", JsonNode.class);
  }

  private ResponseEntity<JsonNode> unggah(String jenis, String csv) {
    return http.withBasicAuth("admin", "admin").postForEntity("/api/instansi/" + instansi + "/impor/" + jenis, Berkas.csv(csv), JsonNode.class);
  }
}
