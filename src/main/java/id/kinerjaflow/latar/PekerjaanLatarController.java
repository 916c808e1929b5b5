package id.kinerjaflow.latar;

import id.kinerjaflow.web.InvalidInputException;
import java.util.List;
import org.springframework.web.bind.annotation.*;

/** Progress of an instansi's background work (its admins and auditors read it, see SecurityConfig). */
@RestController
@RequestMapping("/api")
class PekerjaanLatarController {
  static final int UKURAN_MAKS = 1000;
  private final PekerjaanLatarService service;

  PekerjaanLatarController(PekerjaanLatarService service) { this.service = service; }

  @GetMapping("/instansi/{kode}/pekerjaan-latar")
  List<PekerjaanLatarService.Kemajuan> daftar(@PathVariable String kode) { return service.daftar(kode); }

  /** {@code halaman} (from 0) and {@code ukuran} page the detail of what the work did per target ({@code hasil}). */
  @GetMapping("/instansi/{kode}/pekerjaan-latar/{id}")
  PekerjaanLatarService.Kemajuan kemajuan(@PathVariable String kode, @PathVariable long id,
      @RequestParam(defaultValue = "0") int halaman,
      @RequestParam(defaultValue = "" + PekerjaanLatarService.UKURAN_HALAMAN) int ukuran) {
    if (halaman < 0) throw new InvalidInputException("halaman", "halaman dihitung dari 0");
    if (ukuran < 1 || ukuran > UKURAN_MAKS) {
      throw new InvalidInputException("ukuran", "ukuran halaman harus 1 sampai " + UKURAN_MAKS);
    }
    return service.kemajuan(kode, id, halaman, ukuran);
  }
}
