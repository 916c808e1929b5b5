package id.kinerjaflow.capaian;

import id.kinerjaflow.instansi.Instansi;
import id.kinerjaflow.instansi.InstansiService;
import id.kinerjaflow.instansi.Kalender;
import id.kinerjaflow.instansi.KalenderCapaian;
import id.kinerjaflow.organization.LingkupUnit;
import id.kinerjaflow.organization.Pegawai;
import id.kinerjaflow.organization.UnitKerja;
import id.kinerjaflow.planning.PlanningService;
import id.kinerjaflow.planning.Skp;
import id.kinerjaflow.security.Grup;
import id.kinerjaflow.web.ForbiddenException;
import id.kinerjaflow.web.InvalidInputException;
import id.kinerjaflow.web.UlangBilaBentrok;
import jakarta.validation.Valid;
import jakarta.validation.constraints.*;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.*;

/**
 * The organisation's performance: BKPSDM starts the year per perangkat daerah and sets who acts for the Bupati; the Kepala
 * Perangkat Daerah reports; the leader one level up sets the predicate; the final-rating form reads the head's rule.
 */
@RestController
@RequestMapping("/api")
class KinerjaOrganisasiController {
  private final KinerjaOrganisasiService service;
  private final InstansiService instansi;
  private final LingkupUnit lingkup;
  private final RatingPimpinan ratingPimpinan;
  private final PlanningService planning;
  private final Clock jam;

  KinerjaOrganisasiController(KinerjaOrganisasiService service, InstansiService instansi, LingkupUnit lingkup,
      RatingPimpinan ratingPimpinan, PlanningService planning, Clock jam) {
    this.service = service;
    this.instansi = instansi;
    this.lingkup = lingkup;
    this.ratingPimpinan = ratingPimpinan;
    this.planning = planning;
    this.jam = jam;
  }

  record LaporanInput(
      @NotNull(message = "persen capaian wajib diisi") @DecimalMin(value = "0", message = "persen capaian minimal 0")
      @DecimalMax(value = "1000", message = "persen capaian maksimal 1000")
      @Digits(integer = 4, fraction = 2, message = "persen capaian paling banyak dua angka desimal") BigDecimal persenCapaian,
      @NotBlank(message = "uraian capaian wajib diisi: sasaran, indikator dan realisasinya")
      @Size(max = 4000, message = "maksimal 4000 karakter") String uraian) {}

  record PredikatInput(
      @NotNull(message = "predikat wajib dipilih: ISTIMEWA, BAIK, BUTUH_PERBAIKAN, KURANG atau SANGAT_KURANG") PredikatOrganisasi predikat,
      @NotBlank(message = "alasan wajib diisi") @Size(max = 4000, message = "maksimal 4000 karakter") String alasan) {}

  record PenetapInput(
      @NotBlank(message = "NIP wajib diisi") @Pattern(regexp = "\\d{18}", message = "NIP harus 18 digit angka") String nip,
      @NotBlank(message = "keterangan wajib diisi, misalnya nomor keputusan Bupati")
      @Size(max = 500, message = "maksimal 500 karakter") String keterangan) {}

  enum StatusLaporan { BELUM_DIBUKA, TERBUKA, DILAPORKAN, TERKUNCI }

  record Orang(String nip, String nama, String jabatan) {
    static Orang of(Pegawai p) { return p == null ? null : new Orang(p.getNip(), p.getNama(), p.getJabatan().getNama()); }
  }

  record LaporanView(long id, int urutan, String nama, boolean tahunan, LocalDate dibuka, LocalDate batas, OffsetDateTime terkunciPada,
      StatusLaporan status, BigDecimal persenCapaian, String uraian, String dilaporkanOleh, Instant dilaporkanPada) {}

  record PredikatView(long unitId, String unitKode, String unitNama, int tahun, PredikatOrganisasi predikat, String alasan, String ditetapkanOleh,
      Instant ditetapkanPada) {
    static PredikatView of(UnitKerja u, int tahun, PenetapanPredikatOrganisasi p) {
      return p == null ? new PredikatView(u.getId(), u.getKode(), u.getNama(), tahun, null, null, null, null)
          : new PredikatView(u.getId(), u.getKode(), u.getNama(), tahun, p.getPredikat(), p.getAlasan(), p.getDitetapkanOleh(), p.getDitetapkanPada());
    }
  }

