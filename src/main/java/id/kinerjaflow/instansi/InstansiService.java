package id.kinerjaflow.instansi;

import id.kinerjaflow.security.Grup;
import org.camunda.bpm.engine.IdentityService;
import id.kinerjaflow.web.ConflictException;
import id.kinerjaflow.web.NotFoundException;
import java.time.ZoneId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Instansi and their calendars. */
@Service
@Transactional
public class InstansiService {
  private final InstansiRepository instansiRepository;
  private final KalenderRepository kalenderRepository;
  private final PresetCatalog presets;
  private final IdentityService identityService;

  InstansiService(InstansiRepository instansiRepository, KalenderRepository kalenderRepository, PresetCatalog presets,
      IdentityService identityService) {
    this.instansiRepository = instansiRepository;
    this.kalenderRepository = kalenderRepository;
    this.presets = presets;
    this.identityService = identityService;
  }

  /** A new instansi, with the Camunda group of its own BKPSDM admins (the verifiers of its SKP targets). */
  public Instansi buat(String kode, String nama, ZoneId zona) {
    instansiRepository.findByKode(kode).ifPresent(i -> {
      throw new ConflictException("Instansi dengan kode '" + kode + "' sudah ada.");
    });
    String grup = Grup.adminInstansi(kode);
    if (identityService.createGroupQuery().groupId(grup).count() == 0) {
      var g = identityService.newGroup(grup);
      g.setName("Admin BKPSDM " + nama);
      g.setType("WORKFLOW");
      identityService.saveGroup(g);
    }
    return instansiRepository.save(new Instansi(kode, nama, zona.getId()));
  }

  @Transactional(readOnly = true)
  public Instansi get(String kode) {
    return instansiRepository.findByKode(kode)
        .orElseThrow(() -> new NotFoundException("Instansi '" + kode + "' tidak ditemukan."));
  }

  /** Attaches the preset's calendar, moved to {@code tahun}, to the instansi. */
  public Kalender pasangKalender(String instansiKode, String presetKode, int tahun) {
    Instansi instansi = get(instansiKode);
    KalenderPreset preset = presets.get(presetKode).untukTahun(tahun);
    kalenderRepository.findByInstansiAndTahun(instansi, tahun).ifPresent(k -> {
      throw new ConflictException("Instansi '" + instansiKode + "' sudah memiliki kalender tahun " + tahun
          + " (preset " + k.getPreset() + ").");
    });
    return kalenderRepository.save(new Kalender(instansi, preset));
  }

  @Transactional(readOnly = true)
  public Kalender kalender(Instansi instansi, int tahun) {
    return kalenderRepository.findByInstansiAndTahun(instansi, tahun)
        .orElseThrow(() -> new ConflictException("Instansi '" + instansi.getKode()
            + "' belum memiliki kalender kinerja tahun " + tahun + ". Pasang kalender lebih dulu."));
  }

  @Transactional(readOnly = true)
  public Kalender kalender(String instansiKode, int tahun) {
    Instansi instansi = get(instansiKode);
    return kalenderRepository.findByInstansiAndTahun(instansi, tahun)
        .orElseThrow(() -> new NotFoundException("Kalender tahun " + tahun + " untuk instansi '" + instansiKode + "' tidak ditemukan."));
  }
}
