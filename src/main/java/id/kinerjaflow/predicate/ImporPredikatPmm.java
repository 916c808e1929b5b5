package id.kinerjaflow.predicate;

import id.kinerjaflow.evaluation.Predikat;
import id.kinerjaflow.instansi.Instansi;
import id.kinerjaflow.instansi.InstansiService;
import id.kinerjaflow.organization.BerkasCsv;
import id.kinerjaflow.organization.BerkasCsv.Baris;
import id.kinerjaflow.organization.OrganizationService;
import id.kinerjaflow.organization.Pegawai;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the final predicates of PMM participants (README, "Impor predikat PMM"). All or nothing, like the
 * organisation import; rows are matched by NIP and year and updated in place, so the same file again writes nothing.
 */
@Service
@Transactional
public class ImporPredikatPmm {
  private static final List<String> KOLOM = List.of("nip", "tahun", "predikat");
  private static final int TAHUN_AWAL = 2022; // PermenPANRB 6/2022

  private final InstansiService instansiService;
  private final OrganizationService organization;
  private final SaluranPenilaian saluranPenilaian;
  private final PredikatPmmRepository repository;
  private final Clock jam;

  ImporPredikatPmm(InstansiService instansiService, OrganizationService organization, SaluranPenilaian saluranPenilaian,
      PredikatPmmRepository repository, Clock jam) {
    this.jam = jam;
    this.instansiService = instansiService;
    this.organization = organization;
    this.saluranPenilaian = saluranPenilaian;
    this.repository = repository;
  }

  public record Hasil(int baris, int dibuat, int diubah, int tidakBerubah) {}

  private record BarisPmm(Pegawai pegawai, int tahun, Predikat predikat, String keterangan) {}

  public Hasil impor(String kodeInstansi, InputStream isi) throws IOException {
    Instansi instansi = instansiService.get(kodeInstansi);
    BerkasCsv csv = BerkasCsv.baca(isi, KOLOM);
    int tahunIni = jam.instant().atZone(instansi.zona()).getYear();
    Map<String, Pegawai> pegawai = organization.pegawai(csv.baris().stream().map(b -> b.get("nip")).toList()).stream()
        .filter(p -> p.getInstansi().getId().equals(instansi.getId()))
        .collect(Collectors.toMap(Pegawai::getNip, Function.identity()));
    Map<String, Integer> barisKunci = new LinkedHashMap<>();
    Map<String, BarisPmm> diBerkas = new LinkedHashMap<>();
    for (Baris b : csv.baris()) {
      Pegawai p = peserta(csv, b, pegawai, kodeInstansi);
      Integer tahun = tahun(csv, b, tahunIni);
      Predikat predikat = csv.pilihan(b, "predikat", Predikat.class);
      String keterangan = b.get("keterangan") == null || b.get("keterangan").isEmpty() ? null : csv.wajib(b, "keterangan", 500);
      if (tahun == null || !b.get("nip").matches(Pegawai.POLA_NIP)) continue;
      String kunci = kunci(b.get("nip"), tahun);
      Integer sebelumnya = barisKunci.putIfAbsent(kunci, b.nomor());
      if (sebelumnya != null) {
        csv.galat(b, "NIP " + b.get("nip") + " tahun " + tahun + " sudah ada di baris " + sebelumnya);
      } else if (p != null && predikat != null) {
        diBerkas.put(kunci, new BarisPmm(p, tahun, predikat, keterangan));
      }
    }
    csv.tolakJikaAdaGalat();

    Map<String, PredikatPmm> tersimpan = repository.findByInstansi(instansi).stream()
        .collect(Collectors.toMap(r -> kunci(r.getPegawai().getNip(), r.getTahun()), Function.identity()));
    int dibuat = 0, diubah = 0;
    for (var e : diBerkas.entrySet()) {
      BarisPmm r = e.getValue();
      PredikatPmm lama = tersimpan.get(e.getKey());
      if (lama == null) {
        repository.save(new PredikatPmm(r.pegawai(), r.tahun(), r.predikat(), r.keterangan()));
        dibuat++;
      } else if (lama.perbarui(r.predikat(), r.keterangan())) {
        diubah++;
      }
    }
    return new Hasil(csv.baris().size(), dibuat, diubah, diBerkas.size() - dibuat - diubah);
  }

  /** The employee of this instansi whom assessment-channel.dmn sends to PMM, or null after recording why not. */
  private Pegawai peserta(BerkasCsv csv, Baris b, Map<String, Pegawai> pegawai, String kodeInstansi) {
    String nip = b.get("nip");
    if (!nip.matches(Pegawai.POLA_NIP)) {
      csv.galat(b, "NIP '" + nip + "' harus 18 digit angka");
      return null;
    }
    Pegawai p = pegawai.get(nip);
    if (p == null) {
      csv.galat(b, "NIP " + nip + " bukan pegawai instansi " + kodeInstansi);
      return null;
    }
    SaluranPenilaian.Saluran saluran = saluranPenilaian.untuk(p);
    if (!saluran.pmm()) {
      csv.galat(b, "NIP " + nip + " (" + p.getNama() + ") tidak dinilai melalui PMM menurut aturan " + SaluranPenilaian.DECISION
          + " (" + saluran.keterangan() + "); predikatnya berasal dari penilaian akhir SKP");
      return null;
    }
    return p;
  }

  private static Integer tahun(BerkasCsv csv, Baris b, int tahunIni) {
    String nilai = b.get("tahun");
    if (!nilai.matches("\\d{4}")) {
      csv.galat(b, nilai.isEmpty() ? "tahun wajib diisi" : "tahun '" + nilai + "' harus angka tahun, mis. " + tahunIni);
      return null;
    }
    int tahun = Integer.parseInt(nilai);
    if (tahun < TAHUN_AWAL || tahun > tahunIni) {
      csv.galat(b, "tahun " + tahun + " harus antara " + TAHUN_AWAL + " dan " + tahunIni);
      return null;
    }
    return tahun;
  }

  private static String kunci(String nip, int tahun) { return nip + "/" + tahun; }
}
