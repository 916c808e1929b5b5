package id.kinerjaflow.instansi;

import static id.kinerjaflow.process.Variables.*;

import id.kinerjaflow.latar.PekerjaanLatar;
import id.kinerjaflow.latar.PekerjaanLatarService;
import id.kinerjaflow.process.OrganizationPerformanceProcess;
import id.kinerjaflow.process.PerformanceCoachingProcess;
import id.kinerjaflow.process.SkpAnnualCycleProcess;
import id.kinerjaflow.process.SkpFinalEvaluationProcess;
import id.kinerjaflow.process.SkpPeriodicEvaluationProcess;
import id.kinerjaflow.process.SkpPlanningProcess;
import id.kinerjaflow.web.ConflictException;
import id.kinerjaflow.web.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves a deadline of an instansi's calendar, with a reason. The calendar changes (audited) and the change is recorded;
 * the models' timers and due dates read the calendar ({@link TenggatSkp}), so processes that reach the deadline later
 * take the new date, and the running ones bound to it are recalculated by the engine in the background
 * ({@link HitungUlangTenggat}, one job per process), whose progress the change names.
 */
@Service
@Transactional
public class TenggatService {
  /** An admin's change: for a period, {@code batasLaporan} defaults to the old one moved by as many days as {@code batas}. */
  public record Perubahan(JenisTenggat jenis, Integer urutan, LocalDate batasLaporan, LocalDate batas, String alasan) {}

  private final InstansiService instansi;
  private final PerubahanTenggatRepository perubahanRepository;
  private final RuntimeService runtimeService;
  private final PekerjaanLatarService latar;
  private final Clock jam;

  TenggatService(InstansiService instansi, PerubahanTenggatRepository perubahanRepository, RuntimeService runtimeService,
      PekerjaanLatarService latar, Clock jam) {
    this.instansi = instansi;
    this.perubahanRepository = perubahanRepository;
    this.runtimeService = runtimeService;
    this.latar = latar;
    this.jam = jam;
  }

  public PerubahanTenggat ubah(String instansiKode, int tahun, Perubahan p, String oleh) {
    Kalender k = instansi.kalender(instansiKode, tahun);
    boolean berurutan = p.jenis() == JenisTenggat.PERIODE || p.jenis() == JenisTenggat.CAPAIAN_ORGANISASI;
    if (!berurutan && p.urutan() != null) {
      throw new InvalidInputException("urutan", "urutan hanya diisi untuk jenis PERIODE dan CAPAIAN_ORGANISASI");
    }
    if (p.jenis() != JenisTenggat.PERIODE && p.batasLaporan() != null) {
      throw new InvalidInputException("batasLaporan", "batas pelaporan hanya diisi untuk jenis PERIODE");
    }
    pastikanMasihAkanDatang(k, p.batas(), "batas");
    return switch (p.jenis()) {
      case RENCANA -> ubahRencana(k, p, oleh);
      case FINAL -> ubahFinal(k, p, oleh);
      case PERIODE -> ubahPeriode(k, p, oleh);
      case CAPAIAN_ORGANISASI -> ubahCapaian(k, p, oleh);
    };
  }

  @Transactional(readOnly = true)
  public List<PerubahanTenggat> riwayat(String instansiKode, int tahun) {
    return perubahanRepository.findByKalenderOrderById(instansi.kalender(instansiKode, tahun));
  }

  private PerubahanTenggat ubahRencana(Kalender k, Perubahan p, String oleh) {
    LocalDate lama = k.getBatasRencana();
    pastikanBelumLewat(k.tenggat(lama), "Batas penetapan SKP");
    KalenderPeriode pertama = k.getPeriode().get(0);
    tidakSesudah("batas penetapan SKP", p.batas(), "batas periode " + nama(k, pertama), pertama.getBatas());
    k.ubahBatasRencana(p.batas());
    // Cycles still waiting for their appraiser: the task's due date (planning starts later and reads the calendar).
    List<String> berjalan = Stream.concat(berjalan(SkpPlanningProcess.PROCESS_ID, KALENDER_ID, k.getId()).stream(),
        berjalan(SkpAnnualCycleProcess.PROCESS_ID, KALENDER_ID, k.getId(), SkpAnnualCycleProcess.TASK_DETERMINE_APPRAISER).stream()).toList();
    return catat(k, p, null, null, lama, oleh, "batas penetapan SKP " + k.getTahun(), berjalan);
  }

