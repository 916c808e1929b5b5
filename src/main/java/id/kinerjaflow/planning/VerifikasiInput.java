package id.kinerjaflow.planning;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** BKPSDM's verdict on the annual targets: accept, or return with reasons. */
public record VerifikasiInput(
    @NotNull(message = "pilih terima (true) atau kembalikan (false)") Boolean diterima,
    @Size(max = 4000, message = "maksimal 4000 karakter") String catatan) {}
