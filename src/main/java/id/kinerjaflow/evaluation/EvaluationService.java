package id.kinerjaflow.evaluation;

import id.kinerjaflow.KinerjaProperties;
import id.kinerjaflow.capaian.RatingPimpinan;
import id.kinerjaflow.instansi.Instansi;
import id.kinerjaflow.instansi.KalenderPeriode;
import id.kinerjaflow.planning.Indikator;
import id.kinerjaflow.planning.PlanningService;
import id.kinerjaflow.planning.Rhk;
import id.kinerjaflow.planning.Skp;
import id.kinerjaflow.planning.StatusSkp;
import id.kinerjaflow.process.OpenTasks;
import id.kinerjaflow.process.SkpFinalEvaluationProcess;
import id.kinerjaflow.process.SkpPeriodicEvaluationProcess;
import id.kinerjaflow.process.Variables;
import id.kinerjaflow.web.Bentrok;
import id.kinerjaflow.web.ConflictException;
import id.kinerjaflow.web.InvalidInputException;
import id.kinerjaflow.web.NotFoundException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.*;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeType;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Periodic and final evaluations: reports, evidence, ratings, predicates and locks. */
@Service
@Transactional
public class EvaluationService {
  private final EvaluasiPeriodikRepository periodikRepository;
  private final EvaluasiAkhirRepository akhirRepository;
  private final BuktiDukungRepository buktiRepository;
  private final OpenTasks openTasks;
  private final PlanningService planning;
  private final RuntimeService runtimeService;
  private static final MimeTypes TIPE = MimeTypes.getDefaultMimeTypes();
  private final KinerjaProperties.Bukti aturanBukti;
  private final Clock jam;
  private final RatingPimpinan ratingPimpinan;

  EvaluationService(EvaluasiPeriodikRepository periodikRepository, EvaluasiAkhirRepository akhirRepository,
      BuktiDukungRepository buktiRepository, OpenTasks openTasks, PlanningService planning, RuntimeService runtimeService,
      KinerjaProperties properties, Clock jam, RatingPimpinan ratingPimpinan) {
    this.ratingPimpinan = ratingPimpinan;
    this.periodikRepository = periodikRepository;
    this.akhirRepository = akhirRepository;
    this.buktiRepository = buktiRepository;
    this.openTasks = openTasks;
    this.planning = planning;
    this.runtimeService = runtimeService;
    this.aturanBukti = properties.bukti();
    this.jam = jam;
  }

  /** What a period's process needs: its name for the tasks, and its calendar period (the timers read its dates). */
  public record JadwalPeriode(String nama, Long kalenderPeriodeId) {}

  /** Creates the evaluations of a new SKP from its calendar. */
  public void siapkan(Skp skp) {
    akhirRepository.save(new EvaluasiAkhir(skp));
    skp.getKalender().getPeriode().forEach(p -> periodikRepository.save(new EvaluasiPeriodik(skp, p)));
  }

  // --- periodic evaluation ---

  public JadwalPeriode bukaPeriode(long periodeId) {
    EvaluasiPeriodik ev = periodikRepository.getReferenceById(periodeId);
    return new JadwalPeriode(ev.namaLengkap(), ev.getPeriode().getId());
  }

