package id.kinerjaflow.organization;

import id.kinerjaflow.web.ConflictException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.springframework.stereotype.Component;

/**
 * Finds the appraiser (Pejabat Penilai Kinerja) of an employee: {@code appraiser-mapping.dmn} names
 * the position classes that may appraise; the nearest head of the employee's unit or its parents
 * holding one of them is the appraiser.
 */
@Component
public class AppraiserResolver {
  public static final String DECISION = "appraiser-mapping";

  private final DecisionService decisionService;
  private final PegawaiRepository pegawaiRepository;

  AppraiserResolver(DecisionService decisionService, PegawaiRepository pegawaiRepository) {
    this.decisionService = decisionService;
    this.pegawaiRepository = pegawaiRepository;
  }

  public record Hasil(Pegawai penilai, String baris, String keterangan) {}

  public Hasil resolve(Pegawai pegawai) {
    UnitKerja unit = pegawai.getJabatan().getUnit();
    DmnDecisionResultEntries aturan = decisionService.evaluateDecisionByKey(DECISION)
        .variables(Map.of("kelasJabatan", pegawai.getJabatan().getKelas().name(), "jenisUnit", unit.getJenis().name()))
        .evaluate().getSingleResult();
    if (aturan == null) {
      throw new ConflictException("Tidak ada aturan pejabat penilai untuk kelas jabatan "
          + pegawai.getJabatan().getKelas() + " pada unit jenis " + unit.getJenis() + " (" + pegawai.getNama() + ").");
    }
    List<String> kelasPenilai = Arrays.asList(((String) aturan.getEntry("kelasPenilai")).split(","));
    for (UnitKerja u = unit; u != null; u = u.getInduk()) {
      for (Pegawai kepala : pegawaiRepository.findKepala(u)) {
        if (!kepala.getId().equals(pegawai.getId()) && kelasPenilai.contains(kepala.getJabatan().getKelas().name())) {
          return new Hasil(kepala, aturan.getEntry("baris"), aturan.getEntry("keterangan"));
        }
      }
    }
    throw new ConflictException("Pejabat penilai untuk " + pegawai.getNama() + " (" + pegawai.getNip()
        + ") tidak ditemukan: tidak ada pejabat " + String.join("/", kelasPenilai) + " di " + unit.getNama()
        + " atau unit induknya (aturan baris " + aturan.getEntry("baris") + ").");
  }
}
