package id.kinerjaflow.pemantauan;

import id.kinerjaflow.evaluation.EvaluasiPeriodik;
import id.kinerjaflow.evaluation.EvaluationService;
import id.kinerjaflow.evaluation.Predikat;
import id.kinerjaflow.evaluation.StatusEvaluasi;
import id.kinerjaflow.instansi.Instansi;
import id.kinerjaflow.instansi.InstansiService;
import id.kinerjaflow.instansi.Kalender;
import id.kinerjaflow.instansi.KalenderPeriode;
import id.kinerjaflow.organization.LingkupUnit;
import id.kinerjaflow.organization.OrganizationService;
import id.kinerjaflow.organization.Pegawai;
import id.kinerjaflow.organization.UnitKerja;
import id.kinerjaflow.planning.Kedudukan;
import id.kinerjaflow.planning.PlanningService;
import id.kinerjaflow.planning.Skp;
import id.kinerjaflow.planning.StatusSkp;
import id.kinerjaflow.security.Grup;
import id.kinerjaflow.web.ForbiddenException;
import id.kinerjaflow.web.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.*;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monitoring of the year's SKP for those who must watch them (seed 003 point 5, seed 004 point 5): each SKP's plan, each
 * period (reported, rated, late) and the final predicate. Who is seen: an instansi's admins and auditors every SKP of it; a
 * Kepala Perangkat Daerah the SKP of the perangkat daerah they head ({@link LingkupUnit}); an appraiser the SKP they appraise.
 */
@Service
@Transactional(readOnly = true)
public class Pemantauan {
  /** What a period of one SKP is at now (before the plan is set: not open, or missed once locked); the last three are late. */
  public enum Keadaan { BELUM_DIBUKA, BERJALAN, MENUNGGU_LAPORAN, DILAPORKAN, DINILAI, TIDAK_MELAPOR, TIDAK_DINILAI, TERLEWAT }

  private static final Set<Keadaan> TERLAMBAT = EnumSet.of(Keadaan.TIDAK_MELAPOR, Keadaan.TIDAK_DINILAI, Keadaan.TERLEWAT);

  /** {@code cakupan}: why the reader sees these rows: {@code INSTANSI}, {@code PERANGKAT_DAERAH}, {@code PENILAI}. */
  public record Laporan(String instansi, String instansiNama, int tahun, String zonaWaktu, List<String> cakupan, String unit,
      List<UnitView> unitPilihan, LocalDate batasRencana, OffsetDateTime terkunciRencana, List<PeriodeView> periode,
      Ringkasan ringkasan, List<Baris> pegawai) {}

  public record UnitView(String kode, String nama) {}

  public record PeriodeView(int urutan, String nama, LocalDate laporanDibuka, LocalDate batasLaporan, LocalDate batas,
      OffsetDateTime terkunci, boolean sudahTerkunci) {}

  public record Ringkasan(int jumlah, int rencanaDitetapkan, int terlambat, int dinilaiAkhir) {}

  public record Baris(Long skpId, String nip, String nama, String jabatan, Kedudukan kedudukan, UnitView unit, String penilaiNip,
      String penilaiNama, StatusSkp rencana, boolean rencanaTerlambat, List<PeriodeBaris> periode, Predikat predikatAkhir,
      boolean terlambat) {}

  public record PeriodeBaris(int urutan, Keadaan keadaan, boolean terlambat, Instant dilaporkanPada, Instant dinilaiPada,
      Predikat predikat) {}

  private final InstansiService instansiService;
  private final OrganizationService organization;
  private final PlanningService planning;
  private final EvaluationService evaluation;
  private final LingkupUnit lingkup;
  private final Clock clock;

  Pemantauan(InstansiService instansiService, OrganizationService organization, PlanningService planning,
      EvaluationService evaluation, LingkupUnit lingkup, Clock clock) {
    this.instansiService = instansiService;
    this.organization = organization;
    this.planning = planning;
    this.evaluation = evaluation;
    this.lingkup = lingkup;
    this.clock = clock;
  }