  private PerubahanTenggat ubahFinal(Kalender k, Perubahan p, String oleh) {
    LocalDate lama = k.getBatasFinal();
    pastikanBelumLewat(k.tenggat(lama), "Batas penilaian akhir");
    KalenderPeriode terakhir = k.getPeriode().get(k.getPeriode().size() - 1);
    tidakSebelum("batas penilaian akhir", p.batas(), "penilaian akhir dibuka", k.getPenilaianAkhirDibuka());
    tidakSebelum("batas penilaian akhir", p.batas(), "batas periode " + nama(k, terakhir), terakhir.getBatas());
    k.ubahBatasFinal(p.batas());
    return catat(k, p, null, null, lama, oleh, "batas penilaian akhir " + k.getTahun(),
        Stream.concat(berjalan(SkpFinalEvaluationProcess.PROCESS_ID, KALENDER_ID, k.getId()).stream(),
            pembinaanSebelum(terakhir.getUrutan() + 1, k).stream()).toList());
  }

  private PerubahanTenggat ubahPeriode(Kalender k, Perubahan p, String oleh) {
    if (p.urutan() == null) throw new InvalidInputException("urutan", "urutan periode wajib diisi untuk jenis PERIODE");
    KalenderPeriode periode = k.periode(p.urutan());
    pastikanBelumLewat(periode.tenggat(), "Batas periode " + nama(k, periode));
    String batasIni = "batas periode " + nama(k, periode);
    tidakSebelum(batasIni, p.batas(), "laporan periode itu dibuka", periode.getLaporanDibuka());
    if (p.urutan() == 1) {
      tidakSebelum(batasIni, p.batas(), "batas penetapan SKP", k.getBatasRencana());
    } else {
      KalenderPeriode sebelum = k.periode(p.urutan() - 1);
      tidakSebelum(batasIni, p.batas(), "batas periode " + nama(k, sebelum), sebelum.getBatas());
    }
    if (p.urutan() < k.getPeriode().size()) {
      KalenderPeriode sesudah = k.periode(p.urutan() + 1);
      tidakSesudah(batasIni, p.batas(), "batas periode " + nama(k, sesudah), sesudah.getBatas());
    }
    tidakSesudah(batasIni, p.batas(), "batas penilaian akhir", k.getBatasFinal());
    LocalDate laporanLama = periode.getBatasLaporan();
    LocalDate laporanBaru = p.batasLaporan() != null ? p.batasLaporan()
        : laporanLama.plusDays(ChronoUnit.DAYS.between(periode.getBatas(), p.batas()));
    pastikanMasihAkanDatang(k, laporanBaru, "batasLaporan");
    if (laporanBaru.isAfter(p.batas())) {
      throw new InvalidInputException("batasLaporan", "batas pelaporan " + Tenggat.format(laporanBaru)
          + " tidak boleh sesudah batas penilaian " + Tenggat.format(p.batas()));
    }
    if (laporanBaru.isBefore(periode.getLaporanDibuka())) {
      throw new InvalidInputException("batasLaporan", "batas pelaporan " + Tenggat.format(laporanBaru)
          + " tidak boleh sebelum laporan dibuka (" + Tenggat.format(periode.getLaporanDibuka()) + ")");
    }
    LocalDate lama = periode.getBatas();
    periode.ubahBatas(laporanBaru, p.batas());
    return catat(k, p, laporanLama, laporanBaru, lama, oleh, batasIni,
        Stream.concat(berjalan(SkpPeriodicEvaluationProcess.PROCESS_ID, KALENDER_PERIODE_ID, periode.getId()).stream(),
            pembinaanSebelum(p.urutan(), k).stream()).toList());
  }

