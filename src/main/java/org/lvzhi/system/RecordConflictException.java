package org.lvzhi.system;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A change refused because the record changed meanwhile or because it would break a rule about
 * other records (409). The message is shown to the clerk as it is, so write it in Chinese.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class RecordConflictException extends RuntimeException {

  public RecordConflictException(String message) {
    super(message);
  }

  public static RecordConflictException staleEdit() {
    return new RecordConflictException("该记录已被他人修改，您的修改未保存。请刷新页面查看最新内容后再修改。");
  }
}