  public EvaluasiPeriodik lapor(long skpId, int urutan, String pelaku, LaporanInput input) {
    planning.kunci(skpId);
    EvaluasiPeriodik ev = periode(skpId, urutan);
    Skp skp = ev.getSkp();
    skp.pastikanPegawai(pelaku);
    pastikanLaporanTerbuka(ev);
    if (ev.getStatus() != StatusEvaluasi.MENUNGGU) {
      throw new ConflictException("Periode " + ev.namaLengkap() + " sudah dilaporkan.");
    }
    Map<Long, Indikator> indikator = skp.getRhk().stream().flatMap(r -> r.getIndikator().stream())
        .collect(Collectors.toMap(Indikator::getId, Function.identity()));
    Map<String, String> errors = new TreeMap<>();
    Set<Long> terisi = new HashSet<>();
    for (int i = 0; i < input.realisasi().size(); i++) {
      Long id = input.realisasi().get(i).indikatorId();
      if (!indikator.containsKey(id)) errors.put("realisasi[" + i + "].indikatorId", "indikator " + id + " bukan bagian dari SKP ini");
      else if (!terisi.add(id)) errors.put("realisasi[" + i + "].indikatorId", "indikator " + id + " diisi lebih dari sekali");
    }
    indikator.values().stream().filter(ind -> !terisi.contains(ind.getId())).findFirst().ifPresent(ind ->
        errors.put("realisasi", "realisasi untuk indikator \"" + ind.getUraian() + "\" belum diisi"));
    if (!errors.isEmpty()) throw new InvalidInputException(errors);

    Task task = tugasLaporan(ev);
    input.realisasi().forEach(r -> ev.getRealisasi().add(new Realisasi(ev, indikator.get(r.indikatorId()), r.uraian())));
    ev.lapor(input.rencanaAksi(), sekarang());
    openTasks.complete(task, Map.of());
    return ev;
  }

  public BuktiDukung unggahBukti(long skpId, int urutan, String pelaku, String namaFile, String tipeKonten, byte[] isi) {
    EvaluasiPeriodik ev = periode(skpId, urutan);
    ev.getSkp().pastikanPegawai(pelaku);
    pastikanLaporanTerbuka(ev);
    if (ev.getStatus() == StatusEvaluasi.DINILAI) {
      throw new ConflictException("Periode " + ev.namaLengkap() + " sudah dinilai; bukti dukung tidak dapat ditambah.");
    }
    String nama = namaBerkas(namaFile);
    return buktiRepository.save(new BuktiDukung(ev, nama, periksaBerkas(nama, tipeKonten, isi), isi, sekarang()));
  }

  /** The name an uploaded file is stored under: its own, or "berkas" when it has none. */
  public static String namaBerkas(String namaFile) { return namaFile == null || namaFile.isBlank() ? "berkas" : namaFile; }

  /**
   * An evidence file (a period's, an objection's) checked against {@code kinerja.bukti}: its name, size and the type read
   * from its content; answers that type. Refused with 400 on {@code berkas}.
   */
  public String periksaBerkas(String nama, String tipeKonten, byte[] isi) {
    if (nama.length() > 255) throw new InvalidInputException("berkas", "nama berkas maksimal 255 karakter");
    if (isi.length == 0) throw new InvalidInputException("berkas", "berkas '" + nama + "' kosong");
    if (isi.length > aturanBukti.ukuranMaks().toBytes()) {
      throw new InvalidInputException("berkas", "berkas '" + nama + "' berukuran " + (isi.length / 1024) + " KB; maksimal "
          + aturanBukti.ukuranMaks().toKilobytes() + " KB");
    }
    return tipeIsi(nama, tipeKonten, isi);
  }

  /**
   * The type the content has (Apache Tika, from its bytes), refused unless it is allowed and agrees with the
   * declared type (when not {@code application/octet-stream}) and the file name's extension.
   */
  private String tipeIsi(String nama, String tipeDinyatakan, byte[] isi) {
    MimeType tipe;
    try {
      tipe = TIPE.forName(TIPE.detect(new ByteArrayInputStream(isi), new Metadata()).getBaseType().toString());
    } catch (IOException | MimeTypeException e) {
      throw new IllegalStateException(e); // in-memory bytes and a type Tika itself detected
    }
    String diizinkan = "; yang diizinkan: " + String.join(", ", aturanBukti.tipeDiizinkan());
    if (!aturanBukti.tipeDiizinkan().contains(tipe.getName())) {
      throw new InvalidInputException("berkas", "isi berkas '" + nama + "' bertipe " + tipe.getName() + diizinkan);
    }
    MediaType dinyatakan = tipeDinyatakan == null ? null : MediaType.parse(tipeDinyatakan);
    if (dinyatakan != null && !dinyatakan.getBaseType().equals(MediaType.OCTET_STREAM)
        && !TIPE.getMediaTypeRegistry().normalize(dinyatakan.getBaseType()).equals(tipe.getType())) {
      throw new InvalidInputException("berkas", "isi berkas '" + nama + "' bertipe " + tipe.getName() + ", bukan "
          + dinyatakan.getBaseType() + " seperti yang dikirim" + diizinkan);
    }
    int titik = nama.lastIndexOf('.');
    String ekstensi = titik < 0 ? null : nama.substring(titik).toLowerCase(Locale.ROOT);
    if (ekstensi != null && !tipe.getExtensions().contains(ekstensi)) {
      throw new InvalidInputException("berkas", "isi berkas '" + nama + "' bertipe " + tipe.getName() + ", tidak sesuai ekstensi "
          + ekstensi + " (untuk tipe ini: " + String.join(", ", tipe.getExtensions()) + ")");
    }
    return tipe.getName();
  }

