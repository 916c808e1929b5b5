package id.kinerjaflow.planning;

import id.kinerjaflow.security.Grup;
import jakarta.validation.Valid;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.*;

/** The SKP plan: read, edit, submit, review. */
@RestController
@RequestMapping("/api/skp/{skpId}/rencana")
class PlanningController {
  private final PlanningService planning;

  PlanningController(PlanningService planning) { this.planning = planning; }

  @GetMapping
  @Transactional(readOnly = true)
  RencanaView baca(@PathVariable long skpId, Authentication auth) {
    Skp skp = planning.get(skpId);
    skp.pastikanBolehBaca(auth.getName(), Grup.pembacaSemua(auth));
    return RencanaView.of(skp);
  }

  @PutMapping
  @Transactional
  RencanaView ubah(@PathVariable long skpId, @Valid @RequestBody RencanaInput input, Authentication auth) {
    return RencanaView.of(planning.ubahRencana(skpId, auth.getName(), input));
  }

  @PostMapping("/ajukan")
  @Transactional
  RencanaView ajukan(@PathVariable long skpId, Authentication auth) {
    return RencanaView.of(planning.ajukan(skpId, auth.getName()));
  }

  @PostMapping("/tinjauan")
  @Transactional
  RencanaView tinjau(@PathVariable long skpId, @Valid @RequestBody TinjauanInput input, Authentication auth) {
    return RencanaView.of(planning.tinjau(skpId, auth.getName(), input));
  }
}