  /**
   * {@code instansiKode} null: the reader's own (as employee, else as the instansi's BKPSDM admin); {@code tahun} null: the
   * current year of the application's clock in the instansi's zone.
   */
  public Laporan laporan(Authentication auth, String instansiKode, Integer tahunDiminta, String unitKode) {
    Instansi instansi = instansiService.get(instansiKode != null && !instansiKode.isBlank() ? instansiKode : instansiSendiri(auth));
    int tahun = tahunDiminta != null ? tahunDiminta : LocalDate.now(clock.withZone(instansi.zona())).getYear();
    Optional<Pegawai> saya = organization.cariPegawai(auth.getName())
        .filter(p -> p.isAktif() && p.getInstansi().getId().equals(instansi.getId()));
    List<String> cakupan = new ArrayList<>();
    Set<Long> unitBoleh;
    if (Grup.pembaca(auth, instansi.getKode())) {
      cakupan.add("INSTANSI");
      unitBoleh = organization.unit(instansi).stream().map(UnitKerja::getId).collect(Collectors.toSet());
    } else {
      unitBoleh = saya.isPresent() ? lingkup.dipimpin(auth, instansi) : Set.of();
      if (!unitBoleh.isEmpty()) cakupan.add("PERANGKAT_DAERAH");
      if (saya.isPresent() && anggota(auth, Grup.PENILAI)) cakupan.add("PENILAI");
      if (cakupan.isEmpty()) {
        throw new ForbiddenException("Pemantauan hanya untuk pejabat penilai dan Kepala Perangkat Daerah instansi " + instansi.getNama()
            + ", serta admin BKPSDM dan auditornya.");
      }
    }
    Kalender kalender = instansiService.kalender(instansi, tahun);
    List<Skp> terlihat = planning.semua(instansi, tahun).stream()
        .filter(s -> unitBoleh.contains(s.getJabatan().getUnit().getId())
            || s.getPenilai() != null && s.getPenilai().getNip().equals(auth.getName()))
        .toList();
    Map<Long, UnitKerja> unitTerlihat = new TreeMap<>();
    organization.unit(instansi).stream().filter(u -> unitBoleh.contains(u.getId())).forEach(u -> unitTerlihat.put(u.getId(), u));
    terlihat.forEach(s -> unitTerlihat.putIfAbsent(s.getJabatan().getUnit().getId(), s.getJabatan().getUnit()));
    List<Skp> skp = terlihat;
    if (unitKode != null && !unitKode.isBlank()) {
      Set<Long> pohon = lingkup.pohon(instansi, unitKode);
      if (pohon.stream().noneMatch(unitTerlihat::containsKey)) {
        throw new ForbiddenException("Anda tidak berhak memantau unit '" + unitKode + "'; pilih unit yang Anda pimpin atau tempat pegawai yang Anda nilai.");
      }
      skp = terlihat.stream().filter(s -> pohon.contains(s.getJabatan().getUnit().getId())).toList();
    }

    Map<Integer, Map<Long, EvaluasiPeriodik>> evaluasi = new HashMap<>();
    for (KalenderPeriode p : kalender.getPeriode()) {
      evaluasi.put(p.getUrutan(), evaluation.untukPeriode(p).stream().collect(Collectors.toMap(e -> e.getSkp().getId(), Function.identity())));
    }
    Map<String, Predikat> akhir = evaluation.predikatAkhir(instansi, tahun);
    List<Baris> baris = skp.stream().map(s -> baris(s, kalender, evaluasi, akhir)).toList();
    Ringkasan ringkasan = new Ringkasan(baris.size(), (int) baris.stream().filter(b -> b.rencana() == StatusSkp.DITETAPKAN).count(),
        (int) baris.stream().filter(Baris::terlambat).count(), (int) baris.stream().filter(b -> b.predikatAkhir() != null).count());
    List<PeriodeView> periode = kalender.getPeriode().stream().map(p -> new PeriodeView(p.getUrutan(), p.getNama(), p.getLaporanDibuka(),
        p.getBatasLaporan(), p.getBatas(), p.tenggat().terkunciPadaSetempat(), p.tenggat().sudahLewat(clock))).toList();
    return new Laporan(instansi.getKode(), instansi.getNama(), tahun, instansi.zona().getId(), cakupan, unitKode,
        unitTerlihat.values().stream().map(u -> new UnitView(u.getKode(), u.getNama())).toList(), kalender.getBatasRencana(),
        kalender.tenggat(kalender.getBatasRencana()).terkunciPadaSetempat(), periode, ringkasan, baris);
  }

