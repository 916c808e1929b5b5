package id.kinerjaflow.evaluation;

import id.kinerjaflow.planning.PlanningService;
import id.kinerjaflow.planning.Skp;
import id.kinerjaflow.security.Grup;
import id.kinerjaflow.web.UlangBilaBentrok;
import jakarta.validation.Valid;
import java.io.IOException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.multipart.MultipartFile;

/** Periodic reports and ratings, evidence files, the final rating, and the results. */
@RestController
@RequestMapping("/api/skp/{skpId}")
class EvaluationController {
  private final EvaluationService evaluation;
  private final PlanningService planning;

  EvaluationController(EvaluationService evaluation, PlanningService planning) {
    this.evaluation = evaluation;
    this.planning = planning;
  }

  @GetMapping("/hasil")
  @Transactional(readOnly = true)
  HasilView hasil(@PathVariable long skpId, Authentication auth) {
    Skp skp = planning.get(skpId);
    skp.pastikanBolehBaca(auth.getName(), Grup.pembaca(auth, skp.instansiKode()));
    return new HasilView(skp.getId(), skp.getTahun(), skp.getPegawai().getNip(), skp.getPegawai().getNama(),
        skp.getJabatan().getNama(), skp.getKedudukan(), skp.getPenilai() == null ? null : skp.getPenilai().getNama(),
        evaluation.semuaPeriode(skp).stream().map(e -> HasilView.periode(e, evaluation.bukti(e))).toList(),
        HasilView.AkhirView.of(evaluation.akhir(skpId)), evaluation.aturanBukti());
  }

  @PostMapping("/periode/{urutan}/laporan")
  @Transactional
  @UlangBilaBentrok
  HasilView.PeriodeView lapor(@PathVariable long skpId, @PathVariable int urutan, @Valid @RequestBody LaporanInput input, Authentication auth) {
    EvaluasiPeriodik ev = evaluation.lapor(skpId, urutan, auth.getName(), input);
    return HasilView.periode(ev, evaluation.bukti(ev));
  }

  @PostMapping(path = "/periode/{urutan}/bukti", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  HasilView.BuktiView unggah(@PathVariable long skpId, @PathVariable int urutan, @RequestParam("berkas") MultipartFile berkas,
      Authentication auth) throws IOException {
    return HasilView.BuktiView.of(evaluation.unggahBukti(skpId, urutan, auth.getName(), berkas.getOriginalFilename(),
        berkas.getContentType(), berkas.getBytes()));
  }

  @GetMapping("/periode/{urutan}/bukti/{buktiId}")
  @Transactional(readOnly = true)
  ResponseEntity<byte[]> unduh(@PathVariable long skpId, @PathVariable int urutan, @PathVariable long buktiId, Authentication auth) {
    BuktiDukung bukti = evaluation.bukti(skpId, urutan, buktiId);
    Skp skp = bukti.getEvaluasi().getSkp();
    skp.pastikanBolehBaca(auth.getName(), Grup.pembaca(auth, skp.instansiKode()));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(bukti.getTipeKonten()))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(bukti.getNamaFile()).build().toString())
        .body(bukti.getIsi());
  }

  @PostMapping("/periode/{urutan}/penilaian")
  @Transactional
  @UlangBilaBentrok
  HasilView.PeriodeView nilai(@PathVariable long skpId, @PathVariable int urutan, @Valid @RequestBody PenilaianInput input, Authentication auth) {
    EvaluasiPeriodik ev = evaluation.nilai(skpId, urutan, auth.getName(), input);
    return HasilView.periode(ev, evaluation.bukti(ev));
  }

  @PostMapping("/penilaian-akhir")
  @Transactional
  @UlangBilaBentrok
  HasilView.AkhirView nilaiAkhir(@PathVariable long skpId, @Valid @RequestBody PenilaianInput input, Authentication auth) {
    return HasilView.AkhirView.of(evaluation.nilaiAkhir(skpId, auth.getName(), input));
  }
}
