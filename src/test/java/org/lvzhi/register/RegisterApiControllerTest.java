package org.lvzhi.register;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lvzhi.system.InvalidInputException;
import org.lvzhi.system.RecordConflictException;
import org.lvzhi.system.RecordNotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The register API's contract: status codes and RFC 9457 problem JSON, whatever the record type.
 */
// Only the register's and the platform's web parts: other modules' interceptors need their own
// stores.
@WebMvcTest(
    controllers = RegisterApiController.class,
    excludeFilters =
        @ComponentScan.Filter(
            type = FilterType.REGEX,
            pattern = "org\\.lvzhi\\.(?!register|system)\\w+\\..*"))
@AutoConfigureMockMvc(addFilters = false)
class RegisterApiControllerTest {

  @Autowired MockMvc mvc;
  @MockitoBean Registers registers;
  @MockitoBean org.lvzhi.system.LayoutFactory layouts;
  @MockitoBean org.lvzhi.system.CommitteeDirectory committees;

  private final RecordType sectors =
      RecordType.of(
          "sectors",
          "sector",
          "registry.sectors",
          "sector",
          Field.text("name", "sector.name").required());

  @BeforeEach
  void knowsTheType() {
    given(registers.type("sectors")).willReturn(sectors);
    given(registers.type("nothing"))
        .willThrow(new RecordNotFoundException("record type", "nothing"));
  }

  @Test
  void refusedInputIsA400ProblemWithEveryFieldError() throws Exception {
    given(registers.create(eq(sectors), any()))
        .willThrow(new InvalidInputException(Map.of("name", "请填写“界别名称”。")));

    mvc.perform(
            post("/api/v1/sectors")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.title").value("输入有误"))
        .andExpect(jsonPath("$.errors[0].field").value("name"))
        .andExpect(jsonPath("$.errors[0].message").value("请填写“界别名称”。"));
  }

  @Test
  void aStaleEditIsA409ProblemTheClerkUnderstands() throws Exception {
    willThrow(RecordConflictException.staleEdit())
        .given(registers)
        .update(eq(sectors), anyLong(), anyInt(), any());

    mvc.perform(
            put("/api/v1/sectors/3")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"农业界\",\"version\":0}"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("已被他人修改")));
  }

  @Test
  void anUpdateWithoutVersionIsRefused() throws Exception {
    given(registers.message("validation.version")).willReturn("缺少版本号");
    mvc.perform(
            put("/api/v1/sectors/3")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"农业界\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("version"));
  }

  @Test
  void anUnknownTypeOrRecordIs404() throws Exception {
    mvc.perform(get("/api/v1/nothing"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    given(registers.get(sectors, 99)).willThrow(new RecordNotFoundException("sectors", 99));
    mvc.perform(get("/api/v1/sectors/99")).andExpect(status().isNotFound());
  }

  @Test
  void aCreatedRecordAnswers201WithItsLocation() throws Exception {
    given(registers.create(eq(sectors), any())).willReturn(new Registers.Created(7, List.of()));
    given(registers.get(sectors, 7))
        .willReturn(
            new RecordStore.Row(7, 0, new java.util.LinkedHashMap<>(Map.of("name", "农业界"))));
    given(registers.referenceLabels(eq(sectors), any())).willReturn(Map.of());
    given(registers.display(any(), any(), any())).willReturn("农业界");

    mvc.perform(
            post("/api/v1/sectors")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"农业界\"}"))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", "/api/v1/sectors/7"))
        .andExpect(jsonPath("$.id").value(7))
        .andExpect(jsonPath("$.version").value(0))
        .andExpect(jsonPath("$.name").value("农业界"))
        .andExpect(jsonPath("$.display.name").value("农业界"));
  }

  @Test
  void aDeleteAnswers204() throws Exception {
    mvc.perform(delete("/api/v1/sectors/7").param("version", "2"))
        .andExpect(status().isNoContent());
    org.mockito.Mockito.verify(registers).delete(sectors, 7, 2);
  }
}