  private Baris baris(Skp s, Kalender kalender, Map<Integer, Map<Long, EvaluasiPeriodik>> evaluasi, Map<String, Predikat> akhir) {
    List<PeriodeBaris> periode = kalender.getPeriode().stream()
        .map(p -> periode(p, s.getStatus() == StatusSkp.DITETAPKAN ? evaluasi.get(p.getUrutan()).get(s.getId()) : null)).toList();
    boolean rencanaTerlambat = s.isTerlambat() && s.getStatus() != StatusSkp.DITETAPKAN;
    UnitKerja unit = s.getJabatan().getUnit();
    return new Baris(s.getId(), s.getPegawai().getNip(), s.getPegawai().getNama(), s.getJabatan().getNama(), s.getKedudukan(),
        new UnitView(unit.getKode(), unit.getNama()), s.getPenilai() == null ? null : s.getPenilai().getNip(),
        s.getPenilai() == null ? null : s.getPenilai().getNama(), s.getStatus(), rencanaTerlambat, periode,
        s.getKedudukan() == Kedudukan.DEFINITIF ? akhir.get(s.getPegawai().getNip()) : null,
        rencanaTerlambat || periode.stream().anyMatch(PeriodeBaris::terlambat));
  }

  private PeriodeBaris periode(KalenderPeriode p, EvaluasiPeriodik ev) {
    boolean terkunci = p.tenggat().sudahLewat(clock);
    Keadaan k;
    if (ev == null) k = terkunci ? Keadaan.TERLEWAT : Keadaan.BELUM_DIBUKA;
    else if (ev.getStatus() == StatusEvaluasi.DINILAI) k = Keadaan.DINILAI;
    else if (ev.getDilaporkanPada() != null) k = terkunci || ev.getStatus() == StatusEvaluasi.TIDAK_DINILAI ? Keadaan.TIDAK_DINILAI : Keadaan.DILAPORKAN;
    else if (ev.getStatus() == StatusEvaluasi.TIDAK_DINILAI || p.tenggatLaporan().sudahLewat(clock)) k = Keadaan.TIDAK_MELAPOR;
    else k = LocalDate.now(clock.withZone(p.getKalender().getInstansi().zona())).isBefore(p.getLaporanDibuka())
        ? Keadaan.BERJALAN : Keadaan.MENUNGGU_LAPORAN;
    return new PeriodeBaris(p.getUrutan(), k, TERLAMBAT.contains(k), ev == null ? null : ev.getDilaporkanPada(),
        k == Keadaan.DINILAI ? ev.getDinilaiPada() : null, k == Keadaan.DINILAI ? ev.getPredikat() : null);
  }

  private String instansiSendiri(Authentication auth) {
    Optional<Pegawai> p = organization.cariPegawai(auth.getName());
    if (p.isPresent()) return p.get().getInstansi().getKode();
    return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .filter(g -> g.startsWith(Grup.ADMIN_BKPSDM + "-")).map(g -> g.substring(Grup.ADMIN_BKPSDM.length() + 1)).findFirst()
        .orElseThrow(() -> new InvalidInputException("instansi", "pilih instansi yang dipantau (kode instansi)"));
  }

  private static boolean anggota(Authentication auth, String grup) {
    return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(grup::equals);
  }
}
