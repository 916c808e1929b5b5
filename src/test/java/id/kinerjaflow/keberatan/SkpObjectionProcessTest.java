package id.kinerjaflow.keberatan;

import static id.kinerjaflow.evaluation.Rating.SESUAI_EKSPEKTASI;
import static id.kinerjaflow.process.SkpObjectionProcess.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import id.kinerjaflow.evaluation.EvaluasiAkhirRepository;
import id.kinerjaflow.evaluation.EvaluationService;
import id.kinerjaflow.evaluation.Predikat;
import id.kinerjaflow.planning.Skp;
import id.kinerjaflow.process.Variables;
import id.kinerjaflow.support.ProsesTest;
import id.kinerjaflow.support.Skenario;
import id.kinerjaflow.support.TestOrganisasi;
import id.kinerjaflow.web.ConflictException;
import id.kinerjaflow.web.ForbiddenException;
import java.time.LocalDateTime;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The objection to the final predicate (skp-objection) on the Bengkalis 2024 calendar: the final predicate BAIK is made
 * final on 10 February 2025 at 10:00 WIB, so the employee may object through 24 February (the window closes on 25 February
 * 00:00). The employee's appraiser is the Kepala Bidang, whose own appraiser, the Kepala Dinas, is the atasan pejabat
 * penilai; the Kepala Dinas is appraised by the Bupati, above whom nobody stands.
 */
@ProsesTest
class SkpObjectionProcessTest {
  static final String ALASAN = "Target arsip tertata tercapai 95 persen; notulen rapat evaluasi terlampir.";

  @Autowired ProcessEngine engine;
  @Autowired TestOrganisasi organisasi;
  @Autowired Skenario skenario;
  @Autowired EvaluationService evaluation;
  @Autowired EvaluasiAkhirRepository akhirRepository;
  @Autowired KeberatanService keberatan;
  @Autowired RuntimeService runtimeService;
  @Autowired JdbcTemplate jdbc;

  TestOrganisasi.Org org;
  Skp skp;

  @BeforeEach
  void pemdaBengkalis() {
    init(engine);
    Skenario.jam(LocalDateTime.of(2024, 1, 10, 9, 0));
    org = organisasi.baru("bengkalis-2024", 2024);
  }

  @AfterEach
  void resetJam() { ClockUtil.reset(); }

  @Test
  void atasanPejabatPenilaiMengubahPredikatAtasKeberatanDalamMasanya() {
    // Given: the final predicate BAIK is final; the employee sees it in Tasklist, due when the window closes.
    ProcessInstance pi = predikatFinal(org.pegawai());
    assertThat(pi).isWaitingAt(TASK_RESPOND_TO_PREDICATE).task().isAssignedTo(org.pegawai())
        .hasName("Predikat Kinerja 2024: terima atau ajukan keberatan — Budi Santoso (" + org.pegawai() + ")")
        .hasDueDate(Skenario.wib(LocalDateTime.of(2025, 2, 25, 0, 0)));

    // When: on the last day the employee objects; the objection goes to the appraiser's superior.
    Skenario.jam(LocalDateTime.of(2025, 2, 24, 16, 0));
    Keberatan diajukan = keberatan.ajukan(skp.getId(), org.pegawai(), new KeberatanInput.Pengajuan(ALASAN));
    Assertions.assertThat(diajukan.getAtasan().getNip()).isEqualTo(org.kepalaDinas());
    Assertions.assertThat(diajukan.getPredikatAwal()).isEqualTo(Predikat.BAIK);

    // Then: the appraiser responds first; the superior cannot decide before that, nor can the employee respond.
    assertThat(pi).isWaitingAt(TASK_RESPOND_TO_OBJECTION).task().isAssignedTo(org.penilai());
    assertThatThrownBy(() -> keberatan.putuskan(skp.getId(), org.kepalaDinas(), ubah(Predikat.SANGAT_BAIK)))
        .isInstanceOf(ConflictException.class).hasMessageContaining("menunggu tanggapan pejabat penilai sampai 3 Maret 2025");
    assertThatThrownBy(() -> keberatan.tanggapi(skp.getId(), org.pegawai(), new KeberatanInput.Tanggapan("x")))
        .isInstanceOf(ForbiddenException.class).hasMessage("Hanya pejabat penilai, Kepala Bidang Uji (" + org.penilai()
            + "), yang dapat menanggapi keberatan ini.");
    keberatan.tanggapi(skp.getId(), org.penilai(), new KeberatanInput.Tanggapan("Arsip tertata diverifikasi hanya 85 persen."));
    assertThat(pi).isWaitingAt(TASK_DECIDE).task().isAssignedTo(org.kepalaDinas());

    // When: the superior, having read both sides, sets another predicate with a reason.
    assertThatThrownBy(() -> keberatan.putuskan(skp.getId(), org.penilai(), ubah(Predikat.SANGAT_BAIK)))
        .isInstanceOf(ForbiddenException.class);
    keberatan.putuskan(skp.getId(), org.kepalaDinas(), ubah(Predikat.SANGAT_BAIK));

    // Then: the decision is final and recorded; the predicate changed, old and new in the audit.
    assertThat(pi).isEnded().hasPassed(END_DECIDED);
    Keberatan k = baca();
    Assertions.assertThat(k.getStatus()).isEqualTo(StatusKeberatan.DIPUTUS);
    Assertions.assertThat(k.getKeputusan()).isEqualTo(Keputusan.DIUBAH);
    Assertions.assertThat(k.getPredikatKeputusan()).isEqualTo(Predikat.SANGAT_BAIK);
    Assertions.assertThat(k.getPemutus().getNip()).isEqualTo(org.kepalaDinas());
    Assertions.assertThat(k.getTanggapan()).startsWith("Arsip tertata");
    Assertions.assertThat(evaluation.akhir(skp.getId()).getPredikat()).isEqualTo(Predikat.SANGAT_BAIK);
    Assertions.assertThat(evaluation.akhir(skp.getId()).getAlasanPerubahan()).isEqualTo("Keputusan atas keberatan: Bukti notulen meyakinkan.");
    Assertions.assertThat(jdbc.queryForList("select predikat from evaluasi_akhir_aud where skp_id = ? order by rev", String.class,
        skp.getId())).endsWith("BAIK", "SANGAT_BAIK");
    Assertions.assertThat(jdbc.queryForList("select status from keberatan_aud where skp_id = ? order by rev", String.class, skp.getId()))
        .containsExactly("TERBUKA", "DIAJUKAN", "DITANGGAPI", "DIPUTUS");
    assertThatThrownBy(() -> keberatan.putuskan(skp.getId(), org.kepalaDinas(), ubah(Predikat.BAIK)))
        .isInstanceOf(ConflictException.class).hasMessageContaining("sudah diputus pada 24 Februari 2025; keputusan itu final");
  }

