package id.kinerjaflow.riwayat;

import id.kinerjaflow.planning.Kedudukan;
import id.kinerjaflow.planning.Skp;
import id.kinerjaflow.security.Direktori;
import id.kinerjaflow.web.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.*;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.*;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The history of one SKP as one time line: the engine's (processes and tasks with who and when, the variables a task
 * completed with, the user operation log, the decisions with inputs, outputs and matched rule) and the domain's changes
 * old → new from the Envers tables ({@code *_aud}, one entry per revision with who made it). Reads only.
 */
@Service
@Transactional(readOnly = true)
class RiwayatSkp {
  /**
   * The audited tables of one SKP: what a row is called, the condition that finds its rows (parameters: the SKP, its
   * calendar), the columns that identify a row across revisions (a plan save replaces the indicators: the same RHK and
   * place is the same indicator, so its target shows old → new), and whether its creation belongs to someone else.
   */
  private record Sumber(String tabel, String objek, String syarat, List<String> kunci, boolean hanyaPerubahan) {}

  private static final String EVALUASI = "(select distinct id from evaluasi_periodik_aud where skp_id = :skp)";
  private static final List<String> ID = List.of("id");
  private static final List<Sumber> SUMBER = List.of(
      new Sumber("skp_aud", "SKP", "a.id = :skp", ID, false),
      new Sumber("rhk_aud", "Rencana hasil kerja", "a.skp_id = :skp", ID, false),
      new Sumber("indikator_aud", "Indikator", "a.rhk_id in (select distinct id from rhk_aud where skp_id = :skp)",
          List.of("rhk_id", "urutan"), false),
      new Sumber("ekspektasi_perilaku_aud", "Ekspektasi perilaku", "a.skp_id = :skp", ID, true),
      new Sumber("evaluasi_periodik_aud", "Evaluasi periodik", "a.skp_id = :skp", ID, false),
      new Sumber("realisasi_aud", "Realisasi", "a.evaluasi_id in " + EVALUASI, List.of("evaluasi_id", "indikator_id"), false),
      new Sumber("umpan_balik_aud", "Umpan balik", "a.evaluasi_id in " + EVALUASI, List.of("evaluasi_id", "rhk_id"), false),
      new Sumber("bukti_dukung_aud", "Bukti dukung", "a.evaluasi_id in " + EVALUASI, ID, false),
      new Sumber("evaluasi_akhir_aud", "Evaluasi akhir", "a.skp_id = :skp", ID, false),
      new Sumber("perpindahan_penilai_aud", "Perpindahan pejabat penilai", "a.skp_id = :skp", ID, false),
      new Sumber("pembinaan_kinerja_aud", "Pembinaan kinerja", "a.skp_id = :skp", ID, false),
      new Sumber("keberatan_aud", "Keberatan", "a.skp_id = :skp", ID, false),
      new Sumber("bukti_keberatan_aud", "Bukti keberatan", "a.keberatan_id in (select distinct id from keberatan_aud where skp_id = :skp)",
          ID, false),
      new Sumber("kalender_aud", "Kalender", "a.id = :kalender", ID, true),
      new Sumber("kalender_periode_aud", "Periode kalender", "a.kalender_id = :kalender", ID, true));
  /** Technical columns: keys and links, not what a person changed. */
  private static final Set<String> TEKNIS = Set.of("id", "rev", "revtype", "rev_waktu", "rev_pengguna", "skp_id", "rhk_id",
      "evaluasi_id", "indikator_id", "periode_id", "kalender_id", "pegawai_id", "process_instance_id", "rhk_atasan_id",
      "instansi_id", "jabatan_id", "urutan", "keberatan_id");
  private static final Set<String> KOLOM_PEGAWAI = Set.of("penilai_id", "penilai_lama_id", "penilai_baru_id", "atasan_id");
  /** What identifies a row to a reader, first found wins. */
  private static final List<String> NAMA_BARIS = List.of("nama", "uraian", "nilai", "nama_file");

  public record Perubahan(String objek, String bidang, String lama, String baru) {}

  /** {@code jenis}: PROSES, TUGAS, OPERASI (user operation log), KEPUTUSAN (DMN), PERUBAHAN (Envers). */
  public record Kejadian(String waktu, String jenis, String judul, String oleh, String olehNama, String keterangan,
      List<Perubahan> perubahan) {}

  public record Proses(String id, String kunci, String nama, String mulai, String selesai) {}

  public record Riwayat(Long skpId, String nip, String nama, int tahun, String jabatan, Kedudukan kedudukan, String instansi,
      String penilaiNama, List<Proses> proses, List<Kejadian> kejadian) {}

