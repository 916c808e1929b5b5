package id.kinerjaflow.instansi;

import java.time.LocalDate;
import java.util.List;

/**
 * A regional calendar as written in its circular, loaded from {@code presets/*.yml}. Period names
 * carry no year, so a preset can be moved to another year.
 */
public record KalenderPreset(
    String kode,
    String nama,
    String sumber,
    int tahun,
    JenisPeriode jenisPeriode,
    LocalDate batasRencana,
    LocalDate batasFinal,
    /** Annual targets are verified by BKPSDM after the appraiser approves (Sungai Penuh). */
    boolean verifikasiTarget,
    /** The predicate distribution curve binds: calibration is refused while outside it (Lima Puluh Kota); else only recorded. */
    boolean kurvaMengikat,
    String catatan,
    /** Notes on a date the circular does not state as such: a reading ("Tafsiran: …") or a placeholder ("Sementara: …"). */
    String catatanBatasRencana,
    String catatanBatasFinal,
    List<Periode> periode,
    /**
     * The Kepala Perangkat Daerah's reports of Capaian Kinerja Organisasi: each quarter, then the year ({@code tahunan}),
     * open from {@code dibuka} through {@code batas} (Lima Puluh Kota point 9: the 10th of the evaluation month).
     */
    List<PeriodeCapaian> capaianOrganisasi) {

  public KalenderPreset {
    capaianOrganisasi = capaianOrganisasi == null ? List.of() : capaianOrganisasi;
  }

  public record PeriodeCapaian(String nama, boolean tahunan, LocalDate dibuka, LocalDate batas) {
    PeriodeCapaian geser(long tahun) { return new PeriodeCapaian(nama, tahunan, dibuka.plusYears(tahun), akhirBulanJikaPerlu(batas, tahun)); }
  }

  /**
   * {@code laporanDibuka} defaults to the day after the period; {@code batasLaporan}, the employee's own
   * report deadline where a circular sets one before the rating deadline {@code batas}, defaults to {@code batas};
   * {@code catatan}, where the period's dates are a reading or a placeholder.
   */
  public record Periode(String nama, LocalDate mulai, LocalDate selesai, LocalDate laporanDibuka, LocalDate batasLaporan,
      LocalDate batas, String catatan) {
    Periode geser(long tahun) {
      return new Periode(nama, mulai.plusYears(tahun), akhirBulanJikaPerlu(selesai, tahun),
          laporanDibuka == null ? null : laporanDibuka.plusYears(tahun),
          batasLaporan == null ? null : akhirBulanJikaPerlu(batasLaporan, tahun), akhirBulanJikaPerlu(batas, tahun), catatan);
    }
  }

  /** The same calendar for another year; a month-end date stays a month-end date (29 Feb → 28 Feb). */
  public KalenderPreset untukTahun(int tahunBaru) {
    long selisih = tahunBaru - tahun;
    if (selisih == 0) return this;
    return new KalenderPreset(kode, nama, sumber, tahunBaru, jenisPeriode,
        akhirBulanJikaPerlu(batasRencana, selisih), akhirBulanJikaPerlu(batasFinal, selisih), verifikasiTarget, kurvaMengikat, catatan,
        catatanBatasRencana, catatanBatasFinal, periode.stream().map(p -> p.geser(selisih)).toList(), capaianOrganisasi.stream().map(c -> c.geser(selisih)).toList());
  }

  private static LocalDate akhirBulanJikaPerlu(LocalDate tanggal, long tahun) {
    LocalDate baru = tanggal.plusYears(tahun);
    boolean akhirBulan = tanggal.getDayOfMonth() == tanggal.lengthOfMonth();
    return akhirBulan ? baru.withDayOfMonth(baru.lengthOfMonth()) : baru;
  }
}
