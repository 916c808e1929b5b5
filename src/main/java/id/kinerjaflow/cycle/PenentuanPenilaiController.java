package id.kinerjaflow.cycle;

import id.kinerjaflow.organization.Pegawai;
import id.kinerjaflow.planning.PlanningService;
import id.kinerjaflow.planning.Skp;
import id.kinerjaflow.security.Grup;
import id.kinerjaflow.web.ForbiddenException;
import id.kinerjaflow.web.UlangBilaBentrok;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.*;

/** BKPSDM determines the appraiser of an SKP that waits for one (Task_DetermineAppraiser, form tentukan-penilai.html). */
@RestController
@RequestMapping("/api/skp/{skpId}")
class PenentuanPenilaiController {
  private final PlanningService planning;
  private final PenentuanPenilai penentuan;

  PenentuanPenilaiController(PlanningService planning, PenentuanPenilai penentuan) {
    this.planning = planning;
    this.penentuan = penentuan;
  }

  record PenilaiInput(
      @NotNull(message = "NIP pejabat penilai wajib diisi") @Pattern(regexp = Pegawai.POLA_NIP, message = "NIP harus 18 digit angka") String nip,
      @NotBlank(message = "alasan wajib diisi, misalnya nomor surat penunjukan") @Size(max = 2000, message = "maksimal 2000 karakter") String alasan) {}

  /** {@code plt}: the unit whose vacant head position the candidate holds as acting official. */
  record Calon(String nip, String nama, String jabatan, String unit, String plt) {
    static Calon of(Pegawai p) {
      return new Calon(p.getNip(), p.getNama(), p.getJabatan().getNama(), p.getJabatan().getUnit().getNama(),
          p.getPltUnit() == null ? null : p.getPltUnit().getNama());
    }
  }

  record CalonPenilai(Long skpId, int tahun, String nip, String nama, String jabatan, String unit, String penilaiNip,
      String penilaiNama, List<Calon> calon) {}

  /** The employee, their current appraiser (null while waiting) and who could appraise them: for the instansi's admins and auditors. */
  @GetMapping("/calon-penilai")
  @Transactional(readOnly = true)
  CalonPenilai calon(@PathVariable long skpId, Authentication auth) {
    Skp skp = planning.get(skpId);
    if (!Grup.pembaca(auth, skp.instansiKode())) {
      throw new ForbiddenException("Hanya admin BKPSDM " + skp.getPegawai().getInstansi().getNama() + " dan auditor yang dapat melihat calon pejabat penilai.");
    }
    Pegawai p = skp.getPegawai();
    Pegawai penilai = skp.getPenilai();
    return new CalonPenilai(skp.getId(), skp.getTahun(), p.getNip(), p.getNama(), p.getJabatan().getNama(), p.getJabatan().getUnit().getNama(),
        penilai == null ? null : penilai.getNip(), penilai == null ? null : penilai.getNama(),
        penentuan.calon(skp).stream().map(Calon::of).toList());
  }

  @PostMapping("/penilai")
  @Transactional
  @UlangBilaBentrok
  PenyelarasanPenilai.Perpindahan tentukan(@PathVariable long skpId, @Valid @RequestBody PenilaiInput input, Authentication auth) {
    return penentuan.tentukan(skpId, Grup.adminInstansi(auth, planning.get(skpId).instansiKode()), input.nip(), input.alasan().trim(),
        auth.getName());
  }
}
