package id.kinerjaflow.support;

import id.kinerjaflow.instansi.Instansi;
import id.kinerjaflow.instansi.InstansiService;
import id.kinerjaflow.organization.JenisAsn;
import id.kinerjaflow.organization.JenisUnit;
import id.kinerjaflow.organization.KelasJabatan;
import id.kinerjaflow.organization.OrganizationService;
import id.kinerjaflow.organization.UnitKerja;
import id.kinerjaflow.security.AkunService;
import id.kinerjaflow.security.JenisPeran;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * A fresh, isolated Pemda per test: a Bupati, a Kepala Dinas, a Kepala Bidang (the appraiser), a
 * Pelaksana (the employee) and a BKPSDM admin, each logging in with their NIP and {@link #PASSWORD}; the
 * heads are in the {@code penilai} group through the directory.
 */
@Component
public class TestOrganisasi {
  public static final String PASSWORD = "rahasia-uji";
  /** The demo auditor (Inspektorat, DemoData), password {@code demo}: reads every instansi. */
  public static final String AUDITOR_DEMO = "198805052012122029";
  private static final AtomicLong URUT = new AtomicLong(System.nanoTime() % 100000);

  private final InstansiService instansiService;
  private final OrganizationService organization;
  private final AkunService akun;

  TestOrganisasi(InstansiService instansiService, OrganizationService organization, AkunService akun) {
    this.instansiService = instansiService;
    this.organization = organization;
    this.akun = akun;
  }

  /** {@code verifikator}: a BKPSDM admin of this instansi (groups admin-bkpsdm and admin-bkpsdm-{kode}), a Pelaksana of the Bidang. */
  public record Org(String instansi, String pegawai, String penilai, String kepalaDinas, String verifikator) {}

  public Org baru(String preset, int tahun) {
    long n = URUT.incrementAndGet();
    String kode = "uji-" + n;
    Instansi i = instansiService.buat(kode, "Pemda Uji " + n, ZoneId.of("Asia/Jakarta"));
    instansiService.pasangKalender(kode, preset, tahun);
    UnitKerja pemda = organization.tambahUnit(i, null, "pemda", "Pemda Uji", JenisUnit.PEMDA);
    UnitKerja dinas = organization.tambahUnit(i, pemda, "dinas", "Dinas Uji", JenisUnit.DINAS);
    UnitKerja bidang = organization.tambahUnit(i, dinas, "bidang", "Bidang Uji", JenisUnit.DINAS);
    pegawai(nip(n, 1), "Bupati Uji", JenisAsn.PEJABAT_NEGARA, pemda, KelasJabatan.BUPATI, true);
    String kadis = pegawai(nip(n, 2), "Kepala Dinas Uji", JenisAsn.PNS, dinas, KelasJabatan.KEPALA_PERANGKAT_DAERAH, true);
    String kabid = pegawai(nip(n, 3), "Kepala Bidang Uji", JenisAsn.PNS, bidang, KelasJabatan.ADMINISTRATOR, true);
    String staf = pegawai(nip(n, 4), "Budi Santoso", JenisAsn.PNS, bidang, KelasJabatan.PELAKSANA, false);
    String verifikator = pegawai(nip(n, 5), "Verifikator BKPSDM Uji", JenisAsn.PNS, bidang, KelasJabatan.PELAKSANA, false);
    akun.beriPeran(verifikator, JenisPeran.ADMIN_BKPSDM, i);
    return new Org(kode, staf, kabid, kadis, verifikator);
  }

  private String pegawai(String nip, String nama, JenisAsn jenis, UnitKerja unit, KelasJabatan kelas, boolean kepala) {
    organization.tambahPegawai(nip, nama, jenis, unit, nama, kelas, kepala);
    akun.setelKataSandi(nip, PASSWORD, "uji");
    return nip;
  }

  private static String nip(long n, int k) { return String.format("1990%08d%05d%d", n % 100_000_000, 10000 + k, k % 10); }
}
