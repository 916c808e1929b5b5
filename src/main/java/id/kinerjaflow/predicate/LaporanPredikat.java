package id.kinerjaflow.predicate;

import id.kinerjaflow.evaluation.EvaluationService;
import id.kinerjaflow.evaluation.Predikat;
import id.kinerjaflow.instansi.Instansi;
import id.kinerjaflow.instansi.InstansiService;
import id.kinerjaflow.organization.OrganizationService;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every active ASN of an instansi with the final predicate of a year: from the SKP's final evaluation, else from PMM. */
@Service
@Transactional(readOnly = true)
public class LaporanPredikat {
  public enum Sumber { SKP, PMM }

  public enum Status { ADA, BELUM_ADA }

  public record Baris(String nip, String nama, String jabatan, String unitKerja, Predikat predikat, Sumber sumber, Status status,
      String keterangan) {}

  private final InstansiService instansiService;
  private final OrganizationService organization;
  private final EvaluationService evaluation;
  private final PredikatPmmRepository pmmRepository;

  LaporanPredikat(InstansiService instansiService, OrganizationService organization, EvaluationService evaluation,
      PredikatPmmRepository pmmRepository) {
    this.instansiService = instansiService;
    this.organization = organization;
    this.evaluation = evaluation;
    this.pmmRepository = pmmRepository;
  }

  public List<Baris> predikat(String kodeInstansi, int tahun) {
    Instansi instansi = instansiService.get(kodeInstansi);
    Map<String, Predikat> skp = evaluation.predikatAkhir(instansi, tahun);
    Map<String, PredikatPmm> pmm = pmmRepository.findByInstansiAndTahun(instansi, tahun).stream()
        .collect(Collectors.toMap(p -> p.getPegawai().getNip(), Function.identity()));
    return organization.asnAktif(instansi).stream().map(p -> {
      String jabatan = p.getJabatan().getNama(), unit = p.getJabatan().getUnit().getNama();
      if (skp.containsKey(p.getNip())) {
        return new Baris(p.getNip(), p.getNama(), jabatan, unit, skp.get(p.getNip()), Sumber.SKP, Status.ADA, null);
      }
      PredikatPmm dariPmm = pmm.get(p.getNip());
      return dariPmm == null ? new Baris(p.getNip(), p.getNama(), jabatan, unit, null, null, Status.BELUM_ADA, null)
          : new Baris(p.getNip(), p.getNama(), jabatan, unit, dariPmm.getPredikat(), Sumber.PMM, Status.ADA, dariPmm.getKeterangan());
    }).toList();
  }
}
