package id.kinerjaflow.tpp;

import id.kinerjaflow.instansi.InstansiService;
import id.kinerjaflow.organization.LingkupUnit;
import id.kinerjaflow.web.InvalidInputException;
import id.kinerjaflow.web.UnduhanCsv;
import java.io.IOException;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.multipart.MultipartFile;

/**
 * The monthly TPP basis (the instansi's admins and auditors; a Kepala Perangkat Daerah for their perangkat daerah, see
 * {@link LingkupUnit}) and the discipline import (the instansi's admins, SecurityConfig on {@code /api/instansi/{kode}/**}).
 */
@RestController
@RequestMapping("/api/instansi/{kode}")
class TppController {
  private final DasarTpp dasarTpp;
  private final ImporDisiplin imporDisiplin;
  private final LingkupUnit lingkup;
  private final InstansiService instansiService;

  TppController(DasarTpp dasarTpp, ImporDisiplin imporDisiplin, LingkupUnit lingkup, InstansiService instansiService) {
    this.dasarTpp = dasarTpp;
    this.imporDisiplin = imporDisiplin;
    this.lingkup = lingkup;
    this.instansiService = instansiService;
  }

  /** {@code format}: {@code json} (default), {@code csv} or {@code xlsx}; {@code unit}: a unit's code, its sub-units included. */
  @GetMapping("/tpp")
  ResponseEntity<?> tpp(@PathVariable String kode, @RequestParam int tahun, @RequestParam int bulan,
      @RequestParam(required = false) String unit, @RequestParam(defaultValue = "json") String format, Authentication auth) {
    Set<Long> unitBoleh = lingkup.untuk(auth, instansiService.get(kode), unit);
    DasarTpp.Laporan laporan = dasarTpp.bulan(kode, tahun, bulan, unitBoleh);
    String nama = "tpp-" + kode + "-" + tahun + "-" + String.format("%02d", bulan) + (laporan.sementara() ? "-sementara" : "");
    return switch (format) {
      case "json" -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(laporan);
      case "csv" -> csv(laporan, nama + ".csv").jawaban();
      case "xlsx" -> LembarTpp.jawaban(laporan, nama + ".xlsx");
      default -> throw new InvalidInputException("format", "format '" + format + "' tidak dikenal; pilihan: json, csv, xlsx");
    };
  }

  @PostMapping(path = "/impor/disiplin", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ImporDisiplin.Hasil imporDisiplin(@PathVariable String kode, @RequestPart(name = "berkas", required = false) MultipartFile berkas)
      throws IOException {
    if (berkas == null) throw new InvalidInputException("berkas", "unggah berkas CSV sebagai bagian multipart 'berkas'");
    return imporDisiplin.impor(kode, berkas.getInputStream());
  }

  private static UnduhanCsv csv(DasarTpp.Laporan l, String nama) {
    UnduhanCsv csv = new UnduhanCsv(nama, LembarTpp.JUDUL.toArray(String[]::new));
    l.baris().forEach(b -> csv.baris(LembarTpp.nilai(b).toArray()));
    return csv;
  }
}
