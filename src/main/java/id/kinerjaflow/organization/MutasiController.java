package id.kinerjaflow.organization;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.*;

/** Mutasi and appointments by the instansi's admins (see SecurityConfig on /api/instansi/{kode}/**). */
@RestController
class MutasiController {
  private final Mutasi mutasi;

  MutasiController(Mutasi mutasi) { this.mutasi = mutasi; }

  record MutasiInput(
      @NotBlank(message = "kode unit kerja tujuan wajib diisi") String unitKerja,
      @NotBlank(message = "nama jabatan wajib diisi") @Size(max = 200, message = "maksimal 200 karakter") String jabatan,
      @NotNull(message = "kelas jabatan wajib diisi") KelasJabatan kelasJabatan,
      @NotNull(message = "kepala wajib diisi: true bila menjadi kepala unit kerja tujuan") Boolean kepala,
      @Size(max = 100, message = "maksimal 100 karakter") String nomorSk,
      @Size(max = 500, message = "maksimal 500 karakter") String alasan) {}

  @PostMapping("/api/instansi/{kode}/pegawai/{nip}/mutasi")
  Mutasi.Hasil mutasi(@PathVariable String kode, @PathVariable String nip, @Valid @RequestBody MutasiInput in, Authentication auth) {
    return mutasi.mutasi(kode, nip, new Mutasi.Perubahan(in.unitKerja().trim(), in.jabatan().trim(), in.kelasJabatan(), in.kepala(),
        kosongJadiNull(in.nomorSk()), kosongJadiNull(in.alasan())), auth.getName());
  }

  private static String kosongJadiNull(String s) { return s == null || s.isBlank() ? null : s.trim(); }
}
