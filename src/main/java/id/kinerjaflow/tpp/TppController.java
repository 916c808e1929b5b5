package id.kinerjaflow.tpp;

import id.kinerjaflow.instansi.InstansiService;
import id.kinerjaflow.organization.LingkupUnit;
import id.kinerjaflow.web.InvalidInputException;
import id.kinerjaflow.web.UnduhanCsv;
import java.io.IOException;
import java.util.function.Function;
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
    // The format first: a bad request evaluates no decision (each evaluation is written to the decision history).
    Function<DasarTpp.Laporan, ResponseEntity<?>> jawaban = switch (format) {
      case "json" -> l -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(l);
      case "csv" -> l -> csv(l, nama(l) + ".csv").jawaban();
      case "xlsx" -> l -> LembarTpp.jawaban(l, nama(l) + ".xlsx");
      default -> throw new InvalidInputException("format", "format '" + format + "' tidak dikenal; pilihan: json, csv, xlsx");
    };
    return jawaban.apply(dasarTpp.bulan(kode, tahun, bulan, lingkup.untuk(auth, instansiService.get(kode), unit)));
  }

  private static String nama(DasarTpp.Laporan l) {
    return "tpp-" + l.instansi() + "-" + l.tahun() + "-" + String.format("%02d", l.bulan()) + (l.sementara() ? "-sementara" : "");
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