  public record Diagram(String prosesId, String kunci, String xml, List<String> dilalui, List<String> aktif) {}

  private final HistoryService history;
  private final RepositoryService repository;
  private final JdbcTemplate jdbc;
  private final Direktori direktori;

  RiwayatSkp(HistoryService history, RepositoryService repository, JdbcTemplate jdbc, Direktori direktori) {
    this.history = history;
    this.repository = repository;
    this.jdbc = jdbc;
    this.direktori = direktori;
  }

  Riwayat riwayat(Skp skp) {
    ZoneId zona = skp.getPegawai().getInstansi().zona();
    Map<String, String> nama = new HashMap<>();
    Function<String, String> namaDari = id -> id == null ? null
        : nama.computeIfAbsent(id, k -> direktori.pengguna(k).map(Direktori.Pengguna::nama).orElse(k));
    List<Baris> baris = new ArrayList<>();
    List<HistoricProcessInstance> proses = proses(skp);
    for (HistoricProcessInstance pi : proses) engine(pi, baris, zona);
    domain(skp, baris, zona);
    baris.sort(Comparator.comparing(Baris::waktu).thenComparing(Baris::urut));
    List<Kejadian> kejadian = baris.stream().map(b -> new Kejadian(teks(b.waktu, zona), b.jenis, b.judul, b.oleh,
        namaDari.apply(b.oleh), b.keterangan, b.perubahan)).toList();
    return new Riwayat(skp.getId(), skp.getPegawai().getNip(), skp.getPegawai().getNama(), skp.getTahun(), skp.getJabatan().getNama(),
        skp.getKedudukan(), skp.instansiKode(), skp.getPenilai() == null ? null : skp.getPenilai().getNama(),
        proses.stream().map(p -> new Proses(p.getId(), p.getProcessDefinitionKey(), namaProses(p),
            teks(p.getStartTime().toInstant(), zona), p.getEndTime() == null ? null : teks(p.getEndTime().toInstant(), zona))).toList(),
        kejadian);
  }

