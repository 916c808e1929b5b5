package id.kinerjaflow.instansi;

import static id.kinerjaflow.process.Variables.*;

import id.kinerjaflow.process.AtasNamaPengguna;
import id.kinerjaflow.process.Pengingat;
import id.kinerjaflow.process.SkpAnnualCycleProcess;
import id.kinerjaflow.process.SkpFinalEvaluationProcess;
import id.kinerjaflow.process.SkpPeriodicEvaluationProcess;
import id.kinerjaflow.process.SkpPlanningProcess;
import id.kinerjaflow.web.ConflictException;
import id.kinerjaflow.web.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves a deadline of an instansi's calendar, with a reason. The calendar changes (audited), every running
 * timer for that deadline moves, the open tasks get the new due date, and the change is recorded.
 * Processes that have not reached the deadline yet read the new date from the calendar when they do.
 */
@Service
@Transactional
public class TenggatService {
  /** An admin's change: for a period, {@code batasLaporan} defaults to the old one moved by as many days as {@code batas}. */
  public record Perubahan(JenisTenggat jenis, Integer urutan, LocalDate batasLaporan, LocalDate batas, String alasan) {}

  private final InstansiService instansi;
  private final PerubahanTenggatRepository perubahanRepository;
  private final RuntimeService runtimeService;
  private final ManagementService managementService;
  private final TaskService taskService;
  private final AtasNamaPengguna atasNama;
  private final Pengingat pengingat;

  TenggatService(InstansiService instansi, PerubahanTenggatRepository perubahanRepository, RuntimeService runtimeService,
      ManagementService managementService, TaskService taskService, Pengingat pengingat, AtasNamaPengguna atasNama) {
    this.atasNama = atasNama;
    this.instansi = instansi;
    this.perubahanRepository = perubahanRepository;
    this.runtimeService = runtimeService;
    this.managementService = managementService;
    this.taskService = taskService;
    this.pengingat = pengingat;
  }