  public HasilView.AturanBukti aturanBukti() {
    return new HasilView.AturanBukti(aturanBukti.ukuranMaks().toKilobytes(), aturanBukti.tipeDiizinkan());
  }

  @Transactional(readOnly = true)
  public List<BuktiDukung> bukti(EvaluasiPeriodik ev) { return buktiRepository.findByEvaluasiOrderById(ev); }

  @Transactional(readOnly = true)
  public BuktiDukung bukti(long skpId, int urutan, long buktiId) {
    EvaluasiPeriodik ev = periode(skpId, urutan);
    return buktiRepository.findById(buktiId).filter(b -> b.getEvaluasi().getId().equals(ev.getId()))
        .orElseThrow(() -> new NotFoundException("Bukti dukung " + buktiId + " tidak ditemukan pada periode " + ev.namaLengkap() + "."));
  }

  public EvaluasiPeriodik nilai(long skpId, int urutan, String pelaku, PenilaianInput input) {
    planning.kunci(skpId);
    EvaluasiPeriodik ev = periode(skpId, urutan);
    Skp skp = ev.getSkp();
    skp.pastikanPenilai(pelaku);
    pastikanTerbuka(ev);
    Map<Long, Rhk> rhk = skp.getRhk().stream().collect(Collectors.toMap(Rhk::getId, Function.identity()));
    List<PenilaianInput.UmpanBalikInput> umpanBalik = input.umpanBalik() == null ? List.of() : input.umpanBalik();
    for (int i = 0; i < umpanBalik.size(); i++) {
      if (!rhk.containsKey(umpanBalik.get(i).rhkId())) {
        throw new InvalidInputException("umpanBalik[" + i + "].rhkId", "RHK " + umpanBalik.get(i).rhkId() + " bukan bagian dari SKP ini");
      }
    }
    Task task = openTasks.findForPeriod(skp.businessKey(), ev.getId(), SkpPeriodicEvaluationProcess.TASK_RATE)
        .orElseThrow(() -> new ConflictException(ev.getStatus() == StatusEvaluasi.DINILAI
            ? "Periode " + ev.namaLengkap() + " sudah dinilai."
            : "Periode " + ev.namaLengkap() + " belum dilaporkan oleh pegawai; penilaian dilakukan setelah laporan masuk."));
    umpanBalik.forEach(u -> ev.getUmpanBalik().add(new UmpanBalik(ev, rhk.get(u.rhkId()), u.isi())));
    ev.nilai(input.ratingHasilKerja(), input.ratingPerilaku(), sekarang());
    openTasks.complete(task, ratingVariables(input));
    return ev;
  }

  public void simpanPredikatPeriode(long periodeId, Object hasilKerja, Object perilaku, String predikat) {
    EvaluasiPeriodik periode = periodikRepository.getReferenceById(periodeId);
    pastikanRatingTercatat(periode.getRatingHasilKerja(), periode.getRatingPerilaku(), hasilKerja, perilaku);
    periode.tetapkanPredikat(predikatDariDmn(predikat));
  }

  public void kunciPeriode(long periodeId) { periodikRepository.getReferenceById(periodeId).kunci(); }

  @Transactional(readOnly = true)
  public EvaluasiPeriodik periode(long skpId, int urutan) {
    return periodikRepository.findBySkpIdAndUrutan(skpId, urutan)
        .orElseThrow(() -> new NotFoundException("Periode ke-" + urutan + " untuk SKP " + skpId + " tidak ditemukan."));
  }

