package com.lepton.caselibrary.rest;

import com.lepton.caselibrary.web.PublicUrl;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description served at {@code /v3/api-docs} (Swagger UI at {@code /swagger-ui.html}). */
@Configuration
class OpenApiConfiguration {

    /**
     * With {@code lepton.public-url} set, the one server the document names; otherwise springdoc names the
     * address of the request, which {@link PublicUrl} has already taken from the socket, not the Host header.
     */
    @Bean
    OpenAPI leptonOpenApi(PublicUrl publicUrl) {
        OpenAPI api = new OpenAPI();
        publicUrl.configured().ifPresent(url -> api.servers(List.of(new Server().url(url.toString()))));
        // The schemes the signed-in endpoints (plugin administration) name in their @SecurityRequirement.
        api.components(new Components()
                .addSecuritySchemes(
                        "basic",
                        new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("basic")
                                .description("A portal account's username and password"))
                .addSecuritySchemes(
                        "token",
                        new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("bearer")
                                .description("A personal API token (lct_...) made on the account's API tokens page")));
        return api.info(new Info()
                .title("Lepton Case Library API")
                .description(
                        "The case library and its live demos (/api/cases), and the shared inference pool on the "
                                + "Open Inference Protocol, KServe v2 REST (/v2); plugin administration for administrators and partners (/api/admin/plugins, HTTP Basic or a personal API token). Demo runs share the browser's checks, quotas and pool.")
                .version("1")
                .license(new License().name("Apache-2.0")));
    }
}
