package org.lvzhi.system;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Configuration;

/** Hands the application's message source to {@link Texts}. */
@Configuration
class TextsConfig {

  TextsConfig(MessageSource messages) {
    Texts.use(messages);
  }
}
