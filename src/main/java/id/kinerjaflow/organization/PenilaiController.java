package id.kinerjaflow.organization;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.kinerjaflow.security.Grup;
import id.kinerjaflow.web.ForbiddenException;
import id.kinerjaflow.web.InvalidInputException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.*;

/** An employee's appraiser, and the delegation of appraisers set by the instansi's BKPSDM. */
@RestController
@RequestMapping("/api")
class PenilaiController {
  private final AppraiserResolver resolver;
  private final OrganizationService organization;
  private final DelegasiPenilaiService delegasi;

  PenilaiController(AppraiserResolver resolver, OrganizationService organization, DelegasiPenilaiService delegasi) {
    this.resolver = resolver;
    this.organization = organization;
    this.delegasi = delegasi;
  }

  record JabatanView(String nama, KelasJabatan kelas) {
    static JabatanView of(Jabatan j) { return new JabatanView(j.getNama(), j.getKelas()); }
  }

  record UnitView(String kode, String nama) {
    static UnitView of(UnitKerja u) { return new UnitView(u.getKode(), u.getNama()); }
  }

  /** The appraiser acts in the vacant head position of {@code unit}; {@code jabatanDefinitif} is their own position. */
  record PltView(UnitView unit, JabatanView jabatanDefinitif) {}

  /** {@code jabatan} and {@code unit}: the head position the appraiser appraises from. */
  record PenilaiView(String nip, String nama, JabatanView jabatan, UnitView unit, String baris, String keterangan,
      boolean pengecualian, boolean delegasi, PltView plt) {
    static PenilaiView of(AppraiserResolver.Hasil h) {
      Pegawai p = h.penilai();
      return new PenilaiView(p.getNip(), p.getNama(), JabatanView.of(h.jabatan()), UnitView.of(h.jabatan().getUnit()), h.baris(),
          h.keterangan(), h.pengecualian(), h.delegasi(),
          h.pltUnit() == null ? null : new PltView(UnitView.of(h.pltUnit()), JabatanView.of(p.getJabatan())));
    }
  }

  record DelegasiInput(
      @NotBlank(message = "unit wajib diisi: kode unit perangkat daerah") String unit,
      @NotNull(message = "tahun wajib diisi") @Min(value = 2022, message = "tahun minimal 2022") @Max(value = 2100, message = "tahun tidak valid") Integer tahun,
      @NotBlank(message = "baris wajib diisi, misalnya \"9\"") String baris,
      @NotNull(message = "aktif wajib diisi: true atau false") Boolean aktif) {}

  /** {@code penilai}: open SKP moved to another appraiser by this change (absent when listing). */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record DelegasiView(String unit, String namaUnit, int tahun, String baris, boolean aktif, AkibatPenilai penilai) {
    static DelegasiView of(DelegasiPenilai d, AkibatPenilai penilai) {
      return new DelegasiView(d.getUnit().getKode(), d.getUnit().getNama(), d.getTahun(), d.getBaris(), d.isAktif(), penilai);
    }
  }

  /** The employee themself, the admins of their instansi and auditors; {@code plt=true}: for the head position they act in. */
  @GetMapping("/pegawai/{nip}/penilai")
  PenilaiView penilai(@PathVariable String nip, @RequestParam(required = false) Integer tahun,
      @RequestParam(defaultValue = "false") boolean plt, Authentication auth) {
    Pegawai pegawai = organization.pegawai(nip);
    if (!auth.getName().equals(nip) && !Grup.pembaca(auth, pegawai.getInstansi().getKode())) {
      throw new ForbiddenException("Hanya pegawai yang bersangkutan, admin BKPSDM instansinya dan auditor yang dapat melihat pejabat penilai " + nip + ".");
    }
    if (tahun == null || tahun < 2022 || tahun > 2100) {
      throw new InvalidInputException("tahun", "tahun wajib diisi, antara 2022 dan 2100, misalnya ?tahun=2025");
    }
    if (!plt) return PenilaiView.of(resolver.resolve(pegawai, tahun));
    Jabatan jabatan = organization.jabatanPlt(pegawai)
        .orElseThrow(() -> new InvalidInputException("plt", pegawai.getNama() + " (" + nip + ") tidak tercatat sebagai Plt/Plh"));
    return PenilaiView.of(resolver.resolve(pegawai, jabatan, tahun));
  }

  /** The instansi's admins only (SecurityConfig). */
  @PutMapping("/instansi/{kode}/delegasi-penilai")
  DelegasiView aturDelegasi(@PathVariable String kode, @Valid @RequestBody DelegasiInput in, Authentication auth) {
    var hasil = delegasi.atur(kode, in.unit(), in.tahun(), in.baris(), in.aktif(), auth.getName());
    return DelegasiView.of(hasil.delegasi(), hasil.penilai());
  }

  @GetMapping("/instansi/{kode}/delegasi-penilai")
  List<DelegasiView> daftarDelegasi(@PathVariable String kode, @RequestParam int tahun) {
    return delegasi.daftar(kode, tahun).stream().map(d -> DelegasiView.of(d, null)).toList();
  }
}
