package id.kinerjaflow.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerjaflow.support.Berkas;
import id.kinerjaflow.support.TestOrganisasi;
import java.util.Map;
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
 * The appraiser of an employee and the delegation of appraisers through the REST API, on H2. The test Pemda
 * (Kepala Dinas, Kepala Bidang, Pelaksana) gets, by CSV import, an Ahli Pertama in the Bidang, a Badan whose head
 * position is vacant with the Sekretaris Badan as Plt, and a Kantor without any head.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:kinerja-penilai;DB_CLOSE_DELAY=-1")
@ActiveProfiles({"demo", "test"}) // test last: its settings win over the demo's
@DirtiesContext // one engine per JVM at a time: the process application registers it by name
class PenilaiApiTest {
  @Autowired TestRestTemplate http;
  @Autowired TestOrganisasi organisasi;
  @Autowired JdbcTemplate jdbc;

  TestOrganisasi.Org org;
  String ahliPertama, sekretarisBadan, ahliMadyaBadan, ahliMadyaKantor;

  @BeforeEach
  void pemdaUji() {
    org = organisasi.baru("kotawaringin-barat-2024", 2024);
    String awal = org.pegawai().substring(0, 12) + "2000";
    ahliPertama = awal + "10";
    sekretarisBadan = awal + "20";
    ahliMadyaBadan = awal + "30";
    ahliMadyaKantor = awal + "40";
    assertThat(impor("unit", """
        kode,nama,jenis,kode_induk
        badan,Badan Uji,DINAS,pemda
        badan-sekretariat,Sekretariat Badan Uji,DINAS,badan
        kantor,Kantor Uji,DINAS,pemda
        """).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(impor("pegawai", "nip,nama,jenis_asn,jabatan,kelas_jabatan,unit_kerja,kepala,plt_plh,aktif\n"
        + ahliPertama + ",Ani Lestari,PNS,Analis Ahli Pertama,FUNGSIONAL_AHLI_PERTAMA,bidang,false,,true\n"
        + awal + "50,Pensiunan Kepala Badan,PNS,Kepala Badan Uji,KEPALA_PERANGKAT_DAERAH,badan,true,,false\n"
        + sekretarisBadan + ",Sari Wulandari,PNS,Sekretaris Badan Uji,ADMINISTRATOR,badan-sekretariat,true,badan,true\n"
        + ahliMadyaBadan + ",Dodi Firmansyah,PNS,Perencana Ahli Madya,FUNGSIONAL_AHLI_MADYA,badan,false,,true\n"
        + ahliMadyaKantor + ",Rina Kartika,PNS,Analis Ahli Madya,FUNGSIONAL_AHLI_MADYA,kantor,false,,true\n").getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void penilaiPegawai() {
    String url = "/api/pegawai/" + org.pegawai() + "/penilai?tahun=2024";
    var sendiri = get(org.pegawai(), url);
    assertThat(sendiri.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode p = sendiri.getBody();
    assertThat(p.get("nip").asText()).isEqualTo(org.penilai());
    assertThat(p.get("nama").asText()).isEqualTo("Kepala Bidang Uji");
    assertThat(p.at("/jabatan/nama").asText()).isEqualTo("Kepala Bidang Uji");
    assertThat(p.at("/jabatan/kelas").asText()).isEqualTo("ADMINISTRATOR");
    assertThat(p.at("/unit/kode").asText()).isEqualTo("bidang");
    assertThat(p.at("/unit/nama").asText()).isEqualTo("Bidang Uji");
    assertThat(p.get("baris").asText()).isEqualTo("6");
    assertThat(p.get("keterangan").asText()).isEqualTo("Pejabat Administrator atau Pengawas pada tempat ASN ditugaskan menilai Pejabat Pelaksana");
    assertThat(p.get("pengecualian").asBoolean()).isFalse();
    assertThat(p.get("delegasi").asBoolean()).isFalse();
    assertThat(p.get("plt").isNull()).isTrue();

    assertThat(get(org.verifikator(), url).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(get(TestOrganisasi.AUDITOR_DEMO, "demo", url).getStatusCode()).isEqualTo(HttpStatus.OK);
    var orangLain = get(org.kepalaDinas(), url);
    assertThat(orangLain.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(orangLain.getBody().get("detail").asText()).contains("pegawai yang bersangkutan");
    assertThat(get(organisasi.baru("kapuas-2025", 2025).verifikator(), url).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get(org.pegawai(), "/api/pegawai/199999999999999999/penilai?tahun=2024").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(get(org.pegawai(), "/api/pegawai/" + org.pegawai() + "/penilai").getBody().at("/errors/tahun").asText())
        .isEqualTo("tahun wajib diisi, antara 2022 dan 2100, misalnya ?tahun=2025");
    assertThat(get(org.pegawai(), "/api/pegawai/" + org.pegawai() + "/penilai?tahun=abc").getBody().at("/errors/tahun").asText())
        .isEqualTo("nilai 'abc' tidak valid");
  }

  @Test
  void jabatanKepalaKosongDipegangPlt() {
    JsonNode p = get(org.verifikator(), "/api/pegawai/" + ahliMadyaBadan + "/penilai?tahun=2024").getBody();
    assertThat(p.get("nip").asText()).isEqualTo(sekretarisBadan);
    assertThat(p.at("/jabatan/nama").asText()).isEqualTo("Kepala Badan Uji");
    assertThat(p.at("/jabatan/kelas").asText()).isEqualTo("KEPALA_PERANGKAT_DAERAH");
    assertThat(p.at("/unit/kode").asText()).isEqualTo("badan");
    assertThat(p.get("baris").asText()).isEqualTo("7");
    assertThat(p.at("/plt/unit/kode").asText()).isEqualTo("badan");
    assertThat(p.at("/plt/jabatanDefinitif/nama").asText()).isEqualTo("Sekretaris Badan Uji");
    assertThat(p.at("/plt/jabatanDefinitif/kelas").asText()).isEqualTo("ADMINISTRATOR");
  }

  @Test
  void penilaiTidakDitemukan409() {
    var r = get(org.verifikator(), "/api/pegawai/" + ahliMadyaKantor + "/penilai?tahun=2024");
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(r.getBody().get("detail").asText()).isEqualTo("Pejabat penilai untuk Rina Kartika (" + ahliMadyaKantor
        + ") tidak ditemukan: tidak ada pejabat KEPALA_PERANGKAT_DAERAH (definitif, atau Plt/Plh bila jabatan kepala kosong)"
        + " di Kantor Uji atau unit induknya (aturan baris 7).");
  }

  @Test
  void delegasiPenilai() {
    String url = "/api/instansi/" + org.instansi() + "/delegasi-penilai";
    String penilai = "/api/pegawai/" + ahliPertama + "/penilai?tahun=2024";
    assertThat(get(org.verifikator(), penilai).getBody().get("nip").asText()).isEqualTo(org.kepalaDinas());

    var tidakDapat = put(org.verifikator(), url, Map.of("unit", "dinas", "tahun", 2024, "baris", "4", "aktif", true));
    assertThat(tidakDapat.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(tidakDapat.getBody().at("/errors/baris").asText()).isEqualTo("baris 4 (Pejabat Pimpinan Tinggi Pratama menilai"
        + " Pejabat Administrator) tidak dapat didelegasikan; yang dapat didelegasikan: baris 8, 9, 10, 11");
    var bukanPerangkatDaerah = put(org.verifikator(), url, Map.of("unit", "bidang", "tahun", 2024, "baris", "9", "aktif", true));
    assertThat(bukanPerangkatDaerah.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bukanPerangkatDaerah.getBody().at("/errors/unit").asText()).startsWith("Bidang Uji (bidang) bukan perangkat daerah");
    var adminLain = organisasi.baru("kapuas-2025", 2025).verifikator();
    assertThat(put(adminLain, url, Map.of("unit", "dinas", "tahun", 2024, "baris", "9", "aktif", true)).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get(adminLain, url + "?tahun=2024").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(put(org.pegawai(), url, Map.of("unit", "dinas", "tahun", 2024, "baris", "9", "aktif", true)).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get(org.verifikator(), url + "?tahun=2024").getBody()).isEmpty();
    assertThat(get(org.verifikator(), penilai).getBody().get("delegasi").asBoolean()).isFalse();

    var aktif = put(org.verifikator(), url, Map.of("unit", "dinas", "tahun", 2024, "baris", "9", "aktif", true));
    assertThat(aktif.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(aktif.getBody().get("penilai").toString()).as("no open SKP moved").isEqualTo("{\"dipindahkan\":[],\"tanpaPenilai\":[]}");
    var disimpan = ((com.fasterxml.jackson.databind.node.ObjectNode) aktif.getBody()).without("penilai");
    assertThat(disimpan).isEqualTo(get(org.verifikator(), url + "?tahun=2024").getBody().get(0));
    assertThat(disimpan.toString())
        .isEqualTo("{\"unit\":\"dinas\",\"namaUnit\":\"Dinas Uji\",\"tahun\":2024,\"baris\":\"9\",\"aktif\":true}");
    JsonNode didelegasikan = get(org.pegawai(), "/api/pegawai/" + org.pegawai() + "/penilai?tahun=2024").getBody();
    assertThat(didelegasikan.get("delegasi").asBoolean()).as("a Pelaksana's row 6 is not delegated").isFalse();
    JsonNode p = get(org.verifikator(), penilai).getBody();
    assertThat(p.get("nip").asText()).isEqualTo(org.penilai());
    assertThat(p.get("baris").asText()).isEqualTo("9");
    assertThat(p.get("delegasi").asBoolean()).isTrue();
    assertThat(get(org.verifikator(), "/api/pegawai/" + ahliPertama + "/penilai?tahun=2025").getBody().get("nip").asText())
        .as("another year is not delegated").isEqualTo(org.kepalaDinas());

    assertThat(put(org.verifikator(), url, Map.of("unit", "dinas", "tahun", 2024, "baris", "9", "aktif", false)).getBody()
        .get("aktif").asBoolean()).isFalse();
    assertThat(get(org.verifikator(), penilai).getBody().get("nip").asText()).isEqualTo(org.kepalaDinas());
    assertThat(jdbc.queryForList("select a.aktif from delegasi_penilai_aud a join revisi r on r.id = a.rev join unit_kerja u"
        + " on u.id = a.unit_id join instansi i on i.id = u.instansi_id where i.kode = ? and r.pengguna = ? order by a.rev",
        Boolean.class, org.instansi(), org.verifikator())).containsExactly(true, false);
  }

  private ResponseEntity<JsonNode> impor(String jenis, String csv) {
    return http.withBasicAuth(org.verifikator(), TestOrganisasi.PASSWORD)
        .postForEntity("/api/instansi/" + org.instansi() + "/impor/" + jenis, Berkas.csv(csv), JsonNode.class);
  }

  private ResponseEntity<JsonNode> get(String user, String path) { return get(user, TestOrganisasi.PASSWORD, path); }

  private ResponseEntity<JsonNode> get(String user, String password, String path) {
    return http.withBasicAuth(user, password).getForEntity(path, JsonNode.class);
  }

  private ResponseEntity<JsonNode> put(String user, String path, Object body) {
    return http.withBasicAuth(user, TestOrganisasi.PASSWORD).exchange(path, HttpMethod.PUT, new HttpEntity<>(body), JsonNode.class);
  }
}
