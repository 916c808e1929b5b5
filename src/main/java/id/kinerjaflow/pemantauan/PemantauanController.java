package id.kinerjaflow.pemantauan;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.*;

/** Monitoring for appraisers, Kepala Perangkat Daerah, the instansi's admins and auditors; the scope is the reader's ({@link Pemantauan}). */
@RestController
@RequestMapping("/api/pemantauan")
class PemantauanController {
  private final Pemantauan pemantauan;

  PemantauanController(Pemantauan pemantauan) { this.pemantauan = pemantauan; }

  /**
   * {@code tahun}: default the current year; {@code unit}: a unit's code, its sub-units included; {@code instansi}: for auditors
   * and Camunda admins (default: the reader's own).
   */
  @GetMapping
  Pemantauan.Laporan laporan(@RequestParam(required = false) Integer tahun, @RequestParam(required = false) String unit,
      @RequestParam(required = false) String instansi, Authentication auth) {
    return pemantauan.laporan(auth, instansi, tahun, unit);
  }
}
