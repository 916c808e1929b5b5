package id.kinerjaflow.instansi;

import jakarta.validation.Valid;
import jakarta.validation.constraints.*;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import id.kinerjaflow.latar.PekerjaanLatarService;
import id.kinerjaflow.web.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.*;

/** Instansi and their calendars (writes are for admins, see SecurityConfig). */
@RestController
@RequestMapping("/api")
class InstansiController {
  private final InstansiService service;
  private final TenggatService tenggat;
  private final PresetCatalog presets;
  private final PekerjaanLatarService latar;

  InstansiController(InstansiService service, TenggatService tenggat, PresetCatalog presets, PekerjaanLatarService latar) {
    this.latar = latar;
    this.service = service;
    this.tenggat = tenggat;
    this.presets = presets;
  }

  record InstansiInput(
      @NotBlank(message = "kode wajib diisi") @Pattern(regexp = "[a-z0-9-]{2,50}", message = "kode hanya huruf kecil, angka dan tanda hubung (2–50)") String kode,
      @NotBlank(message = "nama wajib diisi") @Size(max = 200, message = "maksimal 200 karakter") String nama,
      String zonaWaktu) {}

  record InstansiView(String kode, String nama, String zonaWaktu) {
    static InstansiView of(Instansi i) { return new InstansiView(i.getKode(), i.getNama(), i.zona().getId()); }
  }

  record KalenderInput(
      @NotBlank(message = "preset wajib dipilih") String preset,
      @NotNull(message = "tahun wajib diisi") @Min(value = 2022, message = "tahun minimal 2022") @Max(value = 2100, message = "tahun tidak valid") Integer tahun) {}

  /**
   * {@code terkunci…}: when work locks (00.00 the day after each date, in the instansi's zone). {@code catatan…}: the preset's
   * note on a date that is a reading or a placeholder, while the date is still the preset's (a deadline change drops it).
   */
  record KalenderView(String instansi, int tahun, String preset, String presetNama, String sumber, String catatan,
      JenisPeriode jenisPeriode, LocalDate batasRencana, OffsetDateTime terkunciRencana, String catatanBatasRencana,
      LocalDate batasFinal, OffsetDateTime terkunciFinal, String catatanBatasFinal, boolean verifikasiTarget, boolean kurvaMengikat, List<PeriodeView> periode,
      List<CapaianView> capaianOrganisasi) {
    static KalenderView of(Kalender k, KalenderPreset preset) {
      KalenderPreset p = preset.untukTahun(k.getTahun());
      return new KalenderView(k.getInstansi().getKode(), k.getTahun(), k.getPreset(), p.nama(), p.sumber(), p.catatan(),
          k.getJenisPeriode(), k.getBatasRencana(), terkunci(k, k.getBatasRencana()),
          k.getBatasRencana().equals(p.batasRencana()) ? p.catatanBatasRencana() : null,
          k.getBatasFinal(), terkunci(k, k.getBatasFinal()), k.getBatasFinal().equals(p.batasFinal()) ? p.catatanBatasFinal() : null,
          k.isVerifikasiTarget(), k.isKurvaMengikat(), k.getPeriode().stream().map(kp -> PeriodeView.of(kp, p)).toList(),
          k.getCapaianOrganisasi().stream().map(c -> new CapaianView(c.getUrutan(), c.getNama(), c.isTahunan(), c.getDibuka(), c.getBatas())).toList());
    }

    private static OffsetDateTime terkunci(Kalender k, LocalDate batas) { return k.tenggat(batas).terkunciPadaSetempat(); }
  }

  /** A deadline of the Kepala Perangkat Daerah's report of Capaian Kinerja Organisasi. */
  record CapaianView(int urutan, String nama, boolean tahunan, LocalDate dibuka, LocalDate batas) {}

  record PeriodeView(int urutan, String nama, LocalDate mulai, LocalDate selesai, LocalDate laporanDibuka,
      LocalDate batasLaporan, OffsetDateTime terkunciLaporan, LocalDate batas, OffsetDateTime terkunci, String catatan) {
    static PeriodeView of(KalenderPeriode kp, KalenderPreset preset) {
      KalenderPreset.Periode asal = kp.getUrutan() <= preset.periode().size() ? preset.periode().get(kp.getUrutan() - 1) : null;
      boolean tetap = asal != null && kp.getBatas().equals(asal.batas())
          && kp.getBatasLaporan().equals(asal.batasLaporan() == null ? asal.batas() : asal.batasLaporan());
      return new PeriodeView(kp.getUrutan(), kp.getNama(), kp.getMulai(), kp.getSelesai(), kp.getLaporanDibuka(), kp.getBatasLaporan(),
          kp.tenggatLaporan().terkunciPadaSetempat(), kp.getBatas(), kp.tenggat().terkunciPadaSetempat(), tetap ? asal.catatan() : null);
    }
  }

