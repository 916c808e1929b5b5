package id.kinerjaflow.organization;

import id.kinerjaflow.instansi.Instansi;
import id.kinerjaflow.instansi.InstansiService;
import id.kinerjaflow.organization.BerkasCsv.Baris;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports an instansi's units and employees from CSV (format in README, "Impor organisasi"). All or
 * nothing: every line is checked first, and one bad line refuses the file. Rows are matched by unit kode
 * and NIP and updated in place, so importing the same file again writes nothing. When a file changed something,
 * the instansi's open SKP follow their appraisers ({@link OrganisasiBerubah}), in the same transaction.
 */
@Service
@Transactional
public class OrganizationImport {
  private static final List<String> KOLOM_UNIT = List.of("kode", "nama", "jenis", "kode_induk");
  private static final List<String> KOLOM_PEGAWAI = List.of("nip", "nama", "jenis_asn", "jabatan", "kelas_jabatan", "unit_kerja",
      "kepala", "plt_plh", "aktif");
  private static final String POLA_KODE = "[A-Za-z0-9._-]{1,50}";

  private final InstansiService instansiService;
  private final UnitKerjaRepository unitRepository;
  private final JabatanRepository jabatanRepository;
  private final PegawaiRepository pegawaiRepository;
  private final ApplicationEventPublisher events;

  OrganizationImport(InstansiService instansiService, UnitKerjaRepository unitRepository, JabatanRepository jabatanRepository,
      PegawaiRepository pegawaiRepository, ApplicationEventPublisher events) {
    this.instansiService = instansiService;
    this.unitRepository = unitRepository;
    this.jabatanRepository = jabatanRepository;
    this.pegawaiRepository = pegawaiRepository;
    this.events = events;
  }

  /** Row counts, and the open SKP that moved to a new appraiser (or found none) because of the import. */
  public record Hasil(int baris, int dibuat, int diubah, int tidakBerubah, AkibatPenilai penilai) {}

  private record BarisUnit(Baris baris, String kode, String nama, JenisUnit jenis, String kodeInduk) {}

  private record BarisPegawai(Baris baris, String nip, String nama, JenisAsn jenisAsn, String jabatan, KelasJabatan kelas,
      UnitKerja unit, boolean kepala, UnitKerja pltUnit, boolean aktif, String email) {}

  public Hasil imporUnit(String kodeInstansi, InputStream isi, String oleh) throws IOException {
    Instansi instansi = instansiService.get(kodeInstansi);
    BerkasCsv csv = BerkasCsv.baca(isi, KOLOM_UNIT);
    List<UnitKerja> semua = unitRepository.findByInstansi(instansi);
    Map<String, UnitKerja> unit = berkode(semua);
    Map<String, BarisUnit> diBerkas = new LinkedHashMap<>();
    Set<String> semuaKode = csv.baris().stream().map(b -> b.get("kode")).collect(Collectors.toSet());
    for (Baris b : csv.baris()) {
      String kode = kode(csv, b, "kode");
      String nama = csv.wajib(b, "nama", 200);
      JenisUnit jenis = csv.pilihan(b, "jenis", JenisUnit.class);
      String kodeInduk = b.get("kode_induk").isEmpty() ? null : kode(csv, b, "kode_induk");
      if (kode != null && diBerkas.containsKey(kode)) {
        csv.galat(b, "kode '" + kode + "' sudah dipakai di baris " + diBerkas.get(kode).baris().nomor());
      } else if (kode != null && nama != null && jenis != null) {
        diBerkas.put(kode, new BarisUnit(b, kode, nama, jenis, kodeInduk));
      }
    }
    for (BarisUnit u : diBerkas.values()) {
      if (u.kodeInduk() != null && !semuaKode.contains(u.kodeInduk()) && !unit.containsKey(u.kodeInduk())) {
        csv.galat(u.baris(), "unit induk '" + u.kodeInduk() + "' tidak ada di berkas ini maupun di instansi " + kodeInstansi);
      }
    }
    if (!csv.adaGalat()) periksaLingkaran(csv, diBerkas, semua);
    csv.tolakJikaAdaGalat();

    // Parents first, so a new unit is inserted with its parent set.
    List<BarisUnit> urut = diBerkas.values().stream().sorted(Comparator.comparingInt(u -> kedalaman(u, diBerkas))).toList();
    int dibuat = 0, diubah = 0;
    for (BarisUnit u : urut) {
      UnitKerja induk = u.kodeInduk() == null ? null : unit.get(u.kodeInduk());
      UnitKerja lama = unit.get(u.kode());
      if (lama == null) {
        unit.put(u.kode(), unitRepository.save(new UnitKerja(instansi, induk, u.kode(), u.nama(), u.jenis())));
        dibuat++;
      } else if (lama.perbarui(induk, u.nama(), u.jenis())) {
        diubah++;
      }
    }
    return hasil(instansi, "Impor unit kerja dari CSV", oleh, csv.baris().size(), dibuat, diubah, diBerkas.size());
  }

