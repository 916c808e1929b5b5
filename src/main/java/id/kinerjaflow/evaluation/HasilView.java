package id.kinerjaflow.evaluation;

import id.kinerjaflow.planning.Kedudukan;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The evaluation results of one SKP (for {@code jabatan}, acted in when {@code kedudukan} is PLT): every period and the final evaluation. */
public record HasilView(Long skpId, int tahun, String nip, String nama, String jabatan, Kedudukan kedudukan, String penilaiNama, List<PeriodeView> periode,
    AkhirView akhir, AturanBukti aturanBukti) {

  /** What the report form checks before upload; the server checks the same. */
  public record AturanBukti(long ukuranMaksKb, List<String> tipeDiizinkan) {}

  public record PeriodeView(Long id, int urutan, String nama, LocalDate mulai, LocalDate selesai, LocalDate laporanDibuka,
      LocalDate batasLaporan, LocalDate batas, StatusEvaluasi status, String rencanaAksi, Instant dilaporkanPada, List<RealisasiView> realisasi,
      List<BuktiView> bukti, List<UmpanBalikView> umpanBalik, Rating ratingHasilKerja, Rating ratingPerilaku,
      Predikat predikat, Instant dinilaiPada) {}

  public record RealisasiView(Long indikatorId, String indikator, String uraian) {}

  public record BuktiView(Long id, String namaFile, String tipeKonten, long ukuran) {
    static BuktiView of(BuktiDukung b) { return new BuktiView(b.getId(), b.getNamaFile(), b.getTipeKonten(), b.getUkuran()); }
  }

  public record UmpanBalikView(Long rhkId, String rhk, String isi) {}

  /** {@code ditetapkanPada/Oleh}: when and by whom the predicate was made final (null until then); {@code alasanPerubahan}: why it last changed. */
  public record AkhirView(LocalDate batas, StatusEvaluasi status, Rating ratingHasilKerja, Rating ratingPerilaku,
      Predikat predikat, String catatan, Instant dinilaiPada, String alasanPerubahan, Instant ditetapkanPada, String ditetapkanOleh) {
    static AkhirView of(EvaluasiAkhir a) {
      return new AkhirView(a.tenggat().batas(), a.getStatus(), a.getRatingHasilKerja(), a.getRatingPerilaku(),
          a.getPredikat(), a.getCatatan(), a.getDinilaiPada(), a.getAlasanPerubahan(), a.getDitetapkanPada(), a.getDitetapkanOleh());
    }
  }

  static PeriodeView periode(EvaluasiPeriodik e, List<BuktiDukung> bukti) {
    var p = e.getPeriode();
    return new PeriodeView(e.getId(), p.getUrutan(), e.namaLengkap(), p.getMulai(), p.getSelesai(), p.getLaporanDibuka(),
        p.getBatasLaporan(), p.getBatas(), e.getStatus(), e.getRencanaAksi(), e.getDilaporkanPada(),
        e.getRealisasi().stream().map(r -> new RealisasiView(r.getIndikator().getId(), r.getIndikator().getUraian(), r.getUraian())).toList(),
        bukti.stream().map(BuktiView::of).toList(),
        e.getUmpanBalik().stream().map(u -> new UmpanBalikView(u.getRhk().getId(), u.getRhk().getUraian(), u.getIsi())).toList(),
        e.getRatingHasilKerja(), e.getRatingPerilaku(), e.getPredikat(), e.getDinilaiPada());
  }
}
