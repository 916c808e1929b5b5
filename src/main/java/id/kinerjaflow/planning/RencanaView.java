package id.kinerjaflow.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The SKP plan as the API returns it; {@code jabatan} and {@code kedudukan}: the position it is for, and whether acted in (PLT). */
public record RencanaView(
    Long id, int tahun, String nip, String nama, String jabatan, Kedudukan kedudukan, String penilaiNip, String penilaiNama, String aturanPenilai,
    StatusSkp status, LocalDate batas, boolean terlambat, String catatanPenilai, String catatanVerifikator, List<RhkView> rhk, Map<NilaiBerakhlak, String> ekspektasiKhusus,
    RencanaInput.Lampiran lampiran) {

  public record RhkView(Long id, int urutan, String uraian, JenisRhk jenis, Long rhkAtasanId, String rhkAtasan,
      String catatanPenilai, List<IndikatorView> indikator) {}

  public record IndikatorView(Long id, String uraian, BigDecimal targetKuantitas, String satuan,
      BigDecimal targetKualitas, Integer targetWaktu) {}

  static RencanaView of(Skp s) {
    Map<NilaiBerakhlak, String> ekspektasi = new LinkedHashMap<>();
    s.getEkspektasi().forEach(e -> ekspektasi.put(e.getNilai(), e.getEkspektasiKhusus()));
    return new RencanaView(s.getId(), s.getTahun(), s.getPegawai().getNip(), s.getPegawai().getNama(), s.getJabatan().getNama(), s.getKedudukan(),
        s.getPenilai() == null ? null : s.getPenilai().getNip(), s.getPenilai() == null ? null : s.getPenilai().getNama(),
        s.getAturanPenilai(), s.getStatus(), s.getKalender().getBatasRencana(), s.isTerlambat(),
        s.getCatatanPenilai(), s.getCatatanVerifikator(), s.getRhk().stream().map(RencanaView::rhk).toList(), ekspektasi,
        new RencanaInput.Lampiran(s.getDukunganSumberDaya(), s.getSkemaPertanggungjawaban(), s.getKonsekuensi()));
  }

  private static RhkView rhk(Rhk r) {
    Rhk atasan = r.getRhkAtasan();
    return new RhkView(r.getId(), r.getUrutan(), r.getUraian(), r.getJenis(), atasan == null ? null : atasan.getId(),
        atasan == null ? null : atasan.getUraian(), r.getCatatanPenilai(),
        r.getIndikator().stream().map(i -> new IndikatorView(i.getId(), i.getUraian(), i.getTargetKuantitas(),
            i.getSatuan(), i.getTargetKualitas(), i.getTargetWaktu())).toList());
  }
}
