package com.lepton.caselibrary.rest;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description served at {@code /v3/api-docs} (Swagger UI at {@code /swagger-ui.html}). */
@Configuration
class OpenApiConfiguration {

    @Bean
    OpenAPI leptonOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Lepton Case Library API")
                        .description(
                                "The case library and its live demos (/api/cases), and the shared inference pool on the "
                                        + "Open Inference Protocol, KServe v2 REST (/v2). Demo runs share the browser's checks, quotas and pool.")
                        .version("1")
                        .license(new License().name("Apache-2.0")));
    }
}
