package id.kinerjaflow.evaluation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The employee's periodic report: the action plan and the realisation of every indicator. */
public record LaporanInput(
    @NotBlank(message = "rencana aksi wajib diisi") @Size(max = 4000, message = "maksimal 4000 karakter") String rencanaAksi,
    @NotEmpty(message = "realisasi setiap indikator wajib diisi") @Valid List<RealisasiInput> realisasi) {

  public record RealisasiInput(
      @NotNull(message = "indikator wajib dipilih") Long indikatorId,
      @NotBlank(message = "realisasi wajib diisi") @Size(max = 2000, message = "maksimal 2000 karakter") String uraian) {}
}
