package id.kinerjaflow.latar;

import java.util.List;
import org.springframework.web.bind.annotation.*;

/** Progress of an instansi's background work (its admins and auditors read it, see SecurityConfig). */
@RestController
@RequestMapping("/api")
class PekerjaanLatarController {
  private final PekerjaanLatarService service;

  PekerjaanLatarController(PekerjaanLatarService service) { this.service = service; }

  @GetMapping("/instansi/{kode}/pekerjaan-latar")
  List<PekerjaanLatarService.Kemajuan> daftar(@PathVariable String kode) { return service.daftar(kode); }

  @GetMapping("/instansi/{kode}/pekerjaan-latar/{id}")
  PekerjaanLatarService.Kemajuan kemajuan(@PathVariable String kode, @PathVariable long id) { return service.kemajuan(kode, id); }
}
