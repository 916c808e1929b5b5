package id.kinerjaflow.instansi;

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

  InstansiService(InstansiRepository instansiRepository, KalenderRepository kalenderRepository, PresetCatalog presets) {
    this.instansiRepository = instansiRepository;
    this.kalenderRepository = kalenderRepository;
    this.presets = presets;
  }

  /** A new instansi; its BKPSDM admins' Camunda group {@code admin-bkpsdm-{kode}} comes with it (see security.Direktori). */
  public Instansi buat(String kode, String nama, ZoneId zona) {
    instansiRepository.findByKode(kode).ifPresent(i -> {
      throw new ConflictException("Instansi dengan kode '" + kode + "' sudah ada.");
    });
    return instansiRepository.save(new Instansi(kode, nama, zona.getId()));
  }

  @Transactional(readOnly = true)
  public Instansi get(String kode) {
    return instansiRepository.findByKode(kode)
        .orElseThrow(() -> new NotFoundException("Instansi '" + kode + "' tidak ditemukan."));
  }

  /** The instansi, its row locked until the caller's transaction ends: work on it one request at a time. */
  public Instansi kunci(String kode) {
    return instansiRepository.kunci(kode).orElseThrow(() -> new NotFoundException("Instansi '" + kode + "' tidak ditemukan."));
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
