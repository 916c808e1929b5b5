package id.kinerjaflow.evaluation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The appraiser's rating of a period, or of the year (then {@code umpanBalik} is not used). */
public record PenilaianInput(
    @NotNull(message = "rating hasil kerja wajib dipilih") Rating ratingHasilKerja,
    @NotNull(message = "rating perilaku kerja wajib dipilih") Rating ratingPerilaku,
    @Valid List<UmpanBalikInput> umpanBalik,
    @Size(max = 4000, message = "maksimal 4000 karakter") String catatan) {

  public record UmpanBalikInput(
      @NotNull(message = "RHK wajib dipilih") Long rhkId,
      @NotBlank(message = "umpan balik wajib diisi") @Size(max = 2000, message = "maksimal 2000 karakter") String isi) {}
}
