package id.kinerjaflow.organization;

import id.kinerjaflow.web.InvalidInputException;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.multipart.MultipartFile;

/** CSV import of an instansi's units and employees (admins only, see SecurityConfig); the file is the multipart part {@code berkas}. */
@RestController
@RequestMapping(path = "/api/instansi/{kode}/impor", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
class OrganizationImportController {
  private final OrganizationImport impor;

  OrganizationImportController(OrganizationImport impor) { this.impor = impor; }

  @PostMapping("/unit")
  OrganizationImport.Hasil unit(@PathVariable String kode, @RequestPart(name = "berkas", required = false) MultipartFile berkas,
      Authentication auth) throws IOException {
    return impor.imporUnit(kode, wajib(berkas).getInputStream(), auth.getName());
  }

  @PostMapping("/pegawai")
  OrganizationImport.Hasil pegawai(@PathVariable String kode, @RequestPart(name = "berkas", required = false) MultipartFile berkas,
      Authentication auth) throws IOException {
    return impor.imporPegawai(kode, wajib(berkas).getInputStream(), auth.getName());
  }

  private static MultipartFile wajib(MultipartFile berkas) {
    if (berkas == null) throw new InvalidInputException("berkas", "unggah berkas CSV sebagai bagian multipart 'berkas'");
    return berkas;
  }
}
