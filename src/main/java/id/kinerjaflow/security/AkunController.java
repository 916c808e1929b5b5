package id.kinerjaflow.security;

import id.kinerjaflow.instansi.InstansiService;
import id.kinerjaflow.organization.OrganizationService;
import id.kinerjaflow.organization.Pegawai;
import id.kinerjaflow.web.ForbiddenException;
import id.kinerjaflow.web.NotFoundException;
import id.kinerjaflow.web.UnduhanCsv;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.*;

/** The logged-in user's own account, and an instansi's logins (passwords, roles) for its admins (see SecurityConfig). */
@RestController
class AkunController {
  private final AkunService akun;
  private final Direktori direktori;
  private final InstansiService instansi;
  private final OrganizationService organization;

  AkunController(AkunService akun, Direktori direktori, InstansiService instansi, OrganizationService organization) {
    this.akun = akun;
    this.direktori = direktori;
    this.instansi = instansi;
    this.organization = organization;
  }

  record GantiKataSandi(@NotBlank(message = "kata sandi lama wajib diisi") String kataSandiLama,
      @NotNull(message = "kata sandi baru wajib diisi")
      @Size(min = AkunService.PANJANG_MINIMAL, message = "kata sandi baru paling sedikit 10 karakter") @BatasBcrypt String kataSandiBaru) {}

  record SetelKataSandi(@NotNull(message = "kata sandi wajib diisi")
      @Size(min = AkunService.PANJANG_MINIMAL, message = "kata sandi paling sedikit 10 karakter") @BatasBcrypt String kataSandi) {}

  record PeranInput(@NotBlank(message = "NIP wajib diisi") String nip, @NotNull(message = "peran wajib diisi") JenisPeran peran) {}

  record EmailInput(@Email(message = "alamat surel tidak valid") @Size(max = 200, message = "alamat surel terlalu panjang") String email) {}

  /** {@code instansi}: the user's instansi (kode), null for the first admin; {@code email}: where reminders go. */
  record Saya(String id, String nama, String instansi, String email, Set<String> grup) {}

  @GetMapping("/api/akun/saya")
  Saya saya(Authentication auth) {
    var p = direktori.pengguna(auth.getName()).orElseThrow(() -> new NotFoundException("Pengguna tidak ada di direktori."));
    return new Saya(p.id(), p.nama(), p.instansi(), p.email(), p.grup());
  }

  /** The address reminders go to; empty removes it. */
  @PutMapping("/api/akun/email")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void email(@Valid @RequestBody EmailInput input, Authentication auth) {
    organization.ubahEmail(auth.getName(), input.email() == null || input.email().isBlank() ? null : input.email());
  }

  @PutMapping("/api/akun/kata-sandi")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void ganti(@Valid @RequestBody GantiKataSandi input, Authentication auth) {
    akun.gantiKataSandi(auth.getName(), input.kataSandiLama(), input.kataSandiBaru());
  }

  @PutMapping("/api/instansi/{kode}/pegawai/{nip}/kata-sandi")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void setel(@PathVariable String kode, @PathVariable String nip, @Valid @RequestBody SetelKataSandi input, Authentication auth) {
    akun.setelKataSandi(pegawai(kode, nip).getNip(), input.kataSandi(), auth.getName());
  }

  /** A first password for every active employee without one, as a CSV to hand out (only this once; stored as hashes). */
  @PostMapping(path = "/api/instansi/{kode}/kata-sandi-awal", produces = "text/csv")
  ResponseEntity<String> kataSandiAwal(@PathVariable String kode, Authentication auth) {
    UnduhanCsv csv = new UnduhanCsv("kata-sandi-awal-" + kode + ".csv", "nip", "nama", "kata_sandi");
    for (var k : akun.kataSandiAwal(organization.pegawaiAktif(instansi.get(kode)), auth.getName())) {
      csv.baris(k.nip(), k.nama(), k.kataSandi());
    }
    return csv.jawaban();
  }

  @GetMapping("/api/instansi/{kode}/peran")
  List<Peran> daftar(@PathVariable String kode) { return akun.peran(instansi.get(kode)); }

  /** BKPSDM admins grant BKPSDM admin; auditors and Camunda admins are granted by Camunda admins only. */
  @PostMapping("/api/instansi/{kode}/peran")
  @ResponseStatus(HttpStatus.CREATED)
  Peran beri(@PathVariable String kode, @Valid @RequestBody PeranInput input, Authentication auth) {
    if (input.peran() != JenisPeran.ADMIN_BKPSDM && !Grup.camundaAdmin(auth)) {
      throw new ForbiddenException("Peran " + input.peran() + " hanya dapat diberikan oleh Administrator Camunda.");
    }
    return akun.beriPeran(pegawai(kode, input.nip()).getNip(), input.peran(), instansi.get(kode));
  }

  @DeleteMapping("/api/instansi/{kode}/peran/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void cabut(@PathVariable String kode, @PathVariable long id) { akun.cabutPeran(instansi.get(kode), id); }

  private Pegawai pegawai(String kode, String nip) {
    Pegawai p = organization.pegawai(nip);
    if (!p.getInstansi().getKode().equals(kode)) {
      throw new NotFoundException("Pegawai dengan NIP " + nip + " bukan pegawai instansi " + kode + ".");
    }
    return p;
  }
}
