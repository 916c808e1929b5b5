package id.kinerjaflow.cycle;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A launch of an instansi's cycles for a year: the background work that starts them, one job per active ASN. */
@Entity
class PeluncuranSiklus {
  @Id private Long pekerjaanLatarId;
  private String instansi;
  private int tahun;

  protected PeluncuranSiklus() {}

  PeluncuranSiklus(long pekerjaanLatarId, String instansi, int tahun) {
    this.pekerjaanLatarId = pekerjaanLatarId;
    this.instansi = instansi;
    this.tahun = tahun;
  }

  long getPekerjaanLatarId() { return pekerjaanLatarId; }
  int getTahun() { return tahun; }
}
