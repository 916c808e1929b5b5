package id.kinerjaflow.support;

import id.kinerjaflow.instansi.Instansi;
import id.kinerjaflow.instansi.InstansiService;
import id.kinerjaflow.organization.JenisAsn;
import id.kinerjaflow.organization.JenisUnit;
import id.kinerjaflow.organization.KelasJabatan;
import id.kinerjaflow.organization.OrganizationService;
import id.kinerjaflow.organization.UnitKerja;
import id.kinerjaflow.security.Grup;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * A fresh, isolated Pemda per test: a Bupati, a Kepala Dinas, a Kepala Bidang (the appraiser) and a
 * Pelaksana (the employee), each a Camunda user with password {@link #PASSWORD}; the heads are also
 * in the {@code penilai} group.
 */
@Component
public class TestOrganisasi {
  public static final String PASSWORD = "rahasia-uji";
  private static final AtomicLong URUT = new AtomicLong(System.nanoTime() % 100000);

  private final InstansiService instansiService;
  private final OrganizationService organization;
  private final IdentityService identityService;

  TestOrganisasi(InstansiService instansiService, OrganizationService organization, IdentityService identityService) {
    this.instansiService = instansiService;
    this.organization = organization;
    this.identityService = identityService;
  }

  /** {@code verifikator}: a BKPSDM admin of this instansi (groups admin-bkpsdm and admin-bkpsdm-{kode}). */
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
    String verifikator = pengguna(nip(n, 5), "Verifikator BKPSDM Uji", Grup.ADMIN_BKPSDM);
    identityService.createMembership(verifikator, Grup.adminInstansi(kode));
    return new Org(kode, staf, kabid, kadis, verifikator);
  }

  private String pegawai(String nip, String nama, JenisAsn jenis, UnitKerja unit, KelasJabatan kelas, boolean kepala) {
    organization.tambahPegawai(nip, nama, jenis, unit, nama, kelas, kepala);
    pengguna(nip, nama, Grup.PEGAWAI);
    if (kepala) identityService.createMembership(nip, Grup.PENILAI);
    return nip;
  }

  private String pengguna(String id, String nama, String grup) {
    var u = identityService.newUser(id);
    u.setFirstName(nama);
    u.setPassword(PASSWORD);
    identityService.saveUser(u);
    identityService.createMembership(id, grup);
    return id;
  }

  private static String nip(long n, int k) { return String.format("1990%08d%05d%d", n % 100_000_000, 10000 + k, k % 10); }
}