  /** The deployed model of one of the SKP's processes, with the activities it went through and those it waits in. */
  Diagram diagram(Skp skp, String prosesId) {
    HistoricProcessInstance pi = proses(skp).stream().filter(p -> p.getId().equals(prosesId)).findFirst()
        .orElseThrow(() -> new NotFoundException("Proses " + prosesId + " bukan bagian dari SKP ini."));
    List<HistoricActivityInstance> aktivitas = history.createHistoricActivityInstanceQuery().processInstanceId(pi.getId()).list();
    try (InputStream xml = repository.getProcessModel(pi.getProcessDefinitionId())) {
      return new Diagram(pi.getId(), pi.getProcessDefinitionKey(), new String(xml.readAllBytes(), StandardCharsets.UTF_8),
          aktivitas.stream().filter(a -> a.getEndTime() != null).map(HistoricActivityInstance::getActivityId).distinct().toList(),
          aktivitas.stream().filter(a -> a.getEndTime() == null).map(HistoricActivityInstance::getActivityId).distinct().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<HistoricProcessInstance> proses(Skp skp) {
    return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(skp.businessKey())
        .orderByProcessInstanceStartTime().asc().list();
  }

  private String namaProses(HistoricProcessInstance pi) {
    String nama = repository.getProcessDefinition(pi.getProcessDefinitionId()).getName();
    return nama != null ? nama : pi.getProcessDefinitionKey();
  }

  private record Baris(Instant waktu, int urut, String jenis, String judul, String oleh, String keterangan, List<Perubahan> perubahan) {}

  private void engine(HistoricProcessInstance pi, List<Baris> baris, ZoneId zona) {
    String nama = namaProses(pi);
    baris.add(new Baris(pi.getStartTime().toInstant(), 0, "PROSES", "Proses dimulai: " + nama, pi.getStartUserId(), null, List.of()));
    if (pi.getEndTime() != null) {
      baris.add(new Baris(pi.getEndTime().toInstant(), 9, "PROSES", "Proses selesai: " + nama, null,
          pi.getDeleteReason(), List.of()));
    }
    Map<String, List<HistoricDetail>> variabel = history.createHistoricDetailQuery().variableUpdates().processInstanceId(pi.getId())
        .list().stream().filter(d -> d.getActivityInstanceId() != null)
        .collect(Collectors.groupingBy(HistoricDetail::getActivityInstanceId));
    for (HistoricTaskInstance t : history.createHistoricTaskInstanceQuery().processInstanceId(pi.getId()).list()) {
      boolean selesai = "completed".equals(t.getDeleteReason());
      String judul = (t.getEndTime() == null ? "Tugas dibuka: " : selesai ? "Tugas diselesaikan: " : "Tugas ditutup: ") + t.getName();
      List<Perubahan> hasil = variabel.getOrDefault(t.getActivityInstanceId(), List.of()).stream()
          .map(d -> (HistoricVariableUpdate) d)
          .map(v -> new Perubahan("hasil tugas", v.getVariableName(), null, String.valueOf(v.getValue()))).toList();
      String keterangan = "dibuka " + tampil(t.getStartTime().toInstant(), zona)
          + (t.getDueDate() == null ? "" : ", tenggat " + tampil(t.getDueDate().toInstant(), zona))
          + (t.getEndTime() != null && !selesai && t.getDeleteReason() != null ? ", " + t.getDeleteReason() : "");
      baris.add(new Baris((t.getEndTime() != null ? t.getEndTime() : t.getStartTime()).toInstant(), 2, "TUGAS", judul,
          t.getAssignee(), keterangan, hasil));
    }
    for (HistoricDecisionInstance d : history.createHistoricDecisionInstanceQuery().processInstanceId(pi.getId())
        .includeInputs().includeOutputs().list()) {
      List<Perubahan> isi = new ArrayList<>();
      d.getInputs().forEach(i -> isi.add(new Perubahan("masukan", i.getClauseName(), null, String.valueOf(i.getValue()))));
      d.getOutputs().forEach(o -> isi.add(new Perubahan("keluaran", o.getClauseName() != null ? o.getClauseName() : o.getVariableName(),
          null, String.valueOf(o.getValue()))));
      String aturan = d.getOutputs().stream().map(o -> "aturan " + o.getRuleOrder() + " (" + o.getRuleId() + ")").distinct()
          .collect(Collectors.joining(", "));
      baris.add(new Baris(d.getEvaluationTime().toInstant(), 1, "KEPUTUSAN", "Keputusan: "
          + (d.getDecisionDefinitionName() != null ? d.getDecisionDefinitionName() : d.getDecisionDefinitionKey()),
          d.getUserId(), aturan.isEmpty() ? "tidak ada aturan yang cocok" : "cocok: " + aturan, isi));
    }
    Map<String, List<UserOperationLogEntry>> operasi = history.createUserOperationLogQuery().processInstanceId(pi.getId()).list()
        .stream().collect(Collectors.groupingBy(UserOperationLogEntry::getOperationId, LinkedHashMap::new, Collectors.toList()));
    operasi.values().forEach(entri -> {
      UserOperationLogEntry e = entri.get(0);
      baris.add(new Baris(e.getTimestamp().toInstant(), 3, "OPERASI", "Operasi " + e.getOperationType() + " pada " + e.getEntityType(),
          e.getUserId(), e.getAnnotation(), entri.stream().filter(x -> x.getProperty() != null)
              .map(x -> new Perubahan(e.getEntityType(), x.getProperty(), x.getOrgValue(), x.getNewValue())).toList()));
    });
  }

  private void domain(Skp skp, List<Baris> baris, ZoneId zona) {
    Map<Long, String> pegawai = new HashMap<>();
    Function<Object, String> namaPegawai = id -> id == null ? null : pegawai.computeIfAbsent(((Number) id).longValue(),
        k -> jdbc.query("select nama, nip from pegawai where id = ?", rs -> rs.next() ? rs.getString(1) + " (" + rs.getString(2) + ")" : "#" + k, k));
    Map<Long, String> periode = new HashMap<>();
    Function<Object, String> namaPeriode = id -> periode.computeIfAbsent(((Number) id).longValue(),
        k -> jdbc.query("select nama from kalender_periode where id = ?", rs -> rs.next() ? rs.getString(1) : "#" + k, k));
    Map<Long, Bagian> perRevisi = new TreeMap<>();
    for (Sumber s : SUMBER) {
      String sql = ("select a.*, r.waktu as rev_waktu, r.pengguna as rev_pengguna from " + s.tabel + " a join revisi r on r.id = a.rev"
          + " where " + s.syarat + " order by a.rev, a.id").replace(":skp", String.valueOf(skp.getId()))
          .replace(":kalender", String.valueOf(skp.getKalender().getId()));
      Map<List<Object>, Map<String, Object>> keadaan = new HashMap<>();
      Map<Long, Map<List<Object>, List<Map<String, Object>>>> revisi = new TreeMap<>();
      for (Map<String, Object> mentah : jdbc.queryForList(sql)) {
        Map<String, Object> b = new LinkedHashMap<>();
        mentah.forEach((k, v) -> b.put(k.toLowerCase(Locale.ROOT), v));
        revisi.computeIfAbsent(((Number) b.get("rev")).longValue(), r -> new LinkedHashMap<>())
            .computeIfAbsent(s.kunci.stream().map(k -> (Object) String.valueOf(b.get(k))).toList(), k -> new ArrayList<>()).add(b);
      }
      revisi.forEach((rev, perKunci) -> perKunci.forEach((kunci, baris0) -> {
        // a row deleted and another added under the same key in one revision is one row changed
        Map<String, Object> b = baris0.stream().filter(x -> jenis(x) != 2).findFirst().orElse(baris0.get(0));
        Map<String, Object> lama = jenis(b) == 2 ? keadaan.remove(kunci) : keadaan.put(kunci, b);
        if (s.hanyaPerubahan && jenis(b) == 0 && lama == null) return;
        String objek = s.objek + (b.get("periode_id") != null ? " «" + namaPeriode.apply(b.get("periode_id")) + "»" : namaBaris(b, lama));
        List<Perubahan> isi = new ArrayList<>();
        if (jenis(b) == 2) {
          isi.add(new Perubahan(objek, "dihapus", null, null));
        } else {
          for (var kolom : b.entrySet()) {
            if (TEKNIS.contains(kolom.getKey())) continue;
            Object a = lama == null ? null : lama.get(kolom.getKey());
            Object n = kolom.getValue();
            if (Objects.equals(nilai(a, zona), nilai(n, zona))) continue;
            boolean orang = KOLOM_PEGAWAI.contains(kolom.getKey());
            isi.add(new Perubahan(objek, kolom.getKey().replaceAll("_id$", "").replace('_', ' '),
                orang ? namaPegawai.apply(a) : nilai(a, zona), orang ? namaPegawai.apply(n) : nilai(n, zona)));
          }
        }
        if (isi.isEmpty()) return;
        perRevisi.computeIfAbsent(rev, r -> new Bagian(Instant.ofEpochMilli(((Number) b.get("rev_waktu")).longValue()),
            (String) b.get("rev_pengguna"), new ArrayList<>())).perubahan.addAll(isi);
      }));
    }
    perRevisi.forEach((rev, p) -> baris.add(new Baris(p.waktu, 4, "PERUBAHAN", "Perubahan data: "
        + p.perubahan.stream().map(Perubahan::objek).map(o -> o.replaceAll(" «.*", "")).distinct().collect(Collectors.joining(", ")),
        p.oleh, "revisi " + rev, p.perubahan)));
  }

  private record Bagian(Instant waktu, String oleh, List<Perubahan> perubahan) {}

  private static int jenis(Map<String, Object> baris) { return ((Number) baris.get("revtype")).intValue(); }

  private static String namaBaris(Map<String, Object> b, Map<String, Object> lama) {
    for (String k : NAMA_BARIS) {
      Object v = b.get(k) != null ? b.get(k) : lama == null ? null : lama.get(k);
      if (v != null) {
        String t = v.toString();
        return " «" + (t.length() > 60 ? t.substring(0, 57) + "…" : t) + "»";
      }
    }
    return "";
  }

  private static String nilai(Object v, ZoneId zona) {
    if (v == null) return null;
    if (v instanceof BigDecimal d) return d.stripTrailingZeros().toPlainString();
    if (v instanceof Boolean b) return b ? "ya" : "tidak";
    if (v instanceof java.sql.Timestamp t) return tampil(t.toInstant(), zona);
    if (v instanceof java.time.OffsetDateTime t) return tampil(t.toInstant(), zona);
    if (v instanceof java.sql.Date d) return d.toLocalDate().format(TANGGAL);
    return v.toString();
  }

  private static final Locale BAHASA = Locale.forLanguageTag("id");
  private static final DateTimeFormatter TANGGAL = DateTimeFormatter.ofPattern("d MMMM yyyy", BAHASA);
  private static final Map<Integer, String> ZONA = Map.of(7, "WIB", 8, "WITA", 9, "WIT");

  /** "10 Februari 2024, 00.00 WIB", as the pages write dates. */
  static String tampil(Instant waktu, ZoneId zona) {
    var t = waktu.atZone(zona);
    int jam = t.getOffset().getTotalSeconds() / 3600;
    return t.format(DateTimeFormatter.ofPattern("d MMMM yyyy, HH.mm", BAHASA)) + " " + ZONA.getOrDefault(jam, t.getOffset().getId());
  }

  private static String teks(Instant waktu, ZoneId zona) {
    return waktu.atZone(zona).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }
}
