package id.kinerjaflow.dokumen;

import id.kinerjaflow.evaluation.EvaluasiPeriodik;
import id.kinerjaflow.evaluation.EvaluationService;
import id.kinerjaflow.evaluation.StatusEvaluasi;
import id.kinerjaflow.instansi.Instansi;
import id.kinerjaflow.instansi.InstansiService;
import id.kinerjaflow.planning.PlanningService;
import id.kinerjaflow.planning.Skp;
import id.kinerjaflow.planning.StatusSkp;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents of a year for the units a reader may see, as one ZIP (for the Kepala Perangkat Daerah to send on, seed 003
 * point 8): a folder per ASN ({@code NIP Nama/}) with the set SKP, each rated periodic evaluation and the rated annual one.
 */
@Service
@Transactional(readOnly = true)
public class ArsipDokumen {
  private final InstansiService instansiService;
  private final PlanningService planning;
  private final EvaluationService evaluation;
  private final DokumenSkp dokumen;

  ArsipDokumen(InstansiService instansiService, PlanningService planning, EvaluationService evaluation, DokumenSkp dokumen) {
    this.instansiService = instansiService;
    this.planning = planning;
    this.evaluation = evaluation;
    this.dokumen = dokumen;
  }

  public byte[] zip(String kodeInstansi, int tahun, Set<Long> unitBoleh) {
    Instansi instansi = instansiService.get(kodeInstansi);
    try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Skp skp : planning.definitif(instansi, tahun)) {
        if (!unitBoleh.contains(skp.getJabatan().getUnit().getId()) || skp.getStatus() != StatusSkp.DITETAPKAN) continue;
        String folder = skp.getPegawai().getNip() + " " + skp.getPegawai().getNama().replaceAll("[\\\\/:*?\"<>|]", "_") + "/";
        tulis(zip, folder, dokumen.skp(skp));
        for (EvaluasiPeriodik ev : evaluation.semuaPeriode(skp)) {
          if (ev.getStatus() == StatusEvaluasi.DINILAI) tulis(zip, folder, dokumen.evaluasiPeriodik(skp, ev.getPeriode().getUrutan()));
        }
        if (evaluation.akhir(skp.getId()).getStatus() == StatusEvaluasi.DINILAI) tulis(zip, folder, dokumen.evaluasiTahunan(skp));
      }
      zip.finish();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // in memory
    }
  }

  private static void tulis(ZipOutputStream zip, String folder, DokumenSkp.Berkas berkas) throws IOException {
    zip.putNextEntry(new ZipEntry(folder + berkas.nama()));
    zip.write(berkas.isi());
    zip.closeEntry();
  }
}
