package id.kinerjaflow.pembinaan;

import id.kinerjaflow.evaluation.Predikat;
import id.kinerjaflow.instansi.Instansi;
import id.kinerjaflow.instansi.InstansiService;
import id.kinerjaflow.organization.LingkupUnit;
import id.kinerjaflow.planning.Skp;
import id.kinerjaflow.security.Grup;
import id.kinerjaflow.web.InvalidInputException;
import id.kinerjaflow.web.UlangBilaBentrok;
import id.kinerjaflow.web.UnduhanCsv;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.*;

/**
 * The coaching's form (read: the employee, the appraiser, the instansi's admins and auditors; record: the appraiser) and the
 * report to the Bupati through the Sekda (the instansi's admins and auditors, a Kepala Perangkat Daerah for their units).
 */
@RestController
@RequestMapping("/api")
class PembinaanController {
  static final List<String> JUDUL_CSV = List.of("periode_urutan", "periode", "nip", "nama", "jabatan", "unit_kerja", "penilai_nip",
      "penilai_nama", "jenis", "predikat", "predikat_sebelumnya", "status", "batas", "tanggal", "pembahasan", "tindakan",
      "dicatat_oleh", "predikat_periode_berikutnya");

  private final PembinaanService pembinaan;
  private final InstansiService instansiService;
  private final LingkupUnit lingkup;

  PembinaanController(PembinaanService pembinaan, InstansiService instansiService, LingkupUnit lingkup) {
    this.pembinaan = pembinaan;
    this.instansiService = instansiService;
    this.lingkup = lingkup;
  }

  record Riwayat(String periode, JenisPembinaan jenis, Predikat predikat, StatusPembinaan status, LocalDate tanggal, String tindakan) {}

  record PembinaanView(Long id, JenisPembinaan jenis, String namaJenis, StatusPembinaan status, Long skpId, String nip, String nama,
      String jabatan, String penilaiNip, String penilaiNama, String periode, Predikat predikat, Predikat predikatSebelumnya,
      LocalDate batas, Instant dibukaPada, LocalDate tanggal, String pembahasan, String tindakan, String dicatatOleh,
      Instant dicatatPada, List<Riwayat> sebelumnya) {
    static PembinaanView of(PembinaanKinerja p, List<PembinaanKinerja> semua) {
      Skp skp = p.getSkp();
      int urutan = p.getEvaluasi().getPeriode().getUrutan();
      return new PembinaanView(p.getId(), p.getJenis(), p.namaJenis(), p.getStatus(), skp.getId(), skp.getPegawai().getNip(),
          skp.namaPemegang(), skp.getJabatan().getNama(), skp.getPenilai() == null ? null : skp.getPenilai().getNip(),
          skp.getPenilai() == null ? null : skp.getPenilai().getNama(), p.getEvaluasi().namaLengkap(), p.getPredikat(),
          p.getPredikatSebelumnya(), PembinaanService.batas(p), p.getDibukaPada(), p.getTanggal(), p.getPembahasan(), p.getTindakan(),
          p.getDicatatOleh(), p.getDicatatPada(),
          semua.stream().filter(s -> s.getEvaluasi().getPeriode().getUrutan() < urutan)
              .map(s -> new Riwayat(s.getEvaluasi().namaLengkap(), s.getJenis(), s.getPredikat(), s.getStatus(), s.getTanggal(),
                  s.getTindakan())).toList());
    }
  }

  @GetMapping("/pembinaan/{id}")
  @Transactional(readOnly = true)
  PembinaanView baca(@PathVariable long id, Authentication auth) {
    PembinaanKinerja p = pembinaan.get(id);
    p.getSkp().pastikanBolehBaca(auth.getName(), Grup.pembaca(auth, p.getSkp().instansiKode()));
    return PembinaanView.of(p, pembinaan.untukSkp(p.getSkp()));
  }

  @PostMapping("/pembinaan/{id}")
  @Transactional
  @UlangBilaBentrok
  PembinaanView catat(@PathVariable long id, @RequestBody(required = false) PembinaanService.PembinaanInput input, Authentication auth) {
    PembinaanKinerja p = pembinaan.catat(id, auth.getName(), input);
    return PembinaanView.of(p, pembinaan.untukSkp(p.getSkp()));
  }

  /** {@code format}: {@code json} (default) or {@code csv}; {@code unit}: a unit's code, its sub-units included. */
  @GetMapping("/instansi/{kode}/pembinaan")
  @Transactional(readOnly = true)
  ResponseEntity<?> laporan(@PathVariable String kode, @RequestParam int tahun, @RequestParam(required = false) String unit,
      @RequestParam(defaultValue = "json") String format, Authentication auth) {
    if (!format.equals("json") && !format.equals("csv")) {
      throw new InvalidInputException("format", "format '" + format + "' tidak dikenal; pilihan: json, csv");
    }
    Instansi instansi = instansiService.get(kode);
    PembinaanService.Laporan l = pembinaan.laporan(instansi, tahun, lingkup.untuk(auth, instansi, unit));
    if (format.equals("json")) return ResponseEntity.ok(l);
    UnduhanCsv csv = new UnduhanCsv("pembinaan-" + kode + "-" + tahun + ".csv", JUDUL_CSV.toArray(String[]::new));
    l.periode().forEach(per -> per.pembinaan().forEach(b -> csv.baris(b.urutanPeriode(), b.periode(), b.nip(), b.nama(), b.jabatan(),
        b.unitKerja(), b.penilaiNip(), b.penilaiNama(), b.jenis(), b.predikat(), b.predikatSebelumnya(), b.status(), b.batas(),
        b.tanggal(), b.pembahasan(), b.tindakan(), b.dicatatOleh(), b.predikatPeriodeBerikutnya())));
    return csv.jawaban();
  }
}
