package id.kinerjaflow.organization;

import id.kinerjaflow.instansi.Instansi;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The organisation of an instansi changed: a mutasi, a CSV import that changed something, a delegation switched on or off.
 * Published in the change's transaction; listeners run in it (the cycle package moves open SKP to their new appraiser)
 * and report what they did with {@link #laporkan}, which the change's answer shows as {@code penilai}. So
 * {@code organization} does not depend on who follows it.
 */
public final class OrganisasiBerubah {
  private final Instansi instansi;
  private final String alasan;
  private final String oleh;
  private AkibatPenilai akibat = AkibatPenilai.TIDAK_ADA;

  private OrganisasiBerubah(Instansi instansi, String alasan, String oleh) {
    this.instansi = instansi;
    this.alasan = alasan;
    this.oleh = oleh;
  }

  /** Publishes the change; the answer is what the listeners reported. */
  static AkibatPenilai umumkan(ApplicationEventPublisher events, Instansi instansi, String alasan, String oleh) {
    OrganisasiBerubah perubahan = new OrganisasiBerubah(instansi, alasan, oleh);
    events.publishEvent(perubahan);
    return perubahan.akibat;
  }

  public Instansi instansi() { return instansi; }
  /** Why, for the records of what follows: "Mutasi … menjadi …", "Impor pegawai dari CSV", "Delegasi penilai baris …". */
  public String alasan() { return alasan; }
  public String oleh() { return oleh; }

  public void laporkan(AkibatPenilai akibat) { this.akibat = akibat; }
}
