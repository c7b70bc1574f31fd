package org.lvzhi.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's title, and how scripts sign in (HTTP Basic; browsers use their session).
 */
@Configuration
class ApiDocsConfig {

  @Bean
  OpenAPI lvzhiApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("履职 Lvzhi API")
                .version("v1")
                .description(
                    "政协委员会履职工作平台的接口。Errors are RFC 9457 problem JSON; amounts typed by people"
                        + " travel in 万元 as strings and come back in yuan with two decimals."))
        .components(
            new Components()
                .addSecuritySchemes(
                    "basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
        .addSecurityItem(new SecurityRequirement().addList("basic"));
  }
}