  @Test
  void tanpaTanggapanSampaiBatasnyaAtasanMenguatkanPredikat() {
    ProcessInstance pi = predikatFinal(org.pegawai());
    Skenario.jam(LocalDateTime.of(2025, 2, 11, 9, 0));
    keberatan.ajukan(skp.getId(), org.pegawai(), new KeberatanInput.Pengajuan(ALASAN));
    Assertions.assertThat(taskDue()).isEqualTo(Skenario.wib(LocalDateTime.of(2025, 2, 19, 0, 0)));

    // When: the appraiser lets the response deadline (7 days after the objection) pass.
    skenario.jam(LocalDateTime.of(2025, 2, 19, 0, 0), skp.businessKey());

    // Then: the objection goes on to the superior; a late response is refused with the date.
    assertThat(pi).isWaitingAt(TASK_DECIDE).task().isAssignedTo(org.kepalaDinas())
        .hasDueDate(Skenario.wib(LocalDateTime.of(2025, 2, 26, 0, 0)));
    assertThatThrownBy(() -> keberatan.tanggapi(skp.getId(), org.penilai(), new KeberatanInput.Tanggapan("Terlambat.")))
        .isInstanceOf(ConflictException.class).hasMessageStartingWith("Batas tanggapan 18 Februari 2025 telah lewat");

    // When: the superior upholds the predicate, with a reason.
    int revisiSebelum = revisiEvaluasiAkhir();
    assertThatThrownBy(() -> keberatan.putuskan(skp.getId(), org.kepalaDinas(),
        new KeberatanInput.Putusan(Keputusan.DIUBAH, Predikat.BAIK, "sama")))
        .isInstanceOf(id.kinerjaflow.web.InvalidInputException.class);
    keberatan.putuskan(skp.getId(), org.kepalaDinas(),
        new KeberatanInput.Putusan(Keputusan.DIKUATKAN, null, "Capaian sesuai ekspektasi; tidak ada bukti baru."));

    // Then: the predicate stands, unchanged; the decision is recorded.
    assertThat(pi).isEnded().hasPassed(END_DECIDED);
    Assertions.assertThat(evaluation.akhir(skp.getId()).getPredikat()).isEqualTo(Predikat.BAIK);
    Assertions.assertThat(revisiEvaluasiAkhir()).isEqualTo(revisiSebelum);
    Keberatan k = baca();
    Assertions.assertThat(k.getKeputusan()).isEqualTo(Keputusan.DIKUATKAN);
    Assertions.assertThat(k.getPredikatKeputusan()).isEqualTo(Predikat.BAIK);
    Assertions.assertThat(k.getTanggapan()).isNull();
  }

