package id.kinerjaflow.cycle;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import id.kinerjaflow.latar.PekerjaanLatarService;
import id.kinerjaflow.organization.OrganizationService;
import id.kinerjaflow.security.Grup;
import id.kinerjaflow.web.ForbiddenException;
import id.kinerjaflow.web.UlangBilaBentrok;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

/** Starting the annual cycle, by the admins of the employee's instansi (see also SecurityConfig). */
@RestController
class CycleController {
  private final CycleService cycles;
  private final OrganizationService organization;
  private final PeluncuranService peluncuran;
  private final PekerjaanLatarService latar;

  CycleController(CycleService cycles, OrganizationService organization, PeluncuranService peluncuran, PekerjaanLatarService latar) {
    this.cycles = cycles;
    this.organization = organization;
    this.peluncuran = peluncuran;
    this.latar = latar;
  }

  record MulaiInput(
      @NotNull(message = "NIP wajib diisi") @Pattern(regexp = "\\d{18}", message = "NIP harus 18 digit angka") String nip,
      @NotNull(message = "tahun wajib diisi") @Min(value = 2022, message = "tahun minimal 2022") @Max(value = 2100, message = "tahun tidak valid") Integer tahun) {}

  record MulaiInstansiInput(
      @NotNull(message = "tahun wajib diisi") @Min(value = 2022, message = "tahun minimal 2022") @Max(value = 2100, message = "tahun tidak valid") Integer tahun) {}

  /** 201 when a new cycle starts (the acting position's too), 200 with the existing ones otherwise (also for the loser of two starts at once). */
  @PostMapping("/api/siklus")
  @UlangBilaBentrok
  ResponseEntity<CycleService.Siklus> mulai(@Valid @RequestBody MulaiInput input, Authentication auth) {
    String instansi = organization.pegawai(input.nip()).getInstansi().getKode();
    if (!Grup.pengelola(auth, instansi)) {
      throw new ForbiddenException("Pegawai " + input.nip() + " bukan pegawai instansi yang Anda kelola.");
    }
    CycleService.Siklus s = cycles.mulai(input.nip(), input.tahun());
    return ResponseEntity.status(s.adaYangBaru() ? HttpStatus.CREATED : HttpStatus.OK).body(s);
  }

  /** {@code kemajuan}: where to read its progress; {@code pekerjaanLatar}: that progress as the request ends. */
  record Peluncuran(int tahun, boolean baru, String kemajuan, PekerjaanLatarService.Kemajuan pekerjaanLatar) {}

  /** 202 with the launch it started (it runs after the answer), 200 with the one of that year still running. */
  @PostMapping("/api/instansi/{kode}/siklus")
  ResponseEntity<Peluncuran> mulaiInstansi(@PathVariable String kode, @Valid @RequestBody MulaiInstansiInput input, Authentication auth) {
    PeluncuranService.Peluncuran p = peluncuran.luncurkan(kode, input.tahun(), auth.getName());
    String kemajuan = "/api/instansi/" + kode + "/pekerjaan-latar/" + p.pekerjaanLatarId();
    return ResponseEntity.status(p.baru() ? HttpStatus.ACCEPTED : HttpStatus.OK).location(URI.create(kemajuan))
        .body(new Peluncuran(input.tahun(), p.baru(), kemajuan, latar.kemajuan(kode, p.pekerjaanLatarId())));
  }
}
