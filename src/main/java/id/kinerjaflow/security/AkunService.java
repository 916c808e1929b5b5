package id.kinerjaflow.security;

import id.kinerjaflow.instansi.Instansi;
import id.kinerjaflow.web.InvalidInputException;
import id.kinerjaflow.web.NotFoundException;
import id.kinerjaflow.organization.Pegawai;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Passwords (stored as hashes) and roles of the logins in the {@link Direktori}. */
@Service
@Transactional
public class AkunService {
  private static final Logger log = LoggerFactory.getLogger(AkunService.class);
  public static final int PANJANG_MINIMAL = 10;
  private static final String HURUF = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final SecureRandom ACAK = new SecureRandom();

  private final Direktori direktori;
  private final KredensialRepository kredensial;
  private final PeranRepository peran;
  private final PasswordEncoder encoder;
  private final AdminPertama adminPertama;

  AkunService(Direktori direktori, KredensialRepository kredensial, PeranRepository peran, PasswordEncoder encoder,
      AdminPertama adminPertama) {
    this.direktori = direktori;
    this.kredensial = kredensial;
    this.peran = peran;
    this.encoder = encoder;
    this.adminPertama = adminPertama;
  }

  /** Sets a login's password; {@code oleh} is who set it (the admin, or the user themself). */
  public void setelKataSandi(String pengguna, String kataSandi, String oleh) {
    if (direktori.pengguna(pengguna).isEmpty()) {
      throw new NotFoundException("Pengguna " + pengguna + " tidak ada di direktori pegawai (atau tidak aktif).");
    }
    Kredensial k = kredensial.findById(pengguna).orElseGet(() -> new Kredensial(pengguna));
    k.setel(encoder.encode(kataSandi), oleh);
    kredensial.save(k);
  }

  public record KataSandiAwal(String nip, String nama, String kataSandi) {}

  /**
   * A random first password for each of these employees who has none yet (others are left as they are). The passwords
   * are returned this once, for the admin to hand out, and stored as hashes only.
   */
  public List<KataSandiAwal> kataSandiAwal(List<Pegawai> pegawai, String oleh) {
    List<KataSandiAwal> hasil = new ArrayList<>();
    for (Pegawai p : pegawai) {
      if (kredensial.existsById(p.getNip())) continue;
      String kataSandi = acak();
      Kredensial k = new Kredensial(p.getNip());
      k.setel(encoder.encode(kataSandi), oleh);
      kredensial.save(k);
      hasil.add(new KataSandiAwal(p.getNip(), p.getNama(), kataSandi));
    }
    return hasil;
  }

  /** 12 characters without look-alikes (0/O, 1/l/I). */
  private static String acak() {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 12; i++) s.append(HURUF.charAt(ACAK.nextInt(HURUF.length())));
    return s.toString();
  }

  /** A user changes their own password, proving the old one. */
  public void gantiKataSandi(String pengguna, String lama, String baru) {
    String hash = kredensial.findById(pengguna).map(Kredensial::getKataSandi).orElse(null);
    if (hash == null || lama == null || !encoder.matches(lama, hash)) {
      throw new InvalidInputException("kataSandiLama", "kata sandi lama salah");
    }
    if (baru.equals(lama)) throw new InvalidInputException("kataSandiBaru", "kata sandi baru harus berbeda dari yang lama");
    setelKataSandi(pengguna, baru, pengguna);
  }

  public List<Peran> peran(Instansi instansi) { return peran.findByInstansiOrderByPengguna(instansi); }

  /** Idempotent: a role already held is returned as is. */
  public Peran beriPeran(String nip, JenisPeran jenis, Instansi instansi) {
    return peran.findByPenggunaAndPeranAndInstansi(nip, jenis, instansi)
        .orElseGet(() -> peran.save(new Peran(nip, jenis, instansi)));
  }

  public void cabutPeran(Instansi instansi, long id) {
    Peran p = peran.findById(id).filter(r -> r.getInstansi() != null && r.getInstansi().equals(instansi.getKode()))
        .orElseThrow(() -> new NotFoundException("Peran " + id + " tidak ada di instansi " + instansi.getKode() + "."));
    peran.delete(p);
  }

  /** At start: the first admin gets its configured password once (later changes are kept); there is no default. */
  void pastikanAdminPertama() {
    if (kredensial.existsById(adminPertama.id())) return;
    if (adminPertama.kataSandi().isBlank()) {
      log.warn("Admin pertama '{}' belum punya kata sandi: setel kinerja.admin-pertama.kata-sandi (KINERJA_ADMIN_PASSWORD).",
          adminPertama.id());
      return;
    }
    setelKataSandi(adminPertama.id(), adminPertama.kataSandi(), "konfigurasi");
  }
}