  public PerubahanTenggat ubah(String instansiKode, int tahun, Perubahan p, String oleh) {
    Kalender k = instansi.kalender(instansiKode, tahun);
    if (p.jenis() != JenisTenggat.PERIODE && p.urutan() != null) {
      throw new InvalidInputException("urutan", "urutan periode hanya diisi untuk jenis PERIODE");
    }
    if (p.jenis() != JenisTenggat.PERIODE && p.batasLaporan() != null) {
      throw new InvalidInputException("batasLaporan", "batas pelaporan hanya diisi untuk jenis PERIODE");
    }
    pastikanMasihAkanDatang(k, p.batas(), "batas");
    return switch (p.jenis()) {
      case RENCANA -> ubahRencana(k, p, oleh);
      case FINAL -> ubahFinal(k, p, oleh);
      case PERIODE -> ubahPeriode(k, p, oleh);
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
    Date terkunci = k.tenggat(p.batas()).terkunciPada();
    List<String> ingat = pengingat.sebelum(terkunci);
    int n = pindahkan(SkpPlanningProcess.PROCESS_ID, KALENDER_ID, k.getId(),
        Map.of(SkpPlanningProcess.TIMER_DEADLINE, List.of(terkunci), SkpPlanningProcess.TIMER_REMINDER, tanggal(ingat)),
        Map.of(BATAS_RENCANA, terkunci, PENGINGAT_RENCANA, ingat),
        Map.of(SkpPlanningProcess.TASK_DRAFT, terkunci, SkpPlanningProcess.TASK_REVIEW, terkunci, SkpPlanningProcess.TASK_REVISE, terkunci));
    // Cycles still waiting for their appraiser start planning later, with the new deadline.
    n += pindahkan(SkpAnnualCycleProcess.PROCESS_ID, KALENDER_ID, k.getId(), Map.of(), Map.of(BATAS_RENCANA, terkunci, PENGINGAT_RENCANA, ingat),
        Map.of(SkpAnnualCycleProcess.TASK_DETERMINE_APPRAISER, terkunci), SkpAnnualCycleProcess.TASK_DETERMINE_APPRAISER);
    return catat(k, p, null, null, lama, oleh, n);
  }

  private PerubahanTenggat ubahFinal(Kalender k, Perubahan p, String oleh) {
    LocalDate lama = k.getBatasFinal();
    pastikanBelumLewat(k.tenggat(lama), "Batas penilaian akhir");
    KalenderPeriode terakhir = k.getPeriode().get(k.getPeriode().size() - 1);
    tidakSebelum("batas penilaian akhir", p.batas(), "penilaian akhir dibuka", k.getPenilaianAkhirDibuka());
    tidakSebelum("batas penilaian akhir", p.batas(), "batas periode " + nama(k, terakhir), terakhir.getBatas());
    k.ubahBatasFinal(p.batas());
    Date terkunci = k.tenggat(p.batas()).terkunciPada();
    List<String> ingat = pengingat.sebelum(terkunci);
    int n = pindahkan(SkpFinalEvaluationProcess.PROCESS_ID, KALENDER_ID, k.getId(),
        Map.of(SkpFinalEvaluationProcess.TIMER_DEADLINE, List.of(terkunci), SkpFinalEvaluationProcess.TIMER_REMINDER, tanggal(ingat)),
        Map.of(BATAS_FINAL, terkunci, PENGINGAT_AKHIR, ingat),
        Map.of(SkpFinalEvaluationProcess.TASK_RATE, terkunci));
    return catat(k, p, null, null, lama, oleh, n);
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
    Date laporanDitutup = k.tenggat(laporanBaru).terkunciPada();
    Date terkunci = k.tenggat(p.batas()).terkunciPada();
    List<String> ingat = pengingat.sebelum(laporanDitutup, terkunci);
    int n = pindahkan(SkpPeriodicEvaluationProcess.PROCESS_ID, KALENDER_PERIODE_ID, periode.getId(),
        Map.of(SkpPeriodicEvaluationProcess.TIMER_REPORT_DEADLINE, List.of(laporanDitutup),
            SkpPeriodicEvaluationProcess.TIMER_DEADLINE, List.of(terkunci), SkpPeriodicEvaluationProcess.TIMER_REMINDER, tanggal(ingat)),
        Map.of(BATAS_LAPORAN, laporanDitutup, BATAS_PERIODE, terkunci, PENGINGAT_PERIODE, ingat),
        Map.of(SkpPeriodicEvaluationProcess.TASK_REPORT, laporanDitutup, SkpPeriodicEvaluationProcess.TASK_RATE, terkunci));
    return catat(k, p, laporanLama, laporanBaru, lama, oleh, n);
  }

  /**
   * Moves the timers, variables and task due dates of every running instance bound to the calendar (period), or only
   * of those waiting in {@code diAktivitas}. An activity's timers take the new dates in order; reminders that already
   * fired leave the later dates to the rest.
   */
  private int pindahkan(String proses, String variabel, long id, Map<String, List<Date>> timer, Map<String, Object> variabelBaru,
      Map<String, Date> tenggatTugas, String... diAktivitas) {
    var query = runtimeService.createProcessInstanceQuery().processDefinitionKey(proses).variableValueEquals(variabel, id);
    List<ProcessInstance> berjalan = (diAktivitas.length == 0 ? query : query.activityIdIn(diAktivitas)).list();
    atasNama.jalankan(() -> berjalan.forEach(pi -> {
      timer.forEach((aktivitas, waktu) -> {
        List<Job> jobs = managementService.createJobQuery().processInstanceId(pi.getId()).activityId(aktivitas).orderByJobDuedate().asc().list();
        int geser = Math.max(0, waktu.size() - jobs.size());
        for (int i = 0; i < Math.min(jobs.size(), waktu.size()); i++) managementService.setJobDuedate(jobs.get(i).getId(), waktu.get(geser + i));
      });
      runtimeService.setVariables(pi.getId(), variabelBaru);
      taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKeyIn(tenggatTugas.keySet().toArray(String[]::new))
          .list().forEach(task -> {
            task.setDueDate(tenggatTugas.get(task.getTaskDefinitionKey()));
            taskService.saveTask(task);
          });
    }));
    return berjalan.size();
  }

  private static List<Date> tanggal(List<String> iso) { return iso.stream().map(t -> Date.from(Instant.parse(t))).toList(); }

  private PerubahanTenggat catat(Kalender k, Perubahan p, LocalDate laporanLama, LocalDate laporanBaru, LocalDate lama,
      String oleh, int n) {
    return perubahanRepository.save(new PerubahanTenggat(k, p.jenis(), p.urutan(), laporanLama, laporanBaru, lama, p.batas(),
        p.alasan(), oleh, ClockUtil.getCurrentTime().toInstant(), n));
  }

  private static void pastikanMasihAkanDatang(Kalender k, LocalDate batas, String field) {
    if (k.tenggat(batas).sudahLewat()) {
      throw new InvalidInputException(field, "tanggal " + Tenggat.format(batas) + " sudah lewat; pilih tanggal yang akan datang");
    }
  }

  /** A deadline that has passed stays as it was: what it locked or flagged has already happened. */
  private static void pastikanBelumLewat(Tenggat lama, String apa) {
    if (lama.sudahLewat()) {
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
