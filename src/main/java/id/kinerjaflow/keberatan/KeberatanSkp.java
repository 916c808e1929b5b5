package id.kinerjaflow.keberatan;

import id.kinerjaflow.evaluation.EvaluasiAkhir;
import id.kinerjaflow.evaluation.EvaluasiAkhirRepository;
import id.kinerjaflow.instansi.Tenggat;
import id.kinerjaflow.web.NotFoundException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What {@code skp-objection} reads, as expressions on this bean: the window's close (timer and due date,
 * {@code ${keberatanSkp.batasPengajuan(skpId)}}: {@code kinerja.keberatan.hari} days after the day the final predicate
 * was made final, from the final evaluation, never a copied date), the response and decision due dates, whether the
 * employee objected, and the superior the objection went to. Each deadline locks at 00:00 after its day in the
 * instansi's time zone, like the calendar's ({@link Tenggat}).
 */
@Component("keberatanSkp")
@Transactional(readOnly = true)
public class KeberatanSkp {
  private final EvaluasiAkhirRepository akhirRepository;
  private final KeberatanRepository keberatanRepository;
  private final KeberatanProperties aturan;

  KeberatanSkp(EvaluasiAkhirRepository akhirRepository, KeberatanRepository keberatanRepository, KeberatanProperties aturan) {
    this.akhirRepository = akhirRepository;
    this.keberatanRepository = keberatanRepository;
    this.aturan = aturan;
  }

  public Date batasPengajuan(long skpId) { return tenggatPengajuan(skpId).terkunciPada(); }

  public Date batasTanggapan(long skpId) { return tenggatTanggapan(keberatan(skpId)).terkunciPada(); }

  public Date batasKeputusan(long skpId) { return tenggatKeputusan(keberatan(skpId)).terkunciPada(); }

  /** skp-annual-cycle's Gateway_PredicateRated: the SKP has a rated predicate made final, so its employee may object. */
  public boolean dapatDibuka(long skpId) {
    return akhirRepository.findBySkpId(skpId).filter(a -> a.isFinal() && a.getPredikat() != null).isPresent();
  }

  /** Gateway_ObjectionFiled: the employee objected (rather than accepting the predicate). */
  public boolean diajukan(long skpId) { return keberatan(skpId).getStatus() == StatusKeberatan.DIAJUKAN; }

  /** The atasan pejabat penilai the objection went to; null when nobody stands above the appraiser. */
  public String atasanNip(long skpId) {
    Keberatan k = keberatan(skpId);
    return k.getAtasan() == null ? null : k.getAtasan().getNip();
  }

  /** The last day to object: the day the predicate was made final plus {@code hari} days. */
  public Tenggat tenggatPengajuan(long skpId) {
    EvaluasiAkhir akhir = akhirRepository.findBySkpId(skpId)
        .orElseThrow(() -> new NotFoundException("Evaluasi akhir untuk SKP " + skpId + " tidak ditemukan."));
    if (!akhir.isFinal()) throw new IllegalStateException("Predikat akhir SKP " + skpId + " belum ditetapkan final");
    return setelah(akhir.getDitetapkanPada(), aturan.hari(), zona(akhir));
  }

  Tenggat tenggatTanggapan(Keberatan k) { return setelah(k.getDiajukanPada(), aturan.hariTanggapan(), zona(k)); }

  Tenggat tenggatKeputusan(Keberatan k) { return setelah(k.getDiajukanPada(), aturan.hariKeputusan(), zona(k)); }

  int hari() { return aturan.hari(); }

  private Keberatan keberatan(long skpId) {
    return keberatanRepository.findBySkpId(skpId)
        .orElseThrow(() -> new NotFoundException("Masa keberatan SKP " + skpId + " belum dibuka."));
  }

  private static Tenggat setelah(Instant pada, int hari, ZoneId zona) {
    return new Tenggat(LocalDate.ofInstant(pada, zona).plusDays(hari), zona);
  }

  private static ZoneId zona(EvaluasiAkhir akhir) { return akhir.getSkp().getPegawai().getInstansi().zona(); }

  private static ZoneId zona(Keberatan k) { return k.getSkp().getPegawai().getInstansi().zona(); }
}
