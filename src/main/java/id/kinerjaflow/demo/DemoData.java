package id.kinerjaflow.demo;

import static id.kinerjaflow.organization.JenisAsn.*;
import static id.kinerjaflow.organization.JenisUnit.*;
import static id.kinerjaflow.organization.KelasJabatan.*;

import id.kinerjaflow.capaian.KinerjaOrganisasiService;
import id.kinerjaflow.cycle.CycleService;
import id.kinerjaflow.instansi.Instansi;
import id.kinerjaflow.instansi.InstansiRepository;
import id.kinerjaflow.instansi.InstansiService;
import id.kinerjaflow.organization.JenisAsn;
import id.kinerjaflow.organization.KelasJabatan;
import id.kinerjaflow.organization.OrganizationService;
import id.kinerjaflow.organization.Pegawai;
import id.kinerjaflow.organization.UnitKerja;
import id.kinerjaflow.security.AkunService;
import id.kinerjaflow.security.JenisPeran;
import java.time.Year;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo profile only: a demo Pemda on the Bengkalis calendar with 29 ASN covering every position
 * class of the appraiser table, among them a BKPSDM admin and an auditor. Each logs in to Tasklist with their NIP and the demo password. The units
 * have codes, so the demo can be re-imported from CSV.
 */
@Component
@Profile("demo")
@Order(1)
class DemoData implements ApplicationRunner {
  static final String INSTANSI = "demo-bengkalis";
  /** The demo's BKPSDM admin and auditor, employees like everyone else. */
  static final String ADMIN_BKPSDM = "199002022015031028";
  static final String AUDITOR = "198805052012122029";
  private static final Logger log = LoggerFactory.getLogger(DemoData.class);

  private final InstansiService instansiService;
  private final InstansiRepository instansiRepository;
  private final OrganizationService organization;
  private final AkunService akun;
  private final CycleService cycles;
  private final KinerjaOrganisasiService kinerjaOrganisasi;
  private final String password;
  private final int tahun;
  private final boolean mulaiSiklus;
  private final TransactionTemplate transaksi;

  DemoData(InstansiService instansiService, InstansiRepository instansiRepository, OrganizationService organization,
      AkunService akun, CycleService cycles, KinerjaOrganisasiService kinerjaOrganisasi, @Value("${demo.password}") String password,
      @Value("${demo.tahun:0}") int tahun, @Value("${demo.mulai-siklus:true}") boolean mulaiSiklus,
      PlatformTransactionManager transactionManager) {
    this.transaksi = new TransactionTemplate(transactionManager);
    this.instansiService = instansiService;
    this.instansiRepository = instansiRepository;
    this.organization = organization;
    this.akun = akun;
    this.cycles = cycles;
    this.kinerjaOrganisasi = kinerjaOrganisasi;
    this.password = password;
    this.tahun = tahun == 0 ? Year.now().getValue() : tahun;
    this.mulaiSiklus = mulaiSiklus;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (instansiRepository.findByKode(INSTANSI).isEmpty()) transaksi.executeWithoutResult(status -> muat());
    if (mulaiSiklus) {
      // One by one, in this thread: each demo ASN has their cycle (and Tasklist task) as soon as the app is up.
      for (Pegawai p : organization.asnAktif(instansiService.get(INSTANSI))) {
        try {
          var siklus = cycles.mulai(p.getNip(), tahun);
          log.info("Demo {}: siklus SKP {} {}{}", tahun, p.getNama(), siklus.adaYangBaru() ? "dimulai" : "sudah ada",
              siklus.menungguPenilai() ? ", menunggu pejabat penilai" : "");
        } catch (RuntimeException e) {
          log.info("Demo {}: tanpa siklus SKP untuk {}: {}", tahun, p.getNama(), e.getMessage());
        }
      }
      // Each perangkat daerah's year (organization-performance): its Kepala finds each report when it opens.
      kinerjaOrganisasi.mulai(INSTANSI, tahun).forEach(m -> log.info("Demo {}: kinerja organisasi {} {}", tahun, m.unitNama(),
          m.baru() ? "dimulai" : "sudah ada"));
    }
  }

