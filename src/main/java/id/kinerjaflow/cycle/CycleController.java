package id.kinerjaflow.cycle;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

/** Starting the annual cycle (admins only, see SecurityConfig). */
@RestController
class CycleController {
  private final CycleService cycles;

  CycleController(CycleService cycles) { this.cycles = cycles; }

  record MulaiInput(
      @NotNull(message = "NIP wajib diisi") @Pattern(regexp = "\\d{18}", message = "NIP harus 18 digit angka") String nip,
      @NotNull(message = "tahun wajib diisi") @Min(value = 2022, message = "tahun minimal 2022") @Max(value = 2100, message = "tahun tidak valid") Integer tahun) {}

  record MulaiInstansiInput(
      @NotNull(message = "tahun wajib diisi") @Min(value = 2022, message = "tahun minimal 2022") @Max(value = 2100, message = "tahun tidak valid") Integer tahun) {}

  /** 201 when a new cycle starts, 200 with the existing one otherwise. */
  @PostMapping("/api/siklus")
  ResponseEntity<CycleService.Siklus> mulai(@Valid @RequestBody MulaiInput input) {
    CycleService.Siklus s = cycles.mulai(input.nip(), input.tahun());
    return ResponseEntity.status(s.baru() ? HttpStatus.CREATED : HttpStatus.OK).body(s);
  }

  @PostMapping("/api/instansi/{kode}/siklus")
  CycleService.HasilMassal mulaiInstansi(@PathVariable String kode, @Valid @RequestBody MulaiInstansiInput input) {
    return cycles.mulaiInstansi(kode, input.tahun());
  }
}
