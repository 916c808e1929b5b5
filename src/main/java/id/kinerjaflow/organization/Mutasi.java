package id.kinerjaflow.organization;

import id.kinerjaflow.instansi.Instansi;
import id.kinerjaflow.instansi.InstansiService;
import id.kinerjaflow.web.ConflictException;
import id.kinerjaflow.web.InvalidInputException;
import id.kinerjaflow.web.NotFoundException;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A mutasi or appointment mid-year: the employee's position moves to another unit, name, class or head role (audited),
 * then the instansi's open SKP follow their appraisers ({@link OrganisasiBerubah}). All or nothing.
 */
@Service
@Transactional
public class Mutasi {
  private final InstansiService instansiService;
  private final UnitKerjaRepository unitRepository;
  private final PegawaiRepository pegawaiRepository;
  private final ApplicationEventPublisher events;

  Mutasi(InstansiService instansiService, UnitKerjaRepository unitRepository, PegawaiRepository pegawaiRepository,
      ApplicationEventPublisher events) {
    this.instansiService = instansiService;
    this.unitRepository = unitRepository;
    this.pegawaiRepository = pegawaiRepository;
    this.events = events;
  }

  /** The new position; {@code nomorSk} and {@code alasan} are optional and go into the record of every SKP that moves. */
  public record Perubahan(String unitKerja, String jabatan, KelasJabatan kelasJabatan, boolean kepala, String nomorSk, String alasan) {}

  /** {@code berubah} is false when the position already was this one (nothing written). */
  public record Hasil(String nip, String nama, String unitKerja, String jabatan, KelasJabatan kelasJabatan, boolean kepala,
      boolean berubah, AkibatPenilai penilai) {}

  public Hasil mutasi(String kodeInstansi, String nip, Perubahan p, String oleh) {
    Instansi instansi = instansiService.get(kodeInstansi);
    Pegawai pegawai = pegawaiRepository.findByNip(nip).filter(x -> x.getInstansi().getId().equals(instansi.getId()))
        .orElseThrow(() -> new NotFoundException("Pegawai dengan NIP " + nip + " tidak terdaftar di instansi " + kodeInstansi + "."));
    UnitKerja unit = unitRepository.findByInstansiAndKode(instansi, p.unitKerja()).orElseThrow(() -> new InvalidInputException(
        "unitKerja", "'" + p.unitKerja() + "' bukan kode unit instansi " + kodeInstansi));
    if (p.kepala()) {
      String kepalaLain = pegawaiRepository.findKepala(unit).stream().filter(k -> !k.getId().equals(pegawai.getId()))
          .map(k -> k.getNama() + " (" + k.getNip() + ")").collect(Collectors.joining(", "));
      if (!kepalaLain.isEmpty()) {
        throw new ConflictException("Unit " + unit.getNama() + " sudah punya kepala aktif: " + kepalaLain
            + ". Mutasikan kepala yang lama lebih dulu.");
      }
    }
    boolean berubah = pegawai.getJabatan().perbarui(unit, p.jabatan(), p.kelasJabatan(), p.kepala());
    AkibatPenilai penilai = berubah ? OrganisasiBerubah.umumkan(events, instansi, alasan(pegawai, unit, p), oleh)
        : AkibatPenilai.TIDAK_ADA;
    return new Hasil(pegawai.getNip(), pegawai.getNama(), unit.getKode(), p.jabatan(), p.kelasJabatan(), p.kepala(), berubah, penilai);
  }

  /** E.g. "Mutasi Budi (1990…) menjadi Kepala Seksi Umum, Dinas Kesehatan; SK 821/45/2024; rotasi". */
  private static String alasan(Pegawai pegawai, UnitKerja unit, Perubahan p) {
    return "Mutasi " + pegawai.getNama() + " (" + pegawai.getNip() + ") menjadi " + p.jabatan() + ", " + unit.getNama()
        + (p.nomorSk() == null ? "" : "; SK " + p.nomorSk()) + (p.alasan() == null ? "" : "; " + p.alasan());
  }
}