  /**
   * A perangkat daerah's year: its process (null before it starts), head, who sets its predicate ({@code keteranganPenetap}
   * says why nobody does, and what to do), its reports with their deadlines, its predicate and its units' predicates.
   */
  record UnitView(String unitKode, String unitNama, int tahun, String processInstanceId, Orang kepala, Orang penetapPredikat,
      boolean atasNamaBupati, String keteranganPenetap, List<LaporanView> laporan, PredikatView predikat, List<PredikatView> subUnit) {}

  record MulaiView(int tahun, List<KinerjaOrganisasiService.Mulai> perangkatDaerah) {}

  record PenetapView(Orang atasNamaBupati, String keterangan, Orang bupati) {}

  record RatingOrganisasiView(boolean berlaku, String unit, PredikatOrganisasi predikat, String ratingHasilKerja, String pesan) {}

  /** Starts the year's process for every perangkat daerah; 201 when one started, 200 when all were there. */
  @PostMapping("/instansi/{kode}/kinerja-organisasi")
  @Transactional
  @UlangBilaBentrok
  ResponseEntity<MulaiView> mulai(@PathVariable String kode, @RequestParam int tahun) {
    periksaTahun(tahun);
    List<KinerjaOrganisasiService.Mulai> hasil = service.mulai(kode, tahun);
    return ResponseEntity.status(hasil.stream().anyMatch(KinerjaOrganisasiService.Mulai::baru) ? HttpStatus.CREATED : HttpStatus.OK)
        .body(new MulaiView(tahun, hasil));
  }

  /** Every perangkat daerah the reader may see: the instansi's admins and auditors all, a Kepala Perangkat Daerah their own. */
  @GetMapping("/instansi/{kode}/kinerja-organisasi")
  @Transactional(readOnly = true)
  List<UnitView> status(@PathVariable String kode, @RequestParam int tahun, @RequestParam(required = false) String unit, Authentication auth) {
    periksaTahun(tahun);
    Instansi target = instansi.get(kode);
    Set<Long> boleh = lingkup.untuk(auth, target, unit);
    Kalender kalender = instansi.kalender(target, tahun);
    return service.perangkatDaerah(target).stream().filter(u -> boleh.contains(u.getId())).map(u -> view(u, kalender)).toList();
  }

  /** One perangkat daerah, for its forms: also read by its Kepala and whoever sets its predicate. */
  @GetMapping("/kinerja-organisasi/{kode}/{unitKode}/{tahun}")
  @Transactional(readOnly = true)
  UnitView unit(@PathVariable String kode, @PathVariable String unitKode, @PathVariable int tahun, Authentication auth) {
    UnitKerja pd = service.perangkatDaerah(kode, unitKode);
    boolean boleh = Grup.pembaca(auth, kode) || service.kepala(pd).stream().anyMatch(p -> p.getNip().equals(auth.getName()))
        || service.penetap(pd).filter(p -> p.getNip().equals(auth.getName())).isPresent();
    if (!boleh) {
      throw new ForbiddenException("Kinerja organisasi " + pd.getNama() + " dibaca oleh admin BKPSDM dan auditor, Kepala Perangkat"
          + " Daerahnya dan penetap predikatnya.");
    }
    return view(pd, instansi.kalender(pd.getInstansi(), tahun));
  }

  @PostMapping("/kinerja-organisasi/{kode}/{unitKode}/{tahun}/capaian/{urutan}")
  @Transactional
  @UlangBilaBentrok
  @ResponseStatus(HttpStatus.CREATED)
  LaporanView lapor(@PathVariable String kode, @PathVariable String unitKode, @PathVariable int tahun, @PathVariable int urutan,
      @Valid @RequestBody LaporanInput in, Authentication auth) {
    CapaianOrganisasi c = service.lapor(kode, unitKode, tahun, urutan, auth.getName(), in.persenCapaian(), in.uraian().trim());
    return laporan(c.getPeriode(), c);
  }