  private static int kedalaman(BarisUnit u, Map<String, BarisUnit> diBerkas) {
    int d = 0;
    for (BarisUnit i = diBerkas.get(u.kodeInduk()); i != null; i = diBerkas.get(i.kodeInduk())) d++;
    return d;
  }

  /** Follows each unit's parents as they would be after the import; a unit that is its own ancestor is refused. */
  private static void periksaLingkaran(BerkasCsv csv, Map<String, BarisUnit> diBerkas, List<UnitKerja> tersimpan) {
    Map<String, String> induk = new HashMap<>();
    tersimpan.forEach(u -> induk.put(kunci(u), u.getInduk() == null ? null : kunci(u.getInduk())));
    diBerkas.values().forEach(u -> induk.put(u.kode(), u.kodeInduk()));
    for (BarisUnit u : diBerkas.values()) {
      List<String> jalur = new ArrayList<>(List.of(u.kode()));
      for (String k = induk.get(u.kode()); k != null && !jalur.contains(k); k = induk.get(k)) jalur.add(k);
      if (u.kode().equals(induk.get(jalur.get(jalur.size() - 1)))) {
        csv.galat(u.baris(), "unit induk membentuk lingkaran: " + String.join(" → ", jalur) + " → " + u.kode());
      }
    }
  }

  /** TENAGA_PENDIDIK_KEPENDIDIKAN was split in two: a file that still uses it is told which to choose. */
  private static KelasJabatan kelas(BerkasCsv csv, Baris b) {
    if (!"TENAGA_PENDIDIK_KEPENDIDIKAN".equalsIgnoreCase(b.get("kelas_jabatan"))) return csv.pilihan(b, "kelas_jabatan", KelasJabatan.class);
    csv.galat(b, "kelas_jabatan 'TENAGA_PENDIDIK_KEPENDIDIKAN' sudah dipecah menjadi dua: GURU (guru, dinilai di PMM) atau"
        + " TENAGA_KEPENDIDIKAN (tenaga administrasi sekolah, pengawas sekolah, penilik, korwil pendidikan, pelaksana di sekolah;"
        + " menyusun SKP)");
    return null;
  }

  /** Units without a kode (made before the import) take part in the tree by their id. */
  private static String kunci(UnitKerja u) { return u.getKode() != null ? u.getKode() : "#" + u.getId(); }

  public Hasil imporPegawai(String kodeInstansi, InputStream isi, String oleh) throws IOException {
    Instansi instansi = instansiService.get(kodeInstansi);
    BerkasCsv csv = BerkasCsv.baca(isi, KOLOM_PEGAWAI);
    Map<String, UnitKerja> unit = berkode(unitRepository.findByInstansi(instansi));
    Set<String> nips = csv.baris().stream().map(b -> b.get("nip")).collect(Collectors.toSet());
    Map<String, Pegawai> tersimpan = pegawaiRepository.findByNipIn(nips).stream()
        .collect(Collectors.toMap(Pegawai::getNip, Function.identity()));
    Map<String, BarisPegawai> diBerkas = new LinkedHashMap<>();
    for (Baris b : csv.baris()) {
      String nip = nip(csv, b, kodeInstansi, tersimpan, diBerkas);
      String nama = csv.wajib(b, "nama", 200);
      JenisAsn jenisAsn = csv.pilihan(b, "jenis_asn", JenisAsn.class);
      String jabatan = csv.wajib(b, "jabatan", 200);
      KelasJabatan kelas = kelas(csv, b);
      UnitKerja unitKerja = unit(csv, b, "unit_kerja", unit, kodeInstansi);
      Boolean kepala = csv.benarSalah(b, "kepala");
      UnitKerja plt = b.get("plt_plh").isEmpty() ? null : unit(csv, b, "plt_plh", unit, kodeInstansi);
      Boolean aktif = csv.benarSalah(b, "aktif");
      String email = email(csv, b);
      if (nip != null && !diBerkas.containsKey(nip)) {
        diBerkas.put(nip, new BarisPegawai(b, nip, nama, jenisAsn, jabatan, kelas, unitKerja, Boolean.TRUE.equals(kepala), plt,
            Boolean.TRUE.equals(aktif), email));
      }
    }
    if (!csv.adaGalat()) periksaKepala(csv, diBerkas, pegawaiRepository.findKepalaAktif(instansi));
    csv.tolakJikaAdaGalat();

    int dibuat = 0, diubah = 0;
    for (BarisPegawai p : diBerkas.values()) {
      Pegawai pegawai = tersimpan.get(p.nip());
      if (pegawai == null) {
        Jabatan jabatan = jabatanRepository.save(new Jabatan(p.unit(), p.jabatan(), p.kelas(), p.kepala()));
        pegawai = new Pegawai(p.nip(), p.nama(), p.jenisAsn(), jabatan);
        pegawai.perbarui(p.nama(), p.jenisAsn(), p.aktif(), p.pltUnit(), p.email());
        pegawaiRepository.save(pegawai);
        dibuat++;
      } else {
        boolean jabatanBerubah = pegawai.getJabatan().perbarui(p.unit(), p.jabatan(), p.kelas(), p.kepala());
        boolean pegawaiBerubah = pegawai.perbarui(p.nama(), p.jenisAsn(), p.aktif(), p.pltUnit(), p.email());
        if (jabatanBerubah || pegawaiBerubah) diubah++;
      }
    }
    return hasil(instansi, "Impor pegawai dari CSV", oleh, csv.baris().size(), dibuat, diubah, diBerkas.size());
  }