  /** A periodic evaluation by its id (the process variable {@code periodeId}). */
  @Transactional(readOnly = true)
  public EvaluasiPeriodik evaluasiPeriodik(long periodeId) {
    return periodikRepository.findById(periodeId)
        .orElseThrow(() -> new NotFoundException("Evaluasi periodik " + periodeId + " tidak ditemukan."));
  }

  @Transactional(readOnly = true)
  public List<EvaluasiPeriodik> semuaPeriode(Skp skp) { return periodikRepository.findBySkp(skp); }

  /** Every SKP's evaluation of one calendar period. */
  @Transactional(readOnly = true)
  public List<EvaluasiPeriodik> untukPeriode(KalenderPeriode periode) { return periodikRepository.findByPeriode(periode); }

  // --- final evaluation ---

  /** The final evaluation's name for its task, "Akhir Tahun 2024". */
  public String bukaEvaluasiAkhir(long skpId) {
    return "Akhir Tahun " + akhir(skpId).getSkp().getTahun();
  }

  public EvaluasiAkhir nilaiAkhir(long skpId, String pelaku, PenilaianInput input) {
    planning.kunci(skpId);
    EvaluasiAkhir akhir = akhir(skpId);
    Skp skp = akhir.getSkp();
    skp.pastikanPenilai(pelaku);
    if (akhir.getStatus() == StatusEvaluasi.TIDAK_DINILAI || akhir.tenggat().sudahLewat(jam)) {
      throw new ConflictException("Penilaian akhir SKP " + skp.getTahun() + " sudah terkunci: batas waktu "
          + akhir.tenggat().teks() + " telah lewat.");
    }
    Task task = openTasks.find(skp.businessKey(), SkpFinalEvaluationProcess.TASK_RATE)
        .orElseThrow(() -> new ConflictException(akhir.getStatus() == StatusEvaluasi.DINILAI
            ? "Penilaian akhir SKP " + skp.getTahun() + " sudah dilakukan."
            : "Penilaian akhir SKP " + skp.getTahun() + " dibuka mulai 1 Januari " + (skp.getTahun() + 1) + "."));
    // A unit head's Rating Hasil Kerja is the unit's own achievement (SE MenPANRB 3/2023), once its predicate is set.
    ratingPimpinan.untuk(skp.getJabatan(), skp.getTahun()).filter(a -> !a.ratingHasilKerja().equals(input.ratingHasilKerja().name()))
        .ifPresent(a -> { throw new InvalidInputException("ratingHasilKerja", a.pesan(skp.getTahun())); });
    akhir.nilai(input.ratingHasilKerja(), input.ratingPerilaku(), input.catatan(), sekarang());
    openTasks.complete(task, ratingVariables(input));
    return akhir;
  }

  public void simpanPredikatAkhir(long skpId, Object hasilKerja, Object perilaku, String predikat) {
    EvaluasiAkhir akhir = akhir(skpId);
    pastikanRatingTercatat(akhir.getRatingHasilKerja(), akhir.getRatingPerilaku(), hasilKerja, perilaku);
    akhir.tetapkanPredikat(predikatDariDmn(predikat));
  }

  public void kunciEvaluasiAkhir(long skpId) { akhir(skpId).kunci(); }

  @Transactional(readOnly = true)
  public EvaluasiAkhir akhir(long skpId) {
    return akhirRepository.findBySkpId(skpId)
        .orElseThrow(() -> new NotFoundException("Evaluasi akhir untuk SKP " + skpId + " tidak ditemukan."));
  }

  /** The rated final evaluations of the instansi's own-position SKP of a year, final ({@link EvaluasiAkhir#isFinal()}) or not. */
  @Transactional(readOnly = true)
  public List<EvaluasiAkhir> akhirDinilai(Instansi instansi, int tahun) { return akhirRepository.findDinilai(instansi, tahun); }

  /** The final predicates of an instansi's rated SKP of the year for the employees' own positions (not acted in), by NIP. */
  @Transactional(readOnly = true)
  public Map<String, Predikat> predikatAkhir(Instansi instansi, int tahun) {
    return akhirRepository.findDinilai(instansi, tahun).stream()
        .collect(Collectors.toMap(e -> e.getSkp().getPegawai().getNip(), EvaluasiAkhir::getPredikat));
  }