  /** The predicate of a perangkat daerah, or of a unit directly under one. */
  @PostMapping("/kinerja-organisasi/{kode}/{unitKode}/{tahun}/predikat")
  @Transactional
  @UlangBilaBentrok
  @ResponseStatus(HttpStatus.CREATED)
  PredikatView tetapkan(@PathVariable String kode, @PathVariable String unitKode, @PathVariable int tahun,
      @Valid @RequestBody PredikatInput in, Authentication auth) {
    PenetapanPredikatOrganisasi p = service.tetapkanPredikat(kode, unitKode, tahun, auth.getName(), in.predikat(), in.alasan().trim());
    return PredikatView.of(p.getUnit(), tahun, p);
  }

  @PutMapping("/instansi/{kode}/penetap-predikat-organisasi")
  @Transactional
  @UlangBilaBentrok
  PenetapView aturPenetap(@PathVariable String kode, @Valid @RequestBody PenetapInput in) {
    service.aturPenetap(kode, in.nip(), in.keterangan().trim());
    return penetap(kode);
  }

  @GetMapping("/instansi/{kode}/penetap-predikat-organisasi")
  @Transactional(readOnly = true)
  PenetapView penetap(@PathVariable String kode) {
    var atasNama = service.atasNamaBupati(kode);
    return new PenetapView(atasNama.map(a -> Orang.of(a.getPegawai())).orElse(null), atasNama.map(PenetapAtasNamaBupati::getKeterangan)
        .orElse(null), service.bupati(kode).map(Orang::of).orElse(null));
  }

  /** For the final-rating form: whether the SKP's holder heads a unit whose predicate fixes their Rating Hasil Kerja. */
  @GetMapping("/skp/{skpId}/rating-organisasi")
  @Transactional(readOnly = true)
  RatingOrganisasiView ratingOrganisasi(@PathVariable long skpId, Authentication auth) {
    Skp skp = planning.get(skpId);
    skp.pastikanBolehBaca(auth.getName(), Grup.pembaca(auth, skp.instansiKode()));
    return ratingPimpinan.untuk(skp.getJabatan(), skp.getTahun())
        .map(a -> new RatingOrganisasiView(true, a.unitNama(), a.predikat(), a.ratingHasilKerja(), a.pesan(skp.getTahun())))
        .orElse(new RatingOrganisasiView(false, null, null, null, null));
  }

  private UnitView view(UnitKerja pd, Kalender kalender) {
    int tahun = kalender.getTahun();
    Map<Long, CapaianOrganisasi> capaian = service.capaian(pd).stream()
        .collect(Collectors.toMap(c -> c.getPeriode().getId(), Function.identity()));
    Pegawai penetap = service.penetap(pd).orElse(null);
    return new UnitView(pd.getKode(), pd.getNama(), tahun, service.proses(pd, tahun), Orang.of(service.kepala(pd).stream().findFirst().orElse(null)),
        Orang.of(penetap), penetap != null && service.atasNamaBupati(pd.getInstansi().getKode()).isPresent(),
        penetap == null ? service.tanpaPenetap(pd) : null,
        kalender.getCapaianOrganisasi().stream().map(k -> laporan(k, capaian.get(k.getId()))).toList(),
        PredikatView.of(pd, tahun, service.predikat(pd, tahun).orElse(null)),
        service.subUnit(pd).stream().map(u -> PredikatView.of(u, tahun, service.predikat(u, tahun).orElse(null))).toList());
  }

  private LaporanView laporan(KalenderCapaian k, CapaianOrganisasi c) {
    StatusLaporan status = c != null ? StatusLaporan.DILAPORKAN : k.tenggat().sudahLewat(jam) ? StatusLaporan.TERKUNCI
        : jam.instant().isBefore(k.getDibuka().atStartOfDay(k.getKalender().getInstansi().zona()).toInstant()) ? StatusLaporan.BELUM_DIBUKA
        : StatusLaporan.TERBUKA;
    return new LaporanView(k.getId(), k.getUrutan(), k.getNama(), k.isTahunan(), k.getDibuka(), k.getBatas(), k.tenggat().terkunciPadaSetempat(),
        status, c == null ? null : c.getPersenCapaian(), c == null ? null : c.getUraian(), c == null ? null : c.getDilaporkanOleh(),
        c == null ? null : c.getDilaporkanPada());
  }

  private static void periksaTahun(int tahun) {
    if (tahun < 2022 || tahun > 2100) throw new InvalidInputException("tahun", "tahun harus antara 2022 dan 2100");
  }
}
