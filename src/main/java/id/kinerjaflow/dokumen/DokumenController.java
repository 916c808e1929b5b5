package id.kinerjaflow.dokumen;

import id.kinerjaflow.planning.PlanningService;
import id.kinerjaflow.planning.Skp;
import id.kinerjaflow.security.Grup;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.*;

/** The SKP's documents as PDF, for whoever may read the SKP's results (the employee, the appraiser, the instansi's admins, auditors). */
@RestController
@RequestMapping("/api/skp/{skpId}/dokumen")
class DokumenController {
  private final PlanningService planning;
  private final DokumenSkp dokumen;

  DokumenController(PlanningService planning, DokumenSkp dokumen) {
    this.planning = planning;
    this.dokumen = dokumen;
  }

  @GetMapping("/skp.pdf")
  @Transactional(readOnly = true)
  ResponseEntity<byte[]> skp(@PathVariable long skpId, Authentication auth) { return pdf(dokumen.skp(bolehBaca(skpId, auth))); }

  @GetMapping("/evaluasi/{urutan}.pdf")
  @Transactional(readOnly = true)
  ResponseEntity<byte[]> evaluasi(@PathVariable long skpId, @PathVariable int urutan, Authentication auth) {
    return pdf(dokumen.evaluasiPeriodik(bolehBaca(skpId, auth), urutan));
  }

  @GetMapping("/evaluasi-tahunan.pdf")
  @Transactional(readOnly = true)
  ResponseEntity<byte[]> evaluasiTahunan(@PathVariable long skpId, Authentication auth) {
    return pdf(dokumen.evaluasiTahunan(bolehBaca(skpId, auth)));
  }

  private Skp bolehBaca(long skpId, Authentication auth) {
    Skp skp = planning.get(skpId);
    skp.pastikanBolehBaca(auth.getName(), Grup.pembaca(auth, skp.instansiKode()));
    return skp;
  }

  static ResponseEntity<byte[]> pdf(DokumenSkp.Berkas berkas) {
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(berkas.nama()).build().toString())
        .body(berkas.isi());
  }
}
