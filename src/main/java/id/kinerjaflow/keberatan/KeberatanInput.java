package id.kinerjaflow.keberatan;

import id.kinerjaflow.evaluation.Predikat;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What the people of an objection send: the employee's reasons, the appraiser's response, the superior's decision. */
public final class KeberatanInput {
  public record Pengajuan(
      @NotBlank(message = "alasan keberatan wajib diisi") @Size(max = 4000, message = "maksimal 4000 karakter") String alasan) {}

  public record Tanggapan(
      @NotBlank(message = "tanggapan wajib diisi") @Size(max = 4000, message = "maksimal 4000 karakter") String tanggapan) {}

  /** {@code DIKUATKAN} keeps the predicate; {@code DIUBAH} sets {@code predikat}, another one. Both with a reason. */
  public record Putusan(
      @NotNull(message = "pilih DIKUATKAN atau DIUBAH") Keputusan keputusan,
      Predikat predikat,
      @NotBlank(message = "alasan keputusan wajib diisi") @Size(max = 4000, message = "maksimal 4000 karakter") String alasan) {}

  private KeberatanInput() {}
}
