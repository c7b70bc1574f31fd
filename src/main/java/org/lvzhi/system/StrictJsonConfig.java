package org.lvzhi.system;

import org.lvzhi.shared.CleanText;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * JSON bodies are read as they are written, not coerced: a number or a boolean sent for a text is
 * refused (an amount is a string of yuan, a name is not a number), and a text holding NUL or an
 * unpaired surrogate is refused ({@link CleanText}). A refusal is a 400 naming the property ({@code
 * ApiExceptionHandler}).
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonConfig {

  @Bean
  JsonMapperBuilderCustomizer noCoercionToText() {
    return builder ->
        builder.withCoercionConfig(
            LogicalType.Textual,
            config -> {
              config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
              config.setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
              config.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
            });
  }

  @Bean
  JacksonModule cleanTextModule() {
    SimpleModule module = new SimpleModule("lvzhi-clean-text");
    module.addDeserializer(String.class, new CleanStringDeserializer());
    return module;
  }

  /** The standard text deserializer, refusing what {@link CleanText} refuses. */
  static final class CleanStringDeserializer extends StringDeserializer {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
      String text = super.deserialize(parser, context);
      if (!CleanText.isClean(text)) {
        return context.reportInputMismatch(
            this, "text with a NUL or an unpaired surrogate character");
      }
      return text;
    }
  }
}