  private Hasil hasil(Instansi instansi, String alasan, String oleh, int baris, int dibuat, int diubah, int jumlah) {
    AkibatPenilai penilai = dibuat + diubah == 0 ? AkibatPenilai.TIDAK_ADA : OrganisasiBerubah.umumkan(events, instansi, alasan, oleh);
    return new Hasil(baris, dibuat, diubah, jumlah - dibuat - diubah, penilai);
  }

  /** The optional column {@code email}: the address reminders go to. */
  private static String email(BerkasCsv csv, Baris b) {
    String email = b.get("email");
    if (email == null || email.isEmpty()) return null;
    if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || email.length() > 200) {
      csv.galat(b, "email '" + email + "' tidak valid");
      return null;
    }
    return email;
  }

  private static String nip(BerkasCsv csv, Baris b, String kodeInstansi, Map<String, Pegawai> tersimpan,
      Map<String, BarisPegawai> diBerkas) {
    String nip = b.get("nip");
    if (!nip.matches(Pegawai.POLA_NIP)) {
      csv.galat(b, "NIP '" + nip + "' harus 18 digit angka");
      return null;
    }
    if (diBerkas.containsKey(nip)) {
      csv.galat(b, "NIP " + nip + " sudah ada di baris " + diBerkas.get(nip).baris().nomor());
      return null;
    }
    Pegawai lama = tersimpan.get(nip);
    if (lama != null && !lama.getInstansi().getKode().equals(kodeInstansi)) {
      csv.galat(b, "NIP " + nip + " sudah terdaftar di instansi " + lama.getInstansi().getKode());
      return null;
    }
    return nip;
  }

  /** One active head per unit, counting the file and the employees already stored that the file leaves as they are. */
  private static void periksaKepala(BerkasCsv csv, Map<String, BarisPegawai> diBerkas, List<Pegawai> kepalaTersimpan) {
    Map<UnitKerja, List<String>> kepala = new LinkedHashMap<>();
    kepalaTersimpan.stream().filter(p -> !diBerkas.containsKey(p.getNip())).forEach(p -> kepala
        .computeIfAbsent(p.getJabatan().getUnit(), u -> new ArrayList<>()).add(p.getNip() + " " + p.getNama() + " (sudah tersimpan)"));
    diBerkas.values().stream().filter(p -> p.kepala() && p.aktif()).forEach(p -> kepala
        .computeIfAbsent(p.unit(), u -> new ArrayList<>()).add(p.nip() + " " + p.nama() + " (baris " + p.baris().nomor() + ")"));
    for (BarisPegawai p : diBerkas.values()) {
      List<String> semua = kepala.getOrDefault(p.unit(), List.of());
      if (p.kepala() && p.aktif() && semua.size() > 1) {
        String lain = semua.stream().filter(k -> !k.startsWith(p.nip())).collect(Collectors.joining(", "));
        csv.galat(p.baris(), "unit " + p.unit().getKode() + " hanya boleh punya satu kepala aktif, sudah ada: " + lain);
      }
    }
  }

  private static String kode(BerkasCsv csv, Baris b, String kolom) {
    String kode = b.get(kolom);
    if (kode.matches(POLA_KODE)) return kode;
    csv.galat(b, kode.isEmpty() ? kolom + " wajib diisi"
        : kolom + " '" + kode + "' hanya boleh berisi huruf, angka, titik, tanda hubung dan garis bawah (maksimal 50)");
    return null;
  }

  private static UnitKerja unit(BerkasCsv csv, Baris b, String kolom, Map<String, UnitKerja> unit, String kodeInstansi) {
    UnitKerja u = unit.get(b.get(kolom));
    if (u == null) {
      csv.galat(b, b.get(kolom).isEmpty() ? kolom + " wajib diisi" : kolom + " '" + b.get(kolom)
          + "' bukan kode unit instansi " + kodeInstansi + "; impor unitnya lebih dulu");
    }
    return u;
  }

  private static Map<String, UnitKerja> berkode(List<UnitKerja> units) {
    return units.stream().filter(u -> u.getKode() != null).collect(Collectors.toMap(UnitKerja::getKode, Function.identity()));
  }
}