  record PerubahanTenggatInput(
      @NotNull(message = "jenis wajib dipilih: RENCANA, PERIODE, FINAL atau CAPAIAN_ORGANISASI") JenisTenggat jenis,
      @Min(value = 1, message = "urutan periode mulai dari 1") Integer urutan,
      LocalDate batasLaporan,
      @NotNull(message = "batas baru wajib diisi (yyyy-mm-dd)") LocalDate batas,
      @NotBlank(message = "alasan wajib diisi, misalnya nomor dan tanggal surat edaran")
      @Size(max = 2000, message = "maksimal 2000 karakter") String alasan) {}

  /** {@code pekerjaanLatar}: the recalculation of the running processes (null for changes made before it ran in the background). */
  record PerubahanTenggatView(JenisTenggat jenis, Integer urutan, LocalDate batasLaporanLama, LocalDate batasLaporanBaru,
      LocalDate batasLama, LocalDate batasBaru, String alasan, String oleh, Instant pada, int prosesDipindahkan,
      PekerjaanLatarService.Kemajuan pekerjaanLatar) {}

  private PerubahanTenggatView view(PerubahanTenggat p) {
    return new PerubahanTenggatView(p.getJenis(), p.getUrutan(), p.getBatasLaporanLama(), p.getBatasLaporanBaru(),
        p.getBatasLama(), p.getBatasBaru(), p.getAlasan(), p.getOleh(), p.getPada(), p.getProsesDipindahkan(),
        p.getPekerjaanLatar() == null ? null : latar.kemajuan(p.getPekerjaanLatar()));
  }

  /**
   * BKPSDM moves a deadline (a new circular); the running processes' timers and task due dates follow in the background:
   * the answer's {@code pekerjaanLatar} is its progress (also {@code GET /api/instansi/{kode}/pekerjaan-latar/{id}}).
   */
  @PostMapping("/instansi/{kode}/kalender/{tahun}/tenggat")
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  PerubahanTenggatView ubahTenggat(@PathVariable String kode, @PathVariable int tahun, @Valid @RequestBody PerubahanTenggatInput in,
      Authentication auth) {
    return view(tenggat.ubah(kode, tahun,
        new TenggatService.Perubahan(in.jenis(), in.urutan(), in.batasLaporan(), in.batas(), in.alasan()), auth.getName()));
  }

  @GetMapping("/instansi/{kode}/kalender/{tahun}/tenggat")
  @Transactional(readOnly = true)
  List<PerubahanTenggatView> riwayatTenggat(@PathVariable String kode, @PathVariable int tahun) {
    return tenggat.riwayat(kode, tahun).stream().map(this::view).toList();
  }

  private KalenderView view(Kalender k) { return KalenderView.of(k, presets.get(k.getPreset())); }

  @GetMapping("/kalender/preset")
  Collection<KalenderPreset> presets() { return presets.semua(); }

  @PostMapping("/instansi")
  @ResponseStatus(HttpStatus.CREATED)
  InstansiView buat(@Valid @RequestBody InstansiInput input) {
    ZoneId zona;
    try {
      zona = ZoneId.of(input.zonaWaktu() == null ? "Asia/Jakarta" : input.zonaWaktu());
    } catch (DateTimeException e) {
      throw new InvalidInputException("zonaWaktu", "zona waktu tidak dikenal, contoh: Asia/Jakarta, Asia/Makassar, Asia/Jayapura");
    }
    return InstansiView.of(service.buat(input.kode(), input.nama(), zona));
  }

  @PostMapping("/instansi/{kode}/kalender")
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  KalenderView pasangKalender(@PathVariable String kode, @Valid @RequestBody KalenderInput input) {
    return view(service.pasangKalender(kode, input.preset(), input.tahun()));
  }

  @GetMapping("/instansi/{kode}/kalender/{tahun}")
  @Transactional(readOnly = true)
  KalenderView kalender(@PathVariable String kode, @PathVariable int tahun) {
    return view(service.kalender(kode, tahun));
  }
}
