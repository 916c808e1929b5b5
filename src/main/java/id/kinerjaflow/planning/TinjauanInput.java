package id.kinerjaflow.planning;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;

/** The appraiser's review: approve, or return with notes (overall and per RHK id). */
public record TinjauanInput(
    @NotNull(message = "pilih setujui (true) atau kembalikan (false)") Boolean disetujui,
    @Size(max = 4000, message = "maksimal 4000 karakter") String catatan,
    Map<Long, @Size(max = 2000, message = "maksimal 2000 karakter") String> catatanRhk) {}