  @Test
  void tanpaKeberatanMasanyaDitutupSetelahEmpatBelasHari() {
    ProcessInstance pi = predikatFinal(org.pegawai());

    // Given: the last minute of the 14th day, still open.
    skenario.jam(LocalDateTime.of(2025, 2, 24, 23, 59), skp.businessKey());
    assertThat(pi).isWaitingAt(TASK_RESPOND_TO_PREDICATE);

    // When: the window closes.
    skenario.jam(LocalDateTime.of(2025, 2, 25, 0, 0), skp.businessKey());

    // Then: the predicate stands without objection; a late objection is refused with the dates, and writes nothing.
    assertThat(pi).isEnded().hasPassed(END_WINDOW_CLOSED);
    Assertions.assertThat(baca().getStatus()).isEqualTo(StatusKeberatan.TIDAK_DIAJUKAN);
    assertThatThrownBy(() -> keberatan.ajukan(skp.getId(), org.pegawai(), new KeberatanInput.Pengajuan(ALASAN)))
        .isInstanceOf(ConflictException.class).hasMessage("Masa keberatan atas predikat kinerja 2024 sudah berakhir: batas"
            + " pengajuan 24 Februari 2025 (14 hari sejak predikat ditetapkan 10 Februari 2025) telah lewat; predikat berlaku.");
    Assertions.assertThat(baca().getAlasan()).isNull();
  }

  @Test
  void pegawaiMenerimaPredikat() {
    ProcessInstance pi = predikatFinal(org.pegawai());
    Skenario.jam(LocalDateTime.of(2025, 2, 12, 8, 0));

    keberatan.terima(skp.getId(), org.pegawai());

    assertThat(pi).isEnded().hasPassed(END_PREDICATE_ACCEPTED);
    Assertions.assertThat(baca().getStatus()).isEqualTo(StatusKeberatan.DITERIMA);
    assertThatThrownBy(() -> keberatan.ajukan(skp.getId(), org.pegawai(), new KeberatanInput.Pengajuan(ALASAN)))
        .isInstanceOf(ConflictException.class).hasMessage("Predikat kinerja 2024 sudah Anda terima pada 12 Februari 2025;"
            + " keberatan tidak dapat diajukan lagi.");
  }

  /** The Kepala Dinas is appraised by the Bupati, above whom nobody stands: the Bupati decides, as the highest superior. */
  @Test
  void tanpaAtasanDiAtasPejabatPenilaiBupatiMemutus() {
    ProcessInstance pi = predikatFinal(org.kepalaDinas());
    String bupati = skp.getPenilai().getNip();
    Skenario.jam(LocalDateTime.of(2025, 2, 13, 10, 0));

    Keberatan k = keberatan.ajukan(skp.getId(), org.kepalaDinas(), new KeberatanInput.Pengajuan(ALASAN));

    // Then: the answer says nobody stands above the appraiser, why, and what applies instead.
    Assertions.assertThat(k.getAtasan()).isNull();
    Assertions.assertThat(k.getAlasanTanpaAtasan())
        .startsWith("Tidak ada atasan pejabat penilai di atas Bupati Uji (Bupati Uji) dalam struktur organisasi:")
        .contains("kelas jabatan BUPATI", AtasanPenilai.KETENTUAN);
    assertThat(pi).isWaitingAt(TASK_DECIDE_WITHOUT_SUPERIOR).task().isAssignedTo(bupati);

    keberatan.putuskan(skp.getId(), bupati, ubah(Predikat.SANGAT_BAIK));

    assertThat(pi).isEnded().hasPassed(END_DECIDED_WITHOUT_SUPERIOR);
    Assertions.assertThat(evaluation.akhir(skp.getId()).getPredikat()).isEqualTo(Predikat.SANGAT_BAIK);
    Assertions.assertThat(baca().getPemutus().getNip()).isEqualTo(bupati);
  }

  /** The SKP's final predicate BAIK, made final on 10 February 2025 10:00 WIB, and its objection process started. */
  private ProcessInstance predikatFinal(String nip) {
    skp = skenario.rencanaDisetujui(skenario.mulai(nip, 2024));
    skenario.jam(LocalDateTime.of(2025, 1, 2, 9, 0), skp.businessKey());
    evaluation.nilaiAkhir(skp.getId(), skp.getPenilai().getNip(), Skenario.rating(SESUAI_EKSPEKTASI, SESUAI_EKSPEKTASI));
    Skenario.jam(LocalDateTime.of(2025, 2, 10, 10, 0));
    skenario.baca(() -> {
      akhirRepository.findBySkpId(skp.getId()).orElseThrow().tetapkanFinal("admin", ClockUtil.getCurrentTime().toInstant());
      return null;
    });
    return runtimeService.startProcessInstanceByKey(PROCESS_ID, skp.businessKey(),
        Map.of(Variables.SKP_ID, skp.getId(), Variables.INSTANSI, org.instansi()));
  }

  private static KeberatanInput.Putusan ubah(Predikat predikat) {
    return new KeberatanInput.Putusan(Keputusan.DIUBAH, predikat, "Bukti notulen meyakinkan.");
  }

  private Keberatan baca() { return keberatan.baca(skp.getId(), "admin", true); }

  private java.util.Date taskDue() {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(skp.businessKey())
        .taskDefinitionKey(TASK_RESPOND_TO_OBJECTION).singleResult().getDueDate();
  }

  private int revisiEvaluasiAkhir() {
    return jdbc.queryForObject("select count(*) from evaluasi_akhir_aud where skp_id = ?", Integer.class, skp.getId());
  }
}