  /** All or nothing, so a failed first start leaves no half demo behind. */
  private void muat() {
    Instansi i = instansiService.buat(INSTANSI, "Pemerintah Kabupaten Bengkalis (Demo)", ZoneId.of("Asia/Jakarta"));
    instansiService.pasangKalender(INSTANSI, "bengkalis-2024", tahun);

    UnitKerja pemda = organization.tambahUnit(i, null, "pemda", "Pemerintah Kabupaten Bengkalis", PEMDA);
    pegawai("197001011990031001", "H. Kasmarni", PEJABAT_NEGARA, pemda, "Bupati", BUPATI, true);

    UnitKerja setda = organization.tambahUnit(i, pemda, "setda", "Sekretariat Daerah", SETDA);
    pegawai("197402202003121007", "Ersan Saputra", PNS, setda, "Sekretaris Daerah", SEKRETARIS_DAERAH, true);
    UnitKerja asisten = organization.tambahUnit(i, setda, "setda-asisten-1", "Asisten Pemerintahan dan Kesejahteraan Rakyat", SETDA);
    pegawai("197505152000031002", "Rina Marlina", PNS, asisten, "Asisten Pemerintahan dan Kesra", JPT_PRATAMA, true);
    UnitKerja tapem = organization.tambahUnit(i, asisten, "setda-tapem", "Bagian Tata Pemerintahan", SETDA);
    pegawai("198003032005011003", "Budi Santoso", PNS, tapem, "Kepala Bagian Tata Pemerintahan", ADMINISTRATOR, true);
    pegawai("199504042020121004", "Siti Aminah", PNS, tapem, "Pengelola Data Pemerintahan", PELAKSANA, false);

    UnitKerja dinkes = organization.tambahUnit(i, pemda, "dinkes", "Dinas Kesehatan", DINAS);
    pegawai("197606062001121005", "dr. Andi Pratama", PNS, dinkes, "Kepala Dinas Kesehatan", KEPALA_PERANGKAT_DAERAH, true);
    pegawai("197707072002122006", "Dewi Lestari", PNS, dinkes, "Epidemiolog Kesehatan Ahli Madya", FUNGSIONAL_AHLI_MADYA, false);
    pegawai("198508082010012007", "Rudi Hartono", PNS, dinkes, "Administrator Kesehatan Ahli Muda", FUNGSIONAL_AHLI_MUDA, false);
    UnitKerja sekdinkes = organization.tambahUnit(i, dinkes, "dinkes-sekretariat", "Sekretariat Dinas Kesehatan", DINAS);
    pegawai("197809092003121008", "Yusuf Hamdani", PNS, sekdinkes, "Sekretaris Dinas Kesehatan", ADMINISTRATOR, true);
    pegawai("199210102019032009", "Nurul Hidayah", PNS, sekdinkes, "Perencana Ahli Pertama", FUNGSIONAL_AHLI_PERTAMA, false);
    UnitKerja umum = organization.tambahUnit(i, sekdinkes, "dinkes-umum", "Subbagian Umum dan Kepegawaian", DINAS);
    pegawai("198211112008011010", "Agus Salim", PNS, umum, "Kepala Subbagian Umum dan Kepegawaian", PENGAWAS, true);
    pegawai("199612122022031011", "Fitri Handayani", PPPK, umum, "Pengadministrasi Perkantoran", PELAKSANA, false);
    pegawai("199101012015042012", "Joko Susilo", PNS, umum, "Arsiparis Terampil", FUNGSIONAL_KETERAMPILAN, false);
    UnitKerja puskesmas = organization.tambahUnit(i, dinkes, "pkm-bengkalis", "UPT Puskesmas Bengkalis", PUSKESMAS);
    pegawai("198302022009022013", "drg. Maya Sari", PNS, puskesmas, "Kepala UPT Puskesmas Bengkalis", KEPALA_UNIT_KERJA_MANDIRI, true);
    pegawai("199803032023212014", "Ratna Dewi", CPNS, puskesmas, "Perawat Terampil", TENAGA_KESEHATAN, false);

    UnitKerja rsud = organization.tambahUnit(i, pemda, "rsud", "RSUD Bengkalis", RSUD);
    pegawai("197204042000031015", "dr. Hendra Gunawan", PNS, rsud, "Direktur RSUD Bengkalis", KEPALA_PERANGKAT_DAERAH, true);
    UnitKerja wadir = organization.tambahUnit(i, rsud, "rsud-wadir-pelayanan", "Wakil Direktur Pelayanan", RSUD);
    pegawai("197905052005012016", "dr. Lina Marlina", PNS, wadir, "Wakil Direktur Pelayanan", ADMINISTRATOR, true);
    UnitKerja yanmed = organization.tambahUnit(i, wadir, "rsud-yanmed", "Bidang Pelayanan Medik", RSUD);
    pegawai("198106062006041017", "dr. Fajar Ramadhan", PNS, yanmed, "Kepala Bidang Pelayanan Medik", ADMINISTRATOR, true);

    UnitKerja kecamatan = organization.tambahUnit(i, pemda, "kec-bantan", "Kecamatan Bantan", KECAMATAN);
    pegawai("197307072001121018", "Syahrul Nizam", PNS, kecamatan, "Camat Bantan", KEPALA_PERANGKAT_DAERAH, true);
    UnitKerja sekcam = organization.tambahUnit(i, kecamatan, "kec-bantan-sekretariat", "Sekretariat Kecamatan Bantan", KECAMATAN);
    pegawai("198008082006041019", "Irwan Setiawan", PNS, sekcam, "Sekretaris Kecamatan Bantan", ADMINISTRATOR, true);
    UnitKerja kelurahan = organization.tambahUnit(i, kecamatan, "kel-selatbaru", "Kelurahan Selatbaru", KELURAHAN);
    pegawai("198409092010011020", "Teguh Prasetyo", PNS, kelurahan, "Lurah Selatbaru", ADMINISTRATOR, true);
    UnitKerja seksi = organization.tambahUnit(i, kelurahan, "kel-selatbaru-pemerintahan", "Seksi Pemerintahan Kelurahan Selatbaru", KELURAHAN);
    pegawai("198710102012122021", "Wulan Sari", PNS, seksi, "Kepala Seksi Pemerintahan", PENGAWAS, true);

    UnitKerja disdik = organization.tambahUnit(i, pemda, "disdik", "Dinas Pendidikan", DINAS);
    pegawai("197111112000121022", "Zulkifli Hasan", PNS, disdik, "Kepala Dinas Pendidikan", KEPALA_PERANGKAT_DAERAH, true);
    UnitKerja sd = organization.tambahUnit(i, disdik, "sdn-1-bengkalis", "SD Negeri 1 Bengkalis", SEKOLAH);
    pegawai("198012122005012023", "Sri Wahyuni", PNS, sd, "Kepala SD Negeri 1 Bengkalis", KEPALA_UNIT_KERJA_MANDIRI, true);
    pegawai("199401012020122024", "Dian Puspita", PPPK, sd, "Tenaga Administrasi Sekolah", TENAGA_KEPENDIDIKAN, false);

    UnitKerja bkpsdm = organization.tambahUnit(i, pemda, "bkpsdm", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", DINAS);
    pegawai("197203032000032026", "Hj. Rosmawati", PNS, bkpsdm, "Kepala BKPSDM", KEPALA_PERANGKAT_DAERAH, true);
    Pegawai admin = pegawai(ADMIN_BKPSDM, "Rahmat Hidayat", PNS, bkpsdm, "Analis SDM Aparatur Ahli Pertama", FUNGSIONAL_AHLI_PERTAMA, false);
    akun.beriPeran(admin.getNip(), JenisPeran.ADMIN_BKPSDM, i);

    UnitKerja inspektorat = organization.tambahUnit(i, pemda, "inspektorat", "Inspektorat Daerah", DINAS);
    pegawai("197404042001121027", "Muhammad Yasir", PNS, inspektorat, "Inspektur Daerah", KEPALA_PERANGKAT_DAERAH, true);
    Pegawai auditor = pegawai(AUDITOR, "Sari Indah Permata", PNS, inspektorat, "Auditor Ahli Muda", FUNGSIONAL_AHLI_MUDA, false);
    akun.beriPeran(auditor.getNip(), JenisPeran.AUDITOR, i);
  }

  private Pegawai pegawai(String nip, String nama, JenisAsn jenis, UnitKerja unit, String jabatan, KelasJabatan kelas, boolean kepala) {
    Pegawai p = organization.tambahPegawai(nip, nama, jenis, unit, jabatan, kelas, kepala);
    akun.setelKataSandi(nip, password, "demo");
    return p;
  }
}
