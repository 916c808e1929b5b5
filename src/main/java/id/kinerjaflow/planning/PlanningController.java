package id.kinerjaflow.planning;

import id.kinerjaflow.security.Grup;
import id.kinerjaflow.instansi.InstansiService;
import id.kinerjaflow.web.UlangBilaBentrok;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.*;

/** The SKP plan: read, edit, submit, review; and the list of late plans. */
@RestController
@RequestMapping("/api")
class PlanningController {
  private final PlanningService planning;
  private final InstansiService instansi;

  PlanningController(PlanningService planning, InstansiService instansi) {
    this.planning = planning;
    this.instansi = instansi;
  }

  record SkpTerlambat(Long skpId, String nip, String nama, Kedudukan kedudukan, StatusSkp status, String penilaiNip, String penilaiNama) {}

  /** For the instansi's BKPSDM admins and auditors (see SecurityConfig): ASN without a set SKP after the plan deadline. */
  @GetMapping("/instansi/{kode}/skp-terlambat")
  @Transactional(readOnly = true)
  List<SkpTerlambat> terlambat(@PathVariable String kode, @RequestParam int tahun) {
    return planning.terlambat(instansi.get(kode), tahun).stream().map(s -> new SkpTerlambat(s.getId(), s.getPegawai().getNip(),
        s.getPegawai().getNama(), s.getKedudukan(), s.getStatus(), s.getPenilai() == null ? null : s.getPenilai().getNip(),
        s.getPenilai() == null ? null : s.getPenilai().getNama())).toList();
  }

  record SkpSaya(Long skpId, int tahun, String jabatan, Kedudukan kedudukan, StatusSkp status, String penilaiNip, String penilaiNama) {}

  /** Every SKP of the caller (the acting position's too), newest year first: where "SKP Saya" starts. */
  @GetMapping("/skp/saya")
  @Transactional(readOnly = true)
  List<SkpSaya> saya(Authentication auth) {
    return planning.milik(auth.getName()).stream().map(s -> new SkpSaya(s.getId(), s.getTahun(), s.getJabatan().getNama(),
        s.getKedudukan(), s.getStatus(), s.getPenilai() == null ? null : s.getPenilai().getNip(),
        s.getPenilai() == null ? null : s.getPenilai().getNama())).toList();
  }

  @GetMapping("/skp/{skpId}/rencana")
  @Transactional(readOnly = true)
  RencanaView baca(@PathVariable long skpId, Authentication auth) {
    Skp skp = planning.get(skpId);
    skp.pastikanBolehBaca(auth.getName(), Grup.pembaca(auth, skp.instansiKode()));
    return RencanaView.of(skp);
  }

  record RhkAtasan(Long id, String uraian, JenisRhk jenis) {}

  /** The appraiser's RHK that the employee's RHK can cascade from (empty until the appraiser drafts a plan). */
  @GetMapping("/skp/{skpId}/rhk-atasan")
  @Transactional(readOnly = true)
  List<RhkAtasan> rhkAtasan(@PathVariable long skpId, Authentication auth) {
    Skp skp = planning.get(skpId);
    skp.pastikanBolehBaca(auth.getName(), Grup.pembaca(auth, skp.instansiKode()));
    return planning.rhkPenilai(skp).stream().map(r -> new RhkAtasan(r.getId(), r.getUraian(), r.getJenis())).toList();
  }

  @PutMapping("/skp/{skpId}/rencana")
  @Transactional
  RencanaView ubah(@PathVariable long skpId, @Valid @RequestBody RencanaInput input, Authentication auth) {
    return RencanaView.of(planning.ubahRencana(skpId, auth.getName(), input));
  }

  @PostMapping("/skp/{skpId}/rencana/ajukan")
  @Transactional
  @UlangBilaBentrok
  RencanaView ajukan(@PathVariable long skpId, Authentication auth) {
    return RencanaView.of(planning.ajukan(skpId, auth.getName()));
  }

  @PostMapping("/skp/{skpId}/rencana/verifikasi")
  @Transactional
  @UlangBilaBentrok
  RencanaView verifikasi(@PathVariable long skpId, @Valid @RequestBody VerifikasiInput input, Authentication auth) {
    return RencanaView.of(planning.verifikasi(skpId, Grup.adminInstansi(auth, planning.get(skpId).instansiKode()), input));
  }

  @PostMapping("/skp/{skpId}/rencana/tinjauan")
  @Transactional
  @UlangBilaBentrok
  RencanaView tinjau(@PathVariable long skpId, @Valid @RequestBody TinjauanInput input, Authentication auth) {
    return RencanaView.of(planning.tinjau(skpId, auth.getName(), input));
  }
}
