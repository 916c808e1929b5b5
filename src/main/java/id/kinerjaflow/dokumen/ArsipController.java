package id.kinerjaflow.dokumen;

import id.kinerjaflow.instansi.InstansiService;
import id.kinerjaflow.organization.LingkupUnit;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.*;

/** The year's documents as a ZIP: the instansi's admins and auditors, and a Kepala Perangkat Daerah for their perangkat daerah. */
@RestController
class ArsipController {
  private final ArsipDokumen arsip;
  private final LingkupUnit lingkup;
  private final InstansiService instansiService;

  ArsipController(ArsipDokumen arsip, LingkupUnit lingkup, InstansiService instansiService) {
    this.arsip = arsip;
    this.lingkup = lingkup;
    this.instansiService = instansiService;
  }

  @GetMapping("/api/instansi/{kode}/dokumen")
  ResponseEntity<byte[]> zip(@PathVariable String kode, @RequestParam int tahun, @RequestParam(required = false) String unit,
      Authentication auth) {
    byte[] isi = arsip.zip(kode, tahun, lingkup.untuk(auth, instansiService.get(kode), unit));
    String nama = "dokumen-" + kode + "-" + tahun + (unit == null || unit.isBlank() ? "" : "-" + unit) + ".zip";
    return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(nama).build().toString()).body(isi);
  }
}
