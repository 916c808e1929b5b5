package id.kinerjaflow.cycle;

import id.kinerjaflow.planning.Kedudukan;
import jakarta.persistence.*;
import java.time.Instant;

/** What a launch did for one employee, per cycle (an acting official has two); written in that employee's job. */
@Entity
class HasilPeluncuran {
  enum Jenis { DIMULAI, SUDAH_ADA, MENUNGGU_PENILAI, PMM }

  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  private long pekerjaanLatarId;
  private String nip;
  private String nama;
  @Enumerated(EnumType.STRING) private Jenis hasil;
  @Enumerated(EnumType.STRING) private Kedudukan kedudukan;
  private String jabatan;
  private Long skpId;
  private String processInstanceId;
  private boolean menungguPenilai;
  /** PMM: the rule's group; MENUNGGU_PENILAI: why no appraiser was found. */
  private String alasan;
  private Instant dicatat;

  protected HasilPeluncuran() {}

  HasilPeluncuran(long pekerjaanLatarId, String nip, String nama, Jenis hasil, CycleService.Siklus siklus, String alasan,
      Instant dicatat) {
    this.pekerjaanLatarId = pekerjaanLatarId;
    this.nip = nip;
    this.nama = nama;
    this.hasil = hasil;
    if (siklus != null) {
      kedudukan = siklus.kedudukan();
      jabatan = siklus.jabatan();
      skpId = siklus.skpId();
      processInstanceId = siklus.processInstanceId();
      menungguPenilai = siklus.menungguPenilai();
    }
    this.alasan = alasan;
    this.dicatat = dicatat;
  }

  String getNip() { return nip; }
  String getNama() { return nama; }
  Jenis getHasil() { return hasil; }
  String getAlasan() { return alasan; }
  Long getSkpId() { return skpId; }

  CycleService.Siklus siklus(int tahun) {
    return new CycleService.Siklus(skpId, nip, tahun, kedudukan, jabatan, processInstanceId, hasil != Jenis.SUDAH_ADA,
        menungguPenilai, null);
  }
}