  // --- helpers ---

  /** Late work is refused with the deadline, whether or not the lock timer has fired yet. */
  private void pastikanTerbuka(EvaluasiPeriodik ev) {
    if (ev.getStatus() == StatusEvaluasi.TIDAK_DINILAI || ev.tenggat().sudahLewat(jam)) {
      throw new ConflictException("Periode " + ev.namaLengkap() + " sudah terkunci: batas waktu " + ev.tenggat().teks() + " telah lewat.");
    }
    if (ev.getSkp().getStatus() != StatusSkp.DITETAPKAN) {
      throw new ConflictException("SKP " + ev.getSkp().getTahun() + " belum ditetapkan; laporan periodik dapat diisi setelah rencana disetujui.");
    }
  }

  /** The employee's report and evidence close at the report deadline, which may come before the rating deadline. */
  private void pastikanLaporanTerbuka(EvaluasiPeriodik ev) {
    if (ev.tenggatLaporan().sudahLewat(jam) && !ev.tenggat().sudahLewat(jam)) {
      throw new ConflictException("Laporan periode " + ev.namaLengkap() + " sudah ditutup: batas pelaporan "
          + ev.tenggatLaporan().teks() + " telah lewat.");
    }
    pastikanTerbuka(ev);
  }

  /** The report task; before the period ends the employee may report early, which opens it. */
  private Task tugasLaporan(EvaluasiPeriodik ev) {
    String bk = ev.getSkp().businessKey();
    return openTasks.findForPeriod(bk, ev.getId(), SkpPeriodicEvaluationProcess.TASK_REPORT).orElseGet(() -> {
      boolean menunggu = !runtimeService.createExecutionQuery().processInstanceBusinessKey(bk)
          .messageEventSubscriptionName(SkpPeriodicEvaluationProcess.MESSAGE_EARLY_REPORT)
          .processVariableValueEquals(Variables.PERIODE_ID, ev.getId()).list().isEmpty();
      if (!menunggu) {
        throw new ConflictException("Periode " + ev.namaLengkap() + " belum dapat dilaporkan: periode sebelumnya masih berjalan.");
      }
      try {
        runtimeService.createMessageCorrelation(SkpPeriodicEvaluationProcess.MESSAGE_EARLY_REPORT)
            .processInstanceBusinessKey(bk).processInstanceVariableEquals(Variables.PERIODE_ID, ev.getId()).correlate();
      } catch (MismatchingMessageCorrelationException e) {
        throw new Bentrok(e); // the period's end timer fired meanwhile
      }
      return openTasks.findForPeriod(bk, ev.getId(), SkpPeriodicEvaluationProcess.TASK_REPORT).orElseThrow();
    });
  }

  private static Map<String, Object> ratingVariables(PenilaianInput input) {
    return Map.of(Variables.RATING_HASIL_KERJA, input.ratingHasilKerja().name(), Variables.RATING_PERILAKU, input.ratingPerilaku().name());
  }

  /** The predicate stands on the ratings the appraiser recorded through /api, not on process variables changed since. */
  private static void pastikanRatingTercatat(Rating hasilKerja, Rating perilaku, Object variabelHasilKerja, Object variabelPerilaku) {
    if (hasilKerja == null || perilaku == null || !hasilKerja.name().equals(variabelHasilKerja) || !perilaku.name().equals(variabelPerilaku)) {
      throw new ConflictException("Predikat tidak disimpan: rating pada proses (" + variabelHasilKerja + ", " + variabelPerilaku
          + ") berbeda dengan rating yang dicatat pejabat penilai (" + hasilKerja + ", " + perilaku + ").");
    }
  }

  private static Predikat predikatDariDmn(String predikat) {
    if (predikat == null) throw new IllegalStateException("performance-predicate tidak menghasilkan predikat untuk rating ini");
    return Predikat.valueOf(predikat);
  }

  private Instant sekarang() { return jam.instant(); }
}
