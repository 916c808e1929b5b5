package id.kinerjaflow.organization;

import id.kinerjaflow.instansi.Instansi;
import id.kinerjaflow.web.ConflictException;
import id.kinerjaflow.web.NotFoundException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to the employee directory for other features. */
@Service
@Transactional(readOnly = true)
public class OrganizationService {
  private static final java.util.Set<KelasJabatan> KELAS_KEPALA_PD =
      java.util.EnumSet.of(KelasJabatan.KEPALA_PERANGKAT_DAERAH, KelasJabatan.SEKRETARIS_DAERAH);
  private final PegawaiRepository pegawaiRepository;
  private final UnitKerjaRepository unitRepository;
  private final JabatanRepository jabatanRepository;

  OrganizationService(PegawaiRepository pegawaiRepository, UnitKerjaRepository unitRepository, JabatanRepository jabatanRepository) {
    this.pegawaiRepository = pegawaiRepository;
    this.unitRepository = unitRepository;
    this.jabatanRepository = jabatanRepository;
  }

  @Transactional
  public UnitKerja tambahUnit(Instansi instansi, UnitKerja induk, String kode, String nama, JenisUnit jenis) {
    return unitRepository.save(new UnitKerja(instansi, induk, kode, nama, jenis));
  }

  /** Adds an employee in a new position of the unit; {@code kepala} makes it the unit's head. */
  @Transactional
  public Pegawai tambahPegawai(String nip, String nama, JenisAsn jenisAsn, UnitKerja unit, String namaJabatan,
      KelasJabatan kelas, boolean kepala) {
    Jabatan jabatan = jabatanRepository.save(new Jabatan(unit, namaJabatan, kelas, kepala));
    return pegawaiRepository.save(new Pegawai(nip, nama, jenisAsn, jabatan));
  }

  /** The employee's own address for reminders (null removes it). */
  @Transactional
  public void ubahEmail(String nip, String email) {
    Pegawai p = pegawai(nip);
    p.perbarui(p.getNama(), p.getJenisAsn(), p.isAktif(), p.getPltUnit(), email);
  }

  public Optional<Pegawai> cariPegawai(String nip) { return pegawaiRepository.findByNip(nip); }

  /** Every active employee of the instansi, the Bupati included. */
  public List<Pegawai> pegawaiAktif(Instansi instansi) { return pegawaiRepository.findByInstansiAndAktifTrueOrderByNip(instansi); }

  public Pegawai pegawai(String nip) {
    return pegawaiRepository.findByNip(nip).orElseThrow(() -> new NotFoundException("Pegawai dengan NIP " + nip + " tidak ditemukan."));
  }

  /**
   * The head position of the unit the employee holds as acting official (Plt/Plh), if any: the unit's head position,
   * vacant or not (a Plh stands in for a head who is away).
   */
  public Optional<Jabatan> jabatanPlt(Pegawai pegawai) {
    UnitKerja unit = pegawai.getPltUnit();
    if (unit == null) return Optional.empty();
    return Optional.of(jabatanRepository.findFirstByUnitAndKepalaUnitTrueOrderByIdDesc(unit).orElseThrow(() -> new ConflictException(
        pegawai.getNama() + " (" + pegawai.getNip() + ") tercatat Plt/Plh kepala " + unit.getNama() + ", tetapi unit itu belum punya"
        + " jabatan kepala. Impor kepala unitnya (boleh dengan aktif false bila kosong) atau kosongkan plt_plh pegawai ini.")));
  }

  /** The employees with these NIPs, of any instansi, active or not; unknown NIPs are left out. */
  public List<Pegawai> pegawai(Collection<String> nips) { return pegawaiRepository.findByNipIn(nips); }

  /** Every unit of an instansi. */
  public List<UnitKerja> unit(Instansi instansi) { return unitRepository.findByInstansi(instansi); }

  /**
   * The perangkat daerah of an instansi: units whose head position is a Kepala Perangkat Daerah's, or the Sekda's (the
   * Sekretariat Daerah), vacant or not; by kode.
   */
  public List<UnitKerja> perangkatDaerah(Instansi instansi) {
    return unit(instansi).stream().filter(u -> jabatanRepository.existsByUnitAndKepalaUnitTrueAndKelasIn(u, KELAS_KEPALA_PD))
        .sorted(java.util.Comparator.comparing(UnitKerja::getKode)).toList();
  }

  /** The units directly under a unit, by kode. */
  public List<UnitKerja> subUnit(UnitKerja unit) {
    return unit(unit.getInstansi()).stream().filter(u -> u.getInduk() != null && u.getInduk().getId().equals(unit.getId()))
        .sorted(java.util.Comparator.comparing(UnitKerja::getKode)).toList();
  }

  public UnitKerja unit(long id) {
    return unitRepository.findById(id).orElseThrow(() -> new NotFoundException("Unit kerja " + id + " tidak ditemukan."));
  }

  public Optional<UnitKerja> unit(Instansi instansi, String kode) { return unitRepository.findByInstansiAndKode(instansi, kode); }

  /** Who heads a unit: the active holder of its head position, or, while it is vacant, its acting officials (Plt/Plh). */
  public List<Pegawai> kepala(UnitKerja unit) {
    List<Pegawai> definitif = pegawaiRepository.findKepala(unit);
    return definitif.isEmpty() ? pegawaiRepository.findByPltUnitAndAktifTrueOrderByNip(unit) : definitif;
  }

  /** The Bupati over a unit: the nearest head of class BUPATI of the unit or its parents (the PEMDA unit), if recorded. */
  public Optional<Pegawai> bupati(UnitKerja unit) {
    for (UnitKerja u = unit; u != null; u = u.getInduk()) {
      Optional<Pegawai> b = kepala(u).stream().filter(p -> p.getJabatan().getKelas() == KelasJabatan.BUPATI).findFirst();
      if (b.isPresent()) return b;
    }
    return Optional.empty();
  }

  /** Active ASN of an instansi (PNS, CPNS, PPPK): the people who keep an SKP. */
  public List<Pegawai> asnAktif(Instansi instansi) {
    return pegawaiAktif(instansi).stream().filter(p -> p.getJenisAsn() != JenisAsn.PEJABAT_NEGARA).toList();
  }
}
