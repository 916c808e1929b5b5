package id.kinerjaflow.planning;

import jakarta.validation.Valid;
import jakarta.validation.constraints.*;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The whole SKP plan as the employee edits it. An RHK with an id updates that RHK; one without is new. {@code lampiran}
 * (optional) is the form's annex; null leaves it empty.
 */
public record RencanaInput(
    @NotEmpty(message = "minimal satu RHK wajib diisi") @Valid List<RhkInput> rhk,
    Map<NilaiBerakhlak, @Size(max = 2000, message = "maksimal 2000 karakter") String> ekspektasiKhusus,
    @Valid Lampiran lampiran) {

  public record Lampiran(
      @Size(max = 4000, message = "maksimal 4000 karakter") String dukunganSumberDaya,
      @Size(max = 4000, message = "maksimal 4000 karakter") String skemaPertanggungjawaban,
      @Size(max = 4000, message = "maksimal 4000 karakter") String konsekuensi) {}

  public record RhkInput(
      Long id,
      @NotBlank(message = "uraian RHK wajib diisi") @Size(max = 2000, message = "maksimal 2000 karakter") String uraian,
      @NotNull(message = "jenis RHK wajib dipilih (UTAMA atau TAMBAHAN)") JenisRhk jenis,
      Long rhkAtasanId,
      @NotEmpty(message = "setiap RHK memerlukan minimal satu indikator") @Valid List<IndikatorInput> indikator) {}

  public record IndikatorInput(
      @NotBlank(message = "uraian indikator wajib diisi") @Size(max = 2000, message = "maksimal 2000 karakter") String uraian,
      @NotNull(message = "target kuantitas wajib diisi") @Positive(message = "target kuantitas harus lebih dari 0")
      @Digits(integer = 15, fraction = 2, message = "target kuantitas maksimal 15 digit dengan 2 desimal") BigDecimal targetKuantitas,
      @NotBlank(message = "satuan target wajib diisi") @Size(max = 100, message = "maksimal 100 karakter") String satuan,
      @NotNull(message = "target kualitas wajib diisi")
      @DecimalMin(value = "0", message = "target kualitas antara 0 dan 100 (%)")
      @DecimalMax(value = "100", message = "target kualitas antara 0 dan 100 (%)")
      @Digits(integer = 3, fraction = 2, message = "target kualitas maksimal 2 desimal") BigDecimal targetKualitas,
      @NotNull(message = "target waktu wajib diisi")
      @Min(value = 1, message = "target waktu antara 1 dan 12 bulan")
      @Max(value = 12, message = "target waktu antara 1 dan 12 bulan") Integer targetWaktu) {}
}
