package ru.rop.portal.common.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final String BEARER = "bearer-key";

    @Bean
    OpenAPI ropPortalOpenApi() {
        return new OpenAPI()
                .info(new Info().title("РОП-портал API").version("v1")
                        .description("API для интеграций: вакансии, кандидаты, модель и классификация РОП. "
                                + "Аутентификация — заголовок Authorization: Bearer <ключ>; ключи выпускает владелец "
                                + "в разделе «API-ключи». Ошибки — application/problem+json (RFC 9457)."))
                .components(new Components().addSecuritySchemes(BEARER,
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
