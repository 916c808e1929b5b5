package id.kinerjaflow.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of {@code /api} (springdoc: {@code /v3/api-docs}, browsable at {@code /swagger-ui/index.html}),
 * for integrators (payroll, SIASN exports, a regional portal); README.md tells what each endpoint does and who may call it.
 */
@Configuration
class OpenApiKonfigurasi {
  @Bean
  OpenAPI kinerjaFlowApi() {
    return new OpenAPI()
        .info(new Info().title("kinerja-flow API").version("1")
            .description("Pengelolaan Kinerja ASN (PermenPANRB 6/2022): SKP, evaluasi periodik dan akhir, kalender tenggat, "
                + "impor, TPP, dokumen. Masuk dengan NIP dan kata sandi (HTTP Basic). Galat: application/problem+json, "
                + "pesan dalam Bahasa Indonesia."))
        .components(new Components().addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
        .addSecurityItem(new SecurityRequirement().addList("basic"));
  }
}
