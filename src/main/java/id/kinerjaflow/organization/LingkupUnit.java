package id.kinerjaflow.organization;

import id.kinerjaflow.instansi.Instansi;
import id.kinerjaflow.security.Grup;
import id.kinerjaflow.web.ForbiddenException;
import id.kinerjaflow.web.NotFoundException;
import java.util.*;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The units of an instansi whose employees a reader sees in the instansi's reports (TPP basis, documents): its admins,
 * auditors and Camunda admins every unit; a Kepala Perangkat Daerah, definitive or acting (Plt/Plh), the perangkat daerah
 * they head with its sub-units (seed 002 point 10, seed 003 points 5 and 8). {@code unit}, when given, narrows to that unit's tree.
 */
@Component
@Transactional(readOnly = true)
public class LingkupUnit {
  /** Heads of a perangkat daerah: its Kepala, and the Sekretaris Daerah for the Sekretariat Daerah. */
  private static final Set<KelasJabatan> KEPALA = EnumSet.of(KelasJabatan.KEPALA_PERANGKAT_DAERAH, KelasJabatan.SEKRETARIS_DAERAH);
  private final OrganizationService organization;

  LingkupUnit(OrganizationService organization) { this.organization = organization; }

  public Set<Long> untuk(Authentication auth, Instansi instansi, String unitKode) {
    Set<Long> boleh;
    if (Grup.pembaca(auth, instansi.getKode())) {
      boleh = new HashSet<>();
      organization.unit(instansi).forEach(u -> boleh.add(u.getId()));
    } else {
      boleh = dipimpin(auth, instansi);
      if (boleh.isEmpty()) {
        throw new ForbiddenException("Hanya admin BKPSDM dan auditor instansi " + instansi.getKode()
            + ", atau Kepala Perangkat Daerah untuk perangkat daerahnya, yang dapat melihat data ini.");
      }
    }
    if (unitKode == null || unitKode.isBlank()) return boleh;
    UnitKerja unit = unit(instansi, unitKode);
    if (!boleh.contains(unit.getId())) {
      throw new ForbiddenException("Anda tidak berhak melihat data unit " + unit.getNama() + "; hanya perangkat daerah yang Anda pimpin.");
    }
    return pohon(instansi, unitKode);
  }

  /** The perangkat daerah the user heads as Kepala Perangkat Daerah (definitive or acting), with their sub-units; empty for others. */
  public Set<Long> dipimpin(Authentication auth, Instansi instansi) {
    Map<Long, List<UnitKerja>> anak = anak(instansi);
    Set<Long> hasil = new HashSet<>();
    kepalaPerangkatDaerah(auth.getName(), instansi).forEach(u -> pohon(u, anak, hasil));
    return hasil;
  }

  /** A unit of the instansi, by code, with its sub-units (404 for an unknown code). */
  public Set<Long> pohon(Instansi instansi, String unitKode) {
    Set<Long> hasil = new HashSet<>();
    pohon(unit(instansi, unitKode), anak(instansi), hasil);
    return hasil;
  }

  private UnitKerja unit(Instansi instansi, String kode) {
    return organization.unit(instansi).stream().filter(u -> kode.equals(u.getKode())).findFirst()
        .orElseThrow(() -> new NotFoundException("Unit kerja '" + kode + "' tidak ditemukan di instansi " + instansi.getKode() + "."));
  }

  private Map<Long, List<UnitKerja>> anak(Instansi instansi) {
    Map<Long, List<UnitKerja>> anak = new HashMap<>();
    organization.unit(instansi).stream().filter(u -> u.getInduk() != null)
        .forEach(u -> anak.computeIfAbsent(u.getInduk().getId(), k -> new ArrayList<>()).add(u));
    return anak;
  }

  /** The units the user heads as Kepala Perangkat Daerah, definitive or acting. */
  private List<UnitKerja> kepalaPerangkatDaerah(String nip, Instansi instansi) {
    Optional<Pegawai> pegawai = organization.cariPegawai(nip)
        .filter(p -> p.isAktif() && p.getInstansi().getId().equals(instansi.getId()));
    if (pegawai.isEmpty()) return List.of();
    List<UnitKerja> unit = new ArrayList<>();
    Jabatan definitif = pegawai.get().getJabatan();
    if (definitif.isKepalaUnit() && KEPALA.contains(definitif.getKelas())) unit.add(definitif.getUnit());
    organization.jabatanPlt(pegawai.get()).filter(j -> KEPALA.contains(j.getKelas())).ifPresent(j -> unit.add(j.getUnit()));
    return unit;
  }

  private static void pohon(UnitKerja unit, Map<Long, List<UnitKerja>> anak, Set<Long> hasil) {
    if (!hasil.add(unit.getId())) return;
    anak.getOrDefault(unit.getId(), List.of()).forEach(u -> pohon(u, anak, hasil));
  }
}
