package id.kinerjaflow.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerjaflow.instansi.InstansiService;
import id.kinerjaflow.support.ProsesTest;
import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who appraises whom in a fictional Pemda of 46 positions (src/test/resources/organisasi/sukamakmur-*.csv, loaded by
 * the CSV import), through appraiser-mapping.dmn: every row of the annex and its notes, the rows beyond it (0, education
 * staff outside a school, BKPSDM decides), functional officials in the Sekretariat Daerah, delegation of rows 8–11 (set
 * for 2025, none for 2026; the Setda is a perangkat daerah too), vacant head positions held by a Plt, and employees
 * nobody can appraise.
 */
@ProsesTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AppraiserResolverTest {
  @Autowired InstansiService instansiService;
  @Autowired OrganizationImport impor;
  @Autowired OrganizationService organization;
  @Autowired DelegasiPenilaiService delegasi;
  @Autowired AppraiserResolver resolver;

  @BeforeAll
  void pemdaSukamakmur() throws IOException {
    String kode = "sukamakmur-" + System.nanoTime();
    instansiService.buat(kode, "Kabupaten Sukamakmur (fiktif)", ZoneId.of("Asia/Jakarta"));
    try (InputStream unit = csv("unit"); InputStream pegawai = csv("pegawai")) {
      assertThat(impor.imporUnit(kode, unit, "uji").dibuat()).isEqualTo(24);
      assertThat(impor.imporPegawai(kode, pegawai, "uji").dibuat()).isEqualTo(46);
    }
    delegasi.atur(kode, "dinkes", 2025, "8", true, "uji");
    delegasi.atur(kode, "dinkes", 2025, "9", true, "uji");
    delegasi.atur(kode, "dinkes", 2025, "11", true, "uji");
    delegasi.atur(kode, "rsud", 2025, "10", true, "uji");
    delegasi.atur(kode, "disdik", 2025, "11", true, "uji");
    delegasi.atur(kode, "disdik", 2025, "9", true, "uji");
    delegasi.atur(kode, "disdik", 2025, "9", false, "uji"); // switched off again
    delegasi.atur(kode, "bappeda", 2025, "8", true, "uji");
    delegasi.atur(kode, "setda", 2025, "9", true, "uji");
  }

  /**
   * The 13 rows of the Kotawaringin Barat annex (seed 000, DOMAIN.md "Who appraises whom") and its notes, each for an
   * employee of Sukamakmur in that position: in 2025 rows 8–11 are delegated in the Dinas Kesehatan and row 10 in the RSUD.
   */
  @ParameterizedTest(name = "lampiran {0}: {1} dinilai {2}")
  @CsvSource(delimiter = '|', textBlock = """
      # no | jabatan (lampiran)                                | pejabat penilai kinerja (lampiran)                 | pegawai            | tahun | penilai            | cara
      1    | Kepala Perangkat Daerah                           | Pj. Bupati                                          | 198001012005011006 | 2025 | 198001012005011001 | langsung
      2    | JPT Pratama pada Sekretariat Daerah               | Plh. Sekretaris Daerah                              | 198001012005011003 | 2025 | 198001012005011002 | langsung
      3    | Pejabat Administrator pada Sekretariat Daerah     | JPT Pratama pada Sekretariat Daerah (Asisten)       | 198001012005011004 | 2025 | 198001012005011003 | langsung
      4    | Pejabat Administrator                             | JPT Pratama (Kepala Dinas)                          | 198001012005011008 | 2025 | 198001012005011006 | langsung
      4a   | Kepala Bidang pada RSUD                           | Wakil Direktur                                      | 198001012005011025 | 2025 | 198001012005011024 | pengecualian
      4b   | Sekretaris Kecamatan                              | Camat                                               | 198001012005011030 | 2025 | 198001012005011029 | pengecualian
      5    | Pejabat Pengawas                                  | Pejabat Administrator tempat ia ditugaskan          | 198001012005011009 | 2025 | 198001012005011008 | langsung
      5a   | Pejabat Pengawas pada Kelurahan                   | Lurah                                               | 198001012005011033 | 2025 | 198001012005011032 | pengecualian
      6    | Pejabat Pelaksana                                 | Pejabat Administrator atau Pengawas tempatnya       | 198001012005011011 | 2025 | 198001012005011009 | langsung
      7    | Fungsional Ahli Madya                             | JPT Pratama (Kepala Perangkat Daerah)               | 198001012005011007 | 2025 | 198001012005011006 | langsung
      8    | Fungsional Ahli Muda                              | Kepala Perangkat Daerah                             | 198001012005011013 | 2026 | 198001012005011006 | langsung
      8    | Fungsional Ahli Muda, didelegasikan               | Pejabat Administrator tempatnya                     | 198001012005011013 | 2025 | 198001012005011012 | delegasi
      9    | Fungsional Ahli Pertama                           | Kepala Perangkat Daerah                             | 198001012005011010 | 2026 | 198001012005011006 | langsung
      9    | Fungsional Ahli Pertama, didelegasikan            | Pejabat Pengawas tempatnya                          | 198001012005011010 | 2025 | 198001012005011009 | delegasi
      10   | Fungsional Keterampilan                           | Kepala Perangkat Daerah (Direktur RSUD)             | 198001012005011027 | 2026 | 198001012005011023 | langsung
      10   | Fungsional Keterampilan, didelegasikan            | Pejabat Pengawas tempatnya                          | 198001012005011027 | 2025 | 198001012005011026 | delegasi
      11   | Kepala Unit Kerja Mandiri (Kepala Puskesmas)      | Kepala Perangkat Daerah                             | 198001012005011014 | 2026 | 198001012005011006 | langsung
      11   | Kepala Puskesmas, didelegasikan                   | Pejabat Administrator perangkat daerah induk        | 198001012005011014 | 2025 | 198001012005011012 | delegasi
      12   | Tenaga pendidik pada sekolah (guru)               | Kepala Sekolah                                      | 198001012005011021 | 2025 | 198001012005011020 | langsung
      12   | Tenaga kependidikan pada sekolah                  | Kepala Sekolah                                      | 198001012005011022 | 2025 | 198001012005011020 | langsung
      13   | Tenaga kesehatan pada Puskesmas                   | Kepala Puskesmas                                    | 198001012005011015 | 2025 | 198001012005011014 | langsung
      """)
  void lampiran(String baris, String jabatan, String pejabatPenilai, String nip, int tahun, String penilai, String cara) {
    penilai(jabatan, nip, tahun, penilai, baris, cara);
  }

  /** Beyond the annex's words: cara langsung | pengecualian | delegasi | plt {unit} | gagal {kelas dicari}. */
  @ParameterizedTest(name = "{0} ({2}): {5}")
  @CsvSource(delimiter = '|', textBlock = """
      # pegawai                                   | NIP                | tahun | penilai            | baris | cara
      Sekretaris Daerah → Bupati                  | 198001012005011002 | 2025 | 198001012005011001 | 0  | langsung
      Direktur RSUD → Bupati                      | 198001012005011023 | 2025 | 198001012005011001 | 1  | langsung
      Camat → Bupati                              | 198001012005011029 | 2025 | 198001012005011001 | 1  | langsung
      Kabid Yankes → Kadinkes                     | 198001012005011012 | 2025 | 198001012005011006 | 4  | langsung
      Sekretaris Disdik → Kadisdik                | 198001012005011018 | 2025 | 198001012005011017 | 4  | langsung
      Lurah Administrator → Camat                 | 198001012005011032 | 2025 | 198001012005011029 | 4  | langsung
      Wakil Direktur RSUD → Direktur              | 198001012005011024 | 2025 | 198001012005011023 | 4a | pengecualian
      Kasi Yanmed RSUD → Kabid Yanmed             | 198001012005011026 | 2025 | 198001012005011025 | 5  | langsung
      Sekretaris Kelurahan → Lurah Pengawas       | 198001012005011035 | 2025 | 198001012005011034 | 5a | pengecualian
      Lurah Pengawas → Camat                      | 198001012005011034 | 2025 | 198001012005011029 | 5a | pengecualian
      Pelaksana Setda → Kabag                     | 198001012005011005 | 2025 | 198001012005011004 | 6  | langsung
      Pelaksana Kecamatan → Sekcam                | 198001012005011031 | 2025 | 198001012005011030 | 6  | langsung
      Pelaksana Kelurahan → Lurah Pengawas        | 198001012005011036 | 2025 | 198001012005011034 | 6  | langsung
      Ahli Madya Bappeda → Plt Kepala Bappeda     | 198001012005011039 | 2025 | 198001012005011038 | 7  | plt bappeda
      Ahli Muda Bappeda, tanpa delegasi → Plt     | 198001012005011040 | 2026 | 198001012005011038 | 8  | plt bappeda
      Ahli Muda Bappeda, delegasi → Sekretaris    | 198001012005011040 | 2025 | 198001012005011038 | 8  | delegasi
      Ahli Pertama, delegasi dimatikan → Kadisdik | 198001012005011019 | 2025 | 198001012005011017 | 9  | langsung
      Kepala Sekolah, delegasi tanpa Administrator di jalurnya → Kadisdik | 198001012005011020 | 2025 | 198001012005011017 | 11 | langsung
      Pengawas sekolah di Dinas → Kadisdik        | 198001012005011046 | 2025 | 198001012005011017 | 6  | langsung
      Ahli Madya di Bagian Setda → Asisten        | 198001012005011043 | 2025 | 198001012005011003 | 7  | langsung
      Ahli Pertama Setda, tanpa delegasi → Asisten | 198001012005011044 | 2026 | 198001012005011003 | 9  | langsung
      Ahli Pertama Setda, delegasi → Kabag        | 198001012005011044 | 2025 | 198001012005011004 | 9  | delegasi
      Ahli Muda langsung di Setda → Sekda         | 198001012005011045 | 2025 | 198001012005011002 | 8  | langsung
      Bidan Puskesmas → Kepala Puskesmas          | 198001012005011016 | 2025 | 198001012005011014 | 13 | langsung
      Ahli Madya, Kadishub kosong tanpa Plt       | 198001012005011042 | 2025 | ''                 | 7  | gagal KEPALA_PERANGKAT_DAERAH
      Sekretaris Bappeda, Plt kepalanya sendiri   | 198001012005011038 | 2025 | ''                 | 4  | gagal JPT_PRATAMA,KEPALA_PERANGKAT_DAERAH
      Tenaga kesehatan RSUD: tidak ada aturan, BKPSDM menentukan | 198001012005011028 | 2025 | ''  | '' | gagal
      Bupati: tidak ada aturan, BKPSDM menentukan | 198001012005011001 | 2025 | ''                 | '' | gagal
      """)
  void penilai(String uraian, String nip, int tahun, String penilai, String baris, String cara) {
    Pegawai pegawai = organization.pegawai(nip);
    if (cara.startsWith("gagal")) {
      List<String> kelasDicari = cara.equals("gagal") ? List.of() : Arrays.asList(cara.substring("gagal ".length()).split(","));
      assertThatThrownBy(() -> resolver.resolve(pegawai, tahun)).isInstanceOfSatisfying(PenilaiTidakDitemukan.class, e -> {
        assertThat(e.getNip()).isEqualTo(nip);
        assertThat(e.getBaris()).isEqualTo(baris.isEmpty() ? null : baris);
        assertThat(e.getKelasDicari()).isEqualTo(kelasDicari);
        assertThat(e.getMessage()).startsWith("Pejabat penilai untuk " + pegawai.getNama() + " (" + nip + ") tidak ditemukan: ")
            .contains(baris.isEmpty() ? "tidak ada aturan pejabat penilai untuk kelas jabatan " + pegawai.getJabatan().getKelas()
                + " pada unit jenis " + pegawai.getJabatan().getUnit().getJenis() + "; BKPSDM menentukan pejabat penilainya."
                : "(aturan baris " + baris + ")")
            .contains(String.join("/", kelasDicari));
      });
      return;
    }
    AppraiserResolver.Hasil hasil = resolver.resolve(pegawai, tahun);
    assertThat(hasil.penilai().getNip()).isEqualTo(penilai);
    assertThat(hasil.baris()).isEqualTo(baris);
    assertThat(hasil.keterangan()).isNotBlank();
    assertThat(hasil.pengecualian()).isEqualTo(cara.equals("pengecualian"));
    assertThat(hasil.delegasi()).isEqualTo(cara.equals("delegasi"));
    assertThat(hasil.pltUnit() == null ? null : hasil.pltUnit().getKode())
        .isEqualTo(cara.startsWith("plt ") ? cara.substring("plt ".length()) : null);
    if (hasil.pltUnit() != null) assertThat(hasil.jabatan().getKelas()).isEqualTo(KelasJabatan.KEPALA_PERANGKAT_DAERAH);
  }

  private static InputStream csv(String jenis) {
    return AppraiserResolverTest.class.getResourceAsStream("/organisasi/sukamakmur-" + jenis + ".csv");
  }
}
