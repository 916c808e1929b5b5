package id.kinerjaflow.keberatan;

import id.kinerjaflow.evaluation.EvaluasiAkhir;
import id.kinerjaflow.evaluation.EvaluationService;
import id.kinerjaflow.evaluation.HasilView;
import id.kinerjaflow.planning.Skp;
import id.kinerjaflow.security.Grup;
import id.kinerjaflow.web.UlangBilaBentrok;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.Clock;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.multipart.MultipartFile;

/** The objection to an SKP's final predicate: read it, accept or object (with evidence), respond, decide. */
@RestController
@RequestMapping("/api/skp/{skpId}/keberatan")
class KeberatanController {
  private final KeberatanService keberatan;
  private final KeberatanSkp keberatanSkp;
  private final EvaluationService evaluation;
  private final Clock jam;

  KeberatanController(KeberatanService keberatan, KeberatanSkp keberatanSkp, EvaluationService evaluation, Clock jam) {
    this.keberatan = keberatan;
    this.keberatanSkp = keberatanSkp;
    this.evaluation = evaluation;
    this.jam = jam;
  }

  @GetMapping
  @Transactional(readOnly = true)
  KeberatanView lihat(@PathVariable long skpId, Authentication auth) { return view(baca(skpId, auth)); }

  /** The employee objects, with reasons; the answer names the superior it went to, or why there is none. */
  @PostMapping
  @Transactional
  @UlangBilaBentrok
  KeberatanView ajukan(@PathVariable long skpId, @Valid @RequestBody KeberatanInput.Pengajuan input, Authentication auth) {
    return view(keberatan.ajukan(skpId, auth.getName(), input));
  }

  /** The employee accepts the predicate: no objection. */
  @PostMapping("/terima")
  @Transactional
  @UlangBilaBentrok
  KeberatanView terima(@PathVariable long skpId, Authentication auth) { return view(keberatan.terima(skpId, auth.getName())); }

  @PostMapping(path = "/bukti", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  HasilView.BuktiView unggah(@PathVariable long skpId, @RequestParam("berkas") MultipartFile berkas, Authentication auth)
      throws IOException {
    BuktiKeberatan b = keberatan.unggahBukti(skpId, auth.getName(), berkas.getOriginalFilename(), berkas.getContentType(), berkas.getBytes());
    return new HasilView.BuktiView(b.getId(), b.getNamaFile(), b.getTipeKonten(), b.getUkuran());
  }

  @GetMapping("/bukti/{buktiId}")
  @Transactional(readOnly = true)
  ResponseEntity<byte[]> unduh(@PathVariable long skpId, @PathVariable long buktiId, Authentication auth) {
    BuktiKeberatan bukti = keberatan.bukti(baca(skpId, auth), buktiId);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(bukti.getTipeKonten()))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(bukti.getNamaFile()).build().toString())
        .body(bukti.getIsi());
  }

  @PostMapping("/tanggapan")
  @Transactional
  @UlangBilaBentrok
  KeberatanView tanggapi(@PathVariable long skpId, @Valid @RequestBody KeberatanInput.Tanggapan input, Authentication auth) {
    return view(keberatan.tanggapi(skpId, auth.getName(), input));
  }

  @PostMapping("/keputusan")
  @Transactional
  @UlangBilaBentrok
  KeberatanView putuskan(@PathVariable long skpId, @Valid @RequestBody KeberatanInput.Putusan input, Authentication auth) {
    return view(keberatan.putuskan(skpId, auth.getName(), input));
  }

  private Keberatan baca(long skpId, Authentication auth) {
    Skp skp = keberatan.akhir(skpId).getSkp();
    return keberatan.baca(skpId, auth.getName(), Grup.pembaca(auth, skp.instansiKode()));
  }

  private KeberatanView view(Keberatan k) {
    EvaluasiAkhir akhir = keberatan.akhir(k.getSkp().getId());
    return KeberatanView.of(k, keberatan.bukti(k), akhir.getPredikat(), akhir.getDitetapkanPada(), keberatanSkp, jam,
        evaluation.aturanBukti());
  }
}
