package id.kinerjaflow.predicate;

import id.kinerjaflow.web.InvalidInputException;
import java.io.IOException;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.multipart.MultipartFile;

/**
 * PMM predicate import (the instansi's admins) and the complete predicate report (its admins and auditors); both
 * scoped by SecurityConfig on {@code /api/instansi/{kode}/**}.
 */
@RestController
@RequestMapping("/api/instansi/{kode}")
class PredicateController {
  private final ImporPredikatPmm impor;
  private final LaporanPredikat laporan;

  PredicateController(ImporPredikatPmm impor, LaporanPredikat laporan) {
    this.impor = impor;
    this.laporan = laporan;
  }

  @PostMapping(path = "/impor/predikat-pmm", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ImporPredikatPmm.Hasil imporPmm(@PathVariable String kode, @RequestPart(name = "berkas", required = false) MultipartFile berkas)
      throws IOException {
    if (berkas == null) throw new InvalidInputException("berkas", "unggah berkas CSV sebagai bagian multipart 'berkas'");
    return impor.impor(kode, berkas.getInputStream());
  }

  @GetMapping("/predikat")
  List<LaporanPredikat.Baris> predikat(@PathVariable String kode, @RequestParam int tahun) {
    return laporan.predikat(kode, tahun);
  }
}
