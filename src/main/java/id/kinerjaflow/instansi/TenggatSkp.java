package id.kinerjaflow.instansi;

import id.kinerjaflow.process.Pengingat;
import id.kinerjaflow.web.NotFoundException;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calendar's dates as the process models read them: every timer ({@code timeDate}), task due date and reminder date
 * is an expression on this bean, e.g. {@code ${tenggatSkp.batasPeriode(kalenderPeriodeId)}}, so the calendar is their one
 * source. After a deadline change the engine recalculates the timers from these expressions ({@link HitungUlangTenggat}).
 * A deadline's date is its lock instant, 00:00 after the deadline day in the instansi's time zone.
 */
@Component("tenggatSkp")
@Transactional(readOnly = true)
public class TenggatSkp {
  /** A period's reminder: which of its deadlines, and how many days before it, e.g. {@code LAPORAN-7}. */
  private static final String LAPORAN = "LAPORAN-";
  private static final String PERIODE = "PERIODE-";

  private final KalenderRepository kalenderRepository;
  private final KalenderPeriodeRepository periodeRepository;
  private final KalenderCapaianRepository capaianRepository;
  private final Pengingat pengingat;

  TenggatSkp(KalenderRepository kalenderRepository, KalenderPeriodeRepository periodeRepository,
      KalenderCapaianRepository capaianRepository, Pengingat pengingat) {
    this.kalenderRepository = kalenderRepository;
    this.periodeRepository = periodeRepository;
    this.capaianRepository = capaianRepository;
    this.pengingat = pengingat;
  }

  public Date batasRencana(long kalenderId) {
    Kalender k = kalender(kalenderId);
    return k.tenggat(k.getBatasRencana()).terkunciPada();
  }

  public Date penilaianAkhirDibuka(long kalenderId) {
    Kalender k = kalender(kalenderId);
    return Tenggat.awalHari(k.getPenilaianAkhirDibuka(), k.getInstansi().zona());
  }

  public Date batasFinal(long kalenderId) {
    Kalender k = kalender(kalenderId);
    return k.tenggat(k.getBatasFinal()).terkunciPada();
  }

  public Date laporanDibuka(long kalenderPeriodeId) {
    KalenderPeriode p = periode(kalenderPeriodeId);
    return Tenggat.awalHari(p.getLaporanDibuka(), p.getKalender().getInstansi().zona());
  }

  public Date batasLaporan(long kalenderPeriodeId) { return periode(kalenderPeriodeId).tenggatLaporan().terkunciPada(); }

  public Date batasPeriode(long kalenderPeriodeId) { return periode(kalenderPeriodeId).tenggat().terkunciPada(); }

  /** A coaching's or counselling's due date (performance-coaching), after the period {@code kalenderPeriodeId} was rated. */
  public Date batasPembinaan(long kalenderPeriodeId) { return tenggatSesudah(periode(kalenderPeriodeId)).terkunciPada(); }

  /** The deadline after a period's: the next period's, or the final deadline after the year's last period. */
  public static Tenggat tenggatSesudah(KalenderPeriode p) {
    Kalender k = p.getKalender();
    return p.getUrutan() < k.getPeriode().size() ? k.periode(p.getUrutan() + 1).tenggat() : k.tenggat(k.getBatasFinal());
  }

  /** The plan's and the final rating's reminders: days before the deadline ({@code kinerja.pengingat-hari-sebelum-batas}). */
  public List<Integer> hariPengingat() { return pengingat.hari(); }

  public Date pengingatRencana(long kalenderId, int hariSebelum) { return sebelum(batasRencana(kalenderId), hariSebelum); }

  public Date pengingatAkhir(long kalenderId, int hariSebelum) { return sebelum(batasFinal(kalenderId), hariSebelum); }

  /**
   * A period's reminders, before its report deadline and before its rating deadline: {@code LAPORAN-7}, {@code PERIODE-1}, …
   * Where the two deadlines fall on one day, two reminders fall at one instant; a task is reminded once a day
   * ({@code RemindOpenTasksDelegate}), so a deadline change may part or join them without losing or doubling one.
   */
  public List<String> pengingatPeriode() {
    return Stream.of(LAPORAN, PERIODE).flatMap(batas -> pengingat.hari().stream().map(h -> batas + h)).toList();
  }

  public Date tanggalPengingatPeriode(long kalenderPeriodeId, String pengingat) {
    int hari = Integer.parseInt(pengingat.substring(pengingat.indexOf('-') + 1));
    if (pengingat.startsWith(LAPORAN)) return sebelum(batasLaporan(kalenderPeriodeId), hari);
    if (pengingat.startsWith(PERIODE)) return sebelum(batasPeriode(kalenderPeriodeId), hari);
    throw new IllegalArgumentException("pengingat periode tidak dikenal: " + pengingat);
  }

  /** The calendar's reports of Capaian Kinerja Organisasi (quarters, then the year): their ids, in order. */
  public List<Long> periodeCapaian(long kalenderId) {
    return kalender(kalenderId).getCapaianOrganisasi().stream().map(KalenderCapaian::getId).toList();
  }

  public Date capaianDibuka(long kalenderCapaianId) {
    KalenderCapaian c = capaian(kalenderCapaianId);
    return Tenggat.awalHari(c.getDibuka(), c.getKalender().getInstansi().zona());
  }

  public Date batasCapaian(long kalenderCapaianId) { return capaian(kalenderCapaianId).tenggat().terkunciPada(); }

  public Date pengingatCapaian(long kalenderCapaianId, int hariSebelum) { return sebelum(batasCapaian(kalenderCapaianId), hariSebelum); }

  private static Date sebelum(Date batas, int hari) { return Date.from(batas.toInstant().minus(Duration.ofDays(hari))); }

  private Kalender kalender(long id) {
    return kalenderRepository.findById(id).orElseThrow(() -> new NotFoundException("Kalender " + id + " tidak ditemukan"));
  }

  private KalenderCapaian capaian(long id) {
    return capaianRepository.findById(id).orElseThrow(() -> new NotFoundException("Tenggat capaian organisasi " + id + " tidak ditemukan"));
  }

  private KalenderPeriode periode(long id) {
    return periodeRepository.findById(id).orElseThrow(() -> new NotFoundException("Periode kalender " + id + " tidak ditemukan"));
  }
}
