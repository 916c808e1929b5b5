package id.kinerjaflow.cycle;

import id.kinerjaflow.planning.PlanningService;
import id.kinerjaflow.planning.Skp;
import id.kinerjaflow.security.Grup;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Who appraised an SKP before: its moves to a new appraiser, oldest first. */
@RestController
class PerpindahanPenilaiController {
  private final PlanningService planning;
  private final PenyelarasanPenilai penyelarasan;

  PerpindahanPenilaiController(PlanningService planning, PenyelarasanPenilai penyelarasan) {
    this.planning = planning;
    this.penyelarasan = penyelarasan;
  }

  /** For the employee, the current and every earlier appraiser, and the instansi's admins and auditors. */
  @GetMapping("/api/skp/{skpId}/riwayat-penilai")
  @Transactional(readOnly = true)
  List<PenyelarasanPenilai.Perpindahan> riwayat(@PathVariable long skpId, Authentication auth) {
    Skp skp = planning.get(skpId);
    List<PerpindahanPenilai> riwayat = penyelarasan.riwayat(skp);
    boolean penilaiSebelumnya = riwayat.stream().anyMatch(p -> p.getPenilaiLama() != null && p.getPenilaiLama().getNip().equals(auth.getName()));
    skp.pastikanBolehBaca(auth.getName(), penilaiSebelumnya || Grup.pembaca(auth, skp.instansiKode()));
    return riwayat.stream().map(PenyelarasanPenilai.Perpindahan::of).toList();
  }
}
