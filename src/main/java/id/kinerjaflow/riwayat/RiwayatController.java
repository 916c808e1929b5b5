package id.kinerjaflow.riwayat;

import id.kinerjaflow.planning.Kedudukan;
import id.kinerjaflow.planning.PlanningService;
import id.kinerjaflow.planning.Skp;
import id.kinerjaflow.planning.StatusSkp;
import id.kinerjaflow.security.Grup;
import id.kinerjaflow.web.ForbiddenException;
import id.kinerjaflow.web.InvalidInputException;
import id.kinerjaflow.web.UnduhanCsv;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.*;

/**
 * The auditor's history of an SKP ("Riwayat SKP"): find the SKP, read its time line (JSON or CSV) and the path on its
 * process diagrams. Reads only. Who may: whoever may read the SKP (the employee, the appraiser, the instansi's BKPSDM
 * admins, auditors, Camunda admins); the search is for auditors and Camunda admins (every instansi) and BKPSDM admins
 * (their instansi).
 */
@RestController
@RequestMapping("/api/skp")
class RiwayatController {
  private static final int BATAS_CARI = 50;
  private final RiwayatSkp riwayat;
  private final PlanningService planning;

  RiwayatController(RiwayatSkp riwayat, PlanningService planning) {
    this.riwayat = riwayat;
    this.planning = planning;
  }

  record HasilCari(Long skpId, String nip, String nama, int tahun, String jabatan, Kedudukan kedudukan, StatusSkp status,
      String instansi) {}

  @GetMapping("/cari")
  @Transactional(readOnly = true)
  List<HasilCari> cari(@RequestParam(defaultValue = "") String q, Authentication auth) {
    Set<String> instansi = Grup.camundaAdmin(auth) || auth.getAuthorities().stream().anyMatch(a -> Grup.AUDITOR.equals(a.getAuthority()))
        ? null
        : auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).filter(g -> g.startsWith(Grup.ADMIN_BKPSDM + "-"))
            .map(g -> g.substring(Grup.ADMIN_BKPSDM.length() + 1)).collect(Collectors.toSet());
    if (instansi != null && instansi.isEmpty()) {
      throw new ForbiddenException("Pencarian SKP hanya untuk auditor dan admin BKPSDM. SKP Anda sendiri ada di halaman SKP Saya.");
    }
    if (q.isBlank() || q.trim().length() < 3) {
      throw new InvalidInputException(Map.of("q", "ketik paling sedikit 3 huruf nama atau angka NIP"));
    }
    return planning.telusuri(q, instansi, BATAS_CARI).stream().map(s -> new HasilCari(s.getId(), s.getPegawai().getNip(),
        s.getPegawai().getNama(), s.getTahun(), s.getJabatan().getNama(), s.getKedudukan(), s.getStatus(), s.instansiKode())).toList();
  }

  @GetMapping("/{skpId}/riwayat")
  @Transactional(readOnly = true)
  RiwayatSkp.Riwayat riwayat(@PathVariable long skpId, Authentication auth) {
    return riwayat.riwayat(boleh(skpId, auth));
  }

  /** The same time line as a CSV, one line per change (an entry without changes: one line). */
  @GetMapping(path = "/{skpId}/riwayat", params = "format=csv", produces = "text/csv")
  @Transactional(readOnly = true)
  ResponseEntity<String> csv(@PathVariable long skpId, Authentication auth) {
    RiwayatSkp.Riwayat r = riwayat.riwayat(boleh(skpId, auth));
    UnduhanCsv csv = new UnduhanCsv("riwayat-skp-" + r.nip() + "-" + r.tahun() + (r.kedudukan() == Kedudukan.PLT ? "-plt" : "") + ".csv",
        "waktu", "jenis", "kejadian", "oleh", "nama", "keterangan", "objek", "bidang", "lama", "baru");
    for (RiwayatSkp.Kejadian k : r.kejadian()) {
      if (k.perubahan().isEmpty()) csv.baris(k.waktu(), k.jenis(), k.judul(), k.oleh(), k.olehNama(), k.keterangan(), null, null, null, null);
      for (RiwayatSkp.Perubahan p : k.perubahan()) {
        csv.baris(k.waktu(), k.jenis(), k.judul(), k.oleh(), k.olehNama(), k.keterangan(), p.objek(), p.bidang(), p.lama(), p.baru());
      }
    }
    return csv.jawaban();
  }

  /** One of the SKP's processes (an id from the time line's {@code proses}): its deployed BPMN and the path it took. */
  @GetMapping("/{skpId}/riwayat/diagram/{prosesId}")
  @Transactional(readOnly = true)
  RiwayatSkp.Diagram diagram(@PathVariable long skpId, @PathVariable String prosesId, Authentication auth) {
    return riwayat.diagram(boleh(skpId, auth), prosesId);
  }

  private Skp boleh(long skpId, Authentication auth) {
    Skp skp = planning.get(skpId);
    skp.pastikanBolehBaca(auth.getName(), Grup.pembaca(auth, skp.instansiKode()));
    return skp;
  }
}
