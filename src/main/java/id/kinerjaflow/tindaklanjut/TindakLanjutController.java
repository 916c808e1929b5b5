package id.kinerjaflow.tindaklanjut;

import id.kinerjaflow.web.InvalidInputException;
import id.kinerjaflow.web.UnduhanCsv;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

/** The reward and sanction lists of a year: the instansi's admins and auditors (SecurityConfig on {@code /api/instansi/{kode}/**}). */
@RestController
@RequestMapping("/api/instansi/{kode}")
class TindakLanjutController {
  private final PenghargaanSanksi penghargaanSanksi;
  private final Clock jam;

  TindakLanjutController(PenghargaanSanksi penghargaanSanksi, Clock jam) {
    this.penghargaanSanksi = penghargaanSanksi;
    this.jam = jam;
  }

  /** {@code daftar}: one list (the values of reward-sanction's output), all by default; {@code format}: json or csv. */
  @GetMapping("/tindak-lanjut")
  ResponseEntity<?> tindakLanjut(@PathVariable String kode, @RequestParam int tahun, @RequestParam(required = false) String daftar,
      @RequestParam(defaultValue = "json") String format) {
    // Every parameter first: a bad request evaluates no decision (each evaluation is written to the decision history).
    if (!format.equals("json") && !format.equals("csv")) {
      throw new InvalidInputException("format", "format '" + format + "' tidak dikenal; pilihan: json, csv");
    }
    int tahunIni = LocalDate.now(jam).getYear();
    if (tahun < 2022 || tahun > tahunIni) {
      throw new InvalidInputException("tahun", "tahun harus 2022 (PermenPANRB 6/2022) sampai " + tahunIni);
    }
    DaftarTindakLanjut hanya = null;
    if (daftar != null && !daftar.isBlank()) {
      hanya = Arrays.stream(DaftarTindakLanjut.values()).filter(d -> d.name().equalsIgnoreCase(daftar.strip())).findFirst()
          .orElseThrow(() -> new InvalidInputException("daftar", "daftar '" + daftar + "' tidak dikenal; pilihan: "
              + Arrays.stream(DaftarTindakLanjut.values()).map(Enum::name).collect(Collectors.joining(", "))));
    }
    PenghargaanSanksi.Laporan l = penghargaanSanksi.daftar(kode, tahun, hanya);
    if (format.equals("json")) return ResponseEntity.ok(l);
    UnduhanCsv csv = new UnduhanCsv("tindak-lanjut-" + kode + "-" + tahun + (hanya == null ? "" : "-" + hanya.name().toLowerCase()) + ".csv",
        "daftar", "nip", "nama", "jabatan", "unit_kerja", "predikat", "sumber", "predikat_tahun_lalu", "skp_tepat_waktu", "keterangan");
    l.baris().forEach(b -> csv.baris(b.daftar(), b.nip(), b.nama(), b.jabatan(), b.unitKerja(), b.predikat(), b.sumber(),
        b.predikatTahunLalu(), b.skpTepatWaktu(), b.keterangan()));
    return csv.jawaban();
  }
}
