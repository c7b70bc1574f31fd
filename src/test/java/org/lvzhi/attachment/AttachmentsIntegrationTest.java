package org.lvzhi.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lvzhi.account.Accounts;
import org.lvzhi.history.Change;
import org.lvzhi.history.History;
import org.lvzhi.history.HistoryEntry;
import org.lvzhi.system.Role;
import org.lvzhi.system.SystemActor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Upload, list, download, delete through the API and the pages, with an owner that decides who may.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:attachments;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "lvzhi.admin.password=Yunxi-Pass-2026!",
      "lvzhi.attachment.max-size=64KB"
    })
@AutoConfigureMockMvc
class AttachmentsIntegrationTest {

  static final String TYPE = "test-record";
  static final long OPEN = 1;
  static final long READ_ONLY = 2;
  static final long HIDDEN = 3;
  private static final String STAFF = "attach-staff";
  private static final String PASSWORD = "Attach-Test-2026";
  private static final Path DATA_DIR = temporaryFolder();

  /** Records the test owner shows and lets change; a test may hide one. */
  static final Set<Long> hidden = ConcurrentHashMap.newKeySet();

  @TestConfiguration
  static class Owner {

    @Bean
    AttachmentOwner testRecords() {
      return new AttachmentOwner() {
        @Override
        public String ownerType() {
          return TYPE;
        }

        @Override
        public boolean mayView(long ownerId) {
          return ownerId != HIDDEN && !hidden.contains(ownerId);
        }

        @Override
        public boolean mayChange(long ownerId) {
          return ownerId != READ_ONLY;
        }
      };
    }
  }

  @DynamicPropertySource
  static void dataDir(DynamicPropertyRegistry registry) {
    registry.add("lvzhi.data-dir", DATA_DIR::toString);
  }

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired JdbcClient jdbc;
  @Autowired Accounts accounts;
  @Autowired SystemActor system;
  @Autowired History history;
  @Autowired Attachments attachments;
  @Autowired UserDetailsService users;

  @BeforeEach
  void staff() {
    hidden.clear();
    system.run(
        () -> {
          if (!accounts.exists(STAFF)) {
            accounts.create(STAFF, "附件测试", Accounts.Binding.of(Role.STAFF), PASSWORD, false);
          }
        });
  }