  /** A report of the organisation's achievement: open from its {@code dibuka}, at the latest by the final deadline. */
  private PerubahanTenggat ubahCapaian(Kalender k, Perubahan p, String oleh) {
    if (p.urutan() == null) {
      throw new InvalidInputException("urutan", "urutan wajib diisi untuk jenis CAPAIAN_ORGANISASI (1–" + k.getCapaianOrganisasi().size() + ")");
    }
    KalenderCapaian capaian = k.capaianOrganisasi(p.urutan());
    String batasIni = "batas laporan capaian kinerja organisasi " + capaian.namaLengkap();
    pastikanBelumLewat(capaian.tenggat(), "Batas laporan capaian kinerja organisasi " + capaian.namaLengkap());
    tidakSebelum(batasIni, p.batas(), "laporannya dibuka", capaian.getDibuka());
    tidakSesudah(batasIni, p.batas(), "batas penilaian akhir", k.getBatasFinal());
    LocalDate lama = capaian.getBatas();
    capaian.ubahBatas(p.batas());
    return catat(k, p, null, null, lama, oleh, batasIni, berjalan(OrganizationPerformanceProcess.PROCESS_ID, KALENDER_ID, k.getId()));
  }

  /** Coaching opened after the period before {@code urutan}: due by this deadline (tenggatSkp.batasPembinaan). */
  private List<String> pembinaanSebelum(int urutan, Kalender k) {
    return urutan < 2 ? List.of() : berjalan(PerformanceCoachingProcess.PROCESS_ID, KALENDER_PERIODE_ID, k.periode(urutan - 1).getId());
  }

  /** The running instances bound to the calendar (period), or only those waiting in {@code diAktivitas}. */
  private List<String> berjalan(String proses, String variabel, long id, String... diAktivitas) {
    var query = runtimeService.createProcessInstanceQuery().processDefinitionKey(proses).variableValueEquals(variabel, id);
    return (diAktivitas.length == 0 ? query : query.activityIdIn(diAktivitas)).list().stream().map(ProcessInstance::getId).toList();
  }

  /** Records the change, and starts the recalculation of the running processes' timers and due dates. */
  private PerubahanTenggat catat(Kalender k, Perubahan p, LocalDate laporanLama, LocalDate laporanBaru, LocalDate lama,
      String oleh, String apa, List<String> berjalan) {
    PekerjaanLatar pekerjaan = latar.mulai(HitungUlangTenggat.JENIS, k.getInstansi().getKode(),
        "Hitung ulang tenggat proses berjalan: " + apa + " menjadi " + Tenggat.format(p.batas()), berjalan, oleh);
    return perubahanRepository.save(new PerubahanTenggat(k, p.jenis(), p.urutan(), laporanLama, laporanBaru, lama, p.batas(),
        p.alasan(), oleh, jam.instant(), berjalan.size(), pekerjaan));
  }

  private void pastikanMasihAkanDatang(Kalender k, LocalDate batas, String field) {
    if (k.tenggat(batas).sudahLewat(jam)) {
      throw new InvalidInputException(field, "tanggal " + Tenggat.format(batas) + " sudah lewat; pilih tanggal yang akan datang");
    }
  }

  /** A deadline that has passed stays as it was: what it locked or flagged has already happened. */
  private void pastikanBelumLewat(Tenggat lama, String apa) {
    if (lama.sudahLewat(jam)) {
      throw new ConflictException(apa + " (" + lama.teks() + ") sudah lewat; tenggat yang sudah lewat tidak dapat diubah.");
    }
  }

  /*
   * The year's work runs in order: plan, each period in turn, then the final rating from 1 January. A new date out of
   * that order would lock work before it can be done: 400 naming both dates, nothing changed.
   */
  private static void tidakSebelum(String apa, LocalDate baru, String acuan, LocalDate tanggalAcuan) {
    if (baru.isBefore(tanggalAcuan)) tolakUrutan(apa, baru, "sebelum", acuan, tanggalAcuan);
  }

  private static void tidakSesudah(String apa, LocalDate baru, String acuan, LocalDate tanggalAcuan) {
    if (baru.isAfter(tanggalAcuan)) tolakUrutan(apa, baru, "sesudah", acuan, tanggalAcuan);
  }

  private static void tolakUrutan(String apa, LocalDate baru, String arah, String acuan, LocalDate tanggalAcuan) {
    throw new InvalidInputException("batas", apa + " (" + Tenggat.format(baru) + ") tidak boleh " + arah + " " + acuan
        + " (" + Tenggat.format(tanggalAcuan) + ")");
  }

  private static String nama(Kalender k, KalenderPeriode periode) { return periode.getNama() + " " + k.getTahun(); }
}