  @AfterAll
  static void removeFolder() throws IOException {
    try (Stream<Path> files = Files.walk(DATA_DIR)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
  }

  private static Path temporaryFolder() {
    try {
      return Files.createTempDirectory("lvzhi-attachments");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static MockMultipartHttpServletRequestBuilder upload(
      long ownerId, String filename, String claimedType, byte[] content) {
    var builder =
        multipart("/api/v1/attachments")
            .file(new MockMultipartFile("file", filename, claimedType, content));
    builder
        .param("ownerType", TYPE)
        .param("ownerId", String.valueOf(ownerId))
        .with(httpBasic(STAFF, PASSWORD));
    return builder;
  }

  private JsonNode uploaded(long ownerId, String filename, byte[] content) throws Exception {
    String body =
        mvc.perform(upload(ownerId, filename, "application/octet-stream", content))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return json.readTree(body);
  }

  private long rows() {
    return jdbc.sql("select count(*) from attachment").query(Long.class).single();
  }

  private List<Path> keptFiles() throws IOException {
    Path root = DATA_DIR.resolve("attachments");
    if (!Files.exists(root)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).toList();
    }
  }

  @Test
  void uploadListDownloadDelete() throws Exception {
    byte[] content = Samples.pdfOfSize(5000);
    // the browser's claim (text/html) is ignored: the content decides
    long owner = 21;
    String body =
        mvc.perform(upload(owner, "会议纪要（2023）.pdf", "text/html", content))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.filename").value("会议纪要（2023）.pdf"))
            .andExpect(jsonPath("$.contentType").value("application/pdf"))
            .andExpect(jsonPath("$.sizeBytes").value(5000))
            .andExpect(jsonPath("$.uploadedBy").value(STAFF))
            .andReturn()
            .getResponse()
            .getContentAsString();
    long id = json.readTree(body).get("id").asLong();

    mvc.perform(
            get("/api/v1/attachments")
                .param("ownerType", TYPE)
                .param("ownerId", String.valueOf(owner))
                .with(httpBasic(STAFF, PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(1))
        .andExpect(jsonPath("$[0].id").value(id));

    var download =
        mvc.perform(get("/api/v1/attachments/" + id + "/content").with(httpBasic(STAFF, PASSWORD)))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", "application/pdf"))
            .andExpect(header().string("X-Content-Type-Options", "nosniff"))
            .andReturn()
            .getResponse();
    assertThat(download.getContentAsByteArray()).isEqualTo(content);
    assertThat(download.getHeader("Content-Disposition"))
        .startsWith("attachment;")
        .contains("filename*=UTF-8''%E4%BC%9A%E8%AE%AE%E7%BA%AA%E8%A6%81");

    String stored =
        jdbc.sql("select stored_name from attachment where id = :id")
            .param("id", id)
            .query(String.class)
            .single();
    assertThat(stored).matches("\\d{4}/\\d{2}/[0-9a-f-]{36}");
    Path file = DATA_DIR.resolve("attachments").resolve(stored);
    assertThat(Files.readAllBytes(file)).isEqualTo(content);

    mvc.perform(delete("/api/v1/attachments/" + id).with(httpBasic(STAFF, PASSWORD)))
        .andExpect(status().isNoContent());
    mvc.perform(get("/api/v1/attachments/" + id + "/content").with(httpBasic(STAFF, PASSWORD)))
        .andExpect(status().isNotFound());
    assertThat(Files.exists(file)).isFalse();

    List<HistoryEntry> entries = history.of(TYPE, owner);
    assertThat(entries).extracting(HistoryEntry::action).containsExactly("DETACH", "ATTACH");
    assertThat(entries.get(0).actor()).isEqualTo(STAFF);
    assertThat(entries.get(0).changes())
        .containsExactly(new Change("attachment.file", "会议纪要（2023）.pdf", null));
    assertThat(entries.get(1).changes())
        .containsExactly(new Change("attachment.file", null, "会议纪要（2023）.pdf"));
  }

  @Test
  void refusesAnExecutableNamedPdf() throws Exception {
    long before = rows();
    int filesBefore = keptFiles().size();
    mvc.perform(upload(OPEN, "年度报告.pdf", "application/pdf", Samples.exe()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("file"))
        .andExpect(
            jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("不允许上传")));
    assertThat(rows()).isEqualTo(before);
    assertThat(keptFiles()).hasSize(filesBefore);
  }

  @Test
  void refusesAFileOverTheLimit() throws Exception {
    long before = rows();
    int filesBefore = keptFiles().size();
    mvc.perform(upload(OPEN, "big.pdf", "application/pdf", Samples.pdfOfSize(64 * 1024 + 1)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("file"))
        .andExpect(
            jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("64 KB")));
    mvc.perform(upload(OPEN, "empty.pdf", "application/pdf", new byte[0]))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("空文件")));
    assertThat(rows()).isEqualTo(before);
    assertThat(keptFiles()).hasSize(filesBefore);
  }

  @Test
  void theOwnerDecidesWhoMaySeeAndChange() throws Exception {
    mvc.perform(upload(HIDDEN, "a.pdf", "application/pdf", Samples.pdf()))
        .andExpect(status().isNotFound());
    mvc.perform(upload(READ_ONLY, "a.pdf", "application/pdf", Samples.pdf()))
        .andExpect(status().isForbidden());
    mvc.perform(
            get("/api/v1/attachments")
                .param("ownerType", TYPE)
                .param("ownerId", "3")
                .with(httpBasic(STAFF, PASSWORD)))
        .andExpect(status().isNotFound());
    mvc.perform(
            get("/api/v1/attachments")
                .param("ownerType", "no-such-type")
                .param("ownerId", "1")
                .with(httpBasic(STAFF, PASSWORD)))
        .andExpect(status().isNotFound());

    long id = uploaded(7, "secret.pdf", Samples.pdf()).get("id").asLong();
    hidden.add(7L);
    mvc.perform(get("/api/v1/attachments/" + id + "/content").with(httpBasic(STAFF, PASSWORD)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/attachments/" + id).with(user(users.loadUserByUsername(STAFF))))
        .andExpect(status().isNotFound());
    mvc.perform(delete("/api/v1/attachments/" + id).with(httpBasic(STAFF, PASSWORD)))
        .andExpect(status().isNotFound());
    assertThat(
            jdbc.sql("select count(*) from attachment where id = :id")
                .param("id", id)
                .query(Long.class)
                .single())
        .isOne();
    mvc.perform(get("/api/v1/attachments/" + id + "/content")).andExpect(status().isUnauthorized());
  }

  @Test
  void aPathInTheNameIsDroppedAndTheFileStaysInItsFolder() throws Exception {
    JsonNode stored = uploaded(OPEN, "../../etc/passwd.pdf", Samples.pdf());
    assertThat(stored.get("filename").asString()).isEqualTo("passwd.pdf");
    String storedName =
        jdbc.sql("select stored_name from attachment where id = :id")
            .param("id", stored.get("id").asLong())
            .query(String.class)
            .single();
    Path file = DATA_DIR.resolve("attachments").resolve(storedName).normalize();
    assertThat(file).startsWith(DATA_DIR.resolve("attachments")).exists();
    assertThat(DATA_DIR.resolve("etc")).doesNotExist();
    assertThat(DATA_DIR.getParent().resolve("etc/passwd.pdf")).doesNotExist();
    mvc.perform(
            get("/api/v1/attachments/" + stored.get("id").asLong() + "/content")
                .with(httpBasic(STAFF, PASSWORD)))
        .andExpect(
            header()
                .string(
                    "Content-Disposition",
                    org.hamcrest.Matchers.containsString("filename=\"passwd.pdf\"")));
  }

  @Test
  void theUploadFormGoesBackToItsPageAndNowhereElse() throws Exception {
    var staff = users.loadUserByUsername(STAFF);
    var form =
        multipart("/attachments")
            .file(new MockMultipartFile("file", "photo.png", "image/png", Samples.png()));
    form.param("ownerType", TYPE)
        .param("ownerId", "1")
        .param("back", "/registry/test/1")
        .with(user(staff))
        .with(csrf());
    mvc.perform(form)
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/registry/test/1"))
        .andExpect(flash().attribute("notice", "已上传“photo.png”。"));

    var refused =
        multipart("/attachments")
            .file(new MockMultipartFile("file", "x.pdf", "application/pdf", Samples.exe()));
    refused
        .param("ownerType", TYPE)
        .param("ownerId", "1")
        .param("back", "//evil.example/phish")
        .with(user(staff))
        .with(csrf());
    mvc.perform(refused)
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/"))
        .andExpect(flash().attribute("warning", org.hamcrest.Matchers.containsString("x.pdf")));

    for (String elsewhere :
        List.of("https://evil.example/", "/\\evil.example", "javascript:alert(1)")) {
      var again =
          multipart("/attachments")
              .file(new MockMultipartFile("file", "p.png", "image/png", Samples.png()));
      again
          .param("ownerType", TYPE)
          .param("ownerId", "1")
          .param("back", elsewhere)
          .with(user(staff))
          .with(csrf());
      mvc.perform(again).andExpect(redirectedUrl("/"));
    }

    var withoutToken =
        multipart("/attachments")
            .file(new MockMultipartFile("file", "p.png", "image/png", Samples.png()));
    withoutToken.param("ownerType", TYPE).param("ownerId", "1").with(user(staff));
    mvc.perform(withoutToken).andExpect(status().isForbidden());

    long id =
        jdbc.sql("select max(id) from attachment where filename = 'photo.png'")
            .query(Long.class)
            .single();
    mvc.perform(get("/attachments/" + id).with(user(staff)))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", "image/png"))
        .andExpect(
            header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")));
    mvc.perform(
            post("/attachments/" + id + "/delete")
                .param("back", "/registry/test/1")
                .with(user(staff))
                .with(csrf()))
        .andExpect(redirectedUrl("/registry/test/1"));
    assertThat(
            jdbc.sql("select count(*) from attachment where id = :id")
                .param("id", id)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void thePanelListsFilesAndOffersUploadOnlyWhereAllowed() throws Exception {
    uploaded(OPEN, "R&D 报告.pdf", Samples.pdf());
    uploaded(11, "表格.xlsx", Samples.xlsx());
    LocaleContextHolder.setLocale(
        Locale.SIMPLIFIED_CHINESE); // after MockMvc, whose request filter resets it
    String open = system.call(() -> attachments.panel(TYPE).html(OPEN));
    assertThat(open)
        .contains(
            "id=\"attachments\"",
            "R&amp;D 报告.pdf",
            "href=\"/attachments/",
            "attachment-delete",
            "id=\"attachment-upload\"",
            "enctype=\"multipart/form-data\"",
            "name=\"ownerType\" value=\"test-record\"",
            "accept=\"",
            ".pdf");
    String readOnly = system.call(() -> attachments.panel(TYPE).html(READ_ONLY));
    assertThat(readOnly)
        .contains("id=\"attachments\"", "暂无附件")
        .doesNotContain("attachment-upload", "attachment-delete");
    assertThat(system.call(() -> attachments.panel(TYPE).html(HIDDEN))).isEmpty();
    assertThat(system.call(() -> attachments.of(TYPE, 11)))
        .extracting(Attachment::contentType)
        .containsExactly("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    LocaleContextHolder.resetLocaleContext();
  }

  @Test
  void theApiIsDocumented() throws Exception {
    mvc.perform(get("/v3/api-docs"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.paths['/api/v1/attachments'].post").exists())
        .andExpect(jsonPath("$.paths['/api/v1/attachments/{id}/content'].get").exists())
        .andExpect(jsonPath("$.paths['/api/v1/attachments/{id}'].delete").exists());
  }
}
