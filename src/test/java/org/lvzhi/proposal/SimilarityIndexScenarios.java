package org.lvzhi.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Similar proposals on a fixture of real-looking county proposals, on the real schema: a near
 * duplicate ranks first and scores high, an unrelated one scores low, drafts and another
 * committee's proposals are never found, and two nodes on one database agree.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SimilarityIndexScenarios {

  private JdbcClient jdbc;
  private long committee;
  private long otherCommittee;
  private long parking;
  private long draft;

  abstract DataSource dataSource();

  @BeforeAll
  void schema() {
    DataSource data = dataSource();
    Flyway.configure().dataSource(data).locations("classpath:db/migration").load().migrate();
    jdbc = JdbcClient.create(data);
    committee = jdbc.sql("select min(id) from committee").query(Long.class).single();
    jdbc.sql("insert into committee (name, level) values ('政协邻县委员会', 'COUNTY')").update();
    otherCommittee = jdbc.sql("select max(id) from committee").query(Long.class).single();
    for (String[] p : ProposalFixture.PROPOSALS) {
      long id = insert(committee, "ACCEPTED", p[0], p[1], p[2]);
      if (p[0].startsWith("关于缓解县城停车难")) {
        parking = id;
      }
    }
    draft = insert(committee, "DRAFT", "关于整治城区停车难问题的建议草稿", ProposalFixture.PARKING_BODY, "");
    insert(otherCommittee, "SUBMITTED", "关于缓解县城停车难问题的建议", ProposalFixture.PARKING_BODY, "");
  }

  long insert(
      long committeeId, String status, String subject, String situation, String suggestions) {
    jdbc.sql(
            "insert into proposal (committee_id, kind, subject, situation, suggestions, status,"
                + " drafted_by, overdue) values (:c, 'INDIVIDUAL', :subject, :situation,"
                + " :suggestions, :status, 'test', false)")
        .param("c", committeeId)
        .param("subject", subject)
        .param("situation", situation)
        .param("suggestions", suggestions)
        .param("status", status)
        .update();
    return jdbc.sql("select max(id) from proposal").query(Long.class).single();
  }

  private SimilarityIndex node() {
    return new SimilarityIndex(new ProposalTexts(jdbc));
  }

  @Test
  void aNearDuplicateRanksFirstWithAHighScoreAndAnUnrelatedOneScoresLow() {
    List<SimilarityIndex.Hit> hits =
        node()
            .similar(committee, ProposalFixture.NEAR_SUBJECT, ProposalFixture.NEAR_BODY, null, 20);

    assertThat(hits.get(0).id()).isEqualTo(parking);
    assertThat(hits.get(0).score()).isGreaterThanOrEqualTo(0.6);
    long unrelated = idOf("关于加强农村学前教育师资队伍建设的建议");
    assertThat(hits.stream().filter(h -> h.id() == unrelated).findFirst())
        .map(SimilarityIndex.Hit::score)
        .hasValueSatisfying(score -> assertThat(score).isLessThanOrEqualTo(0.2));
  }

  @Test
  void theSameTextOverTheSameProposalsGivesTheSameOrderOnEveryNode() {
    List<SimilarityIndex.Hit> first = node().similar(committee, "停车 学校 医院 养老 道路", null, 10);
    List<SimilarityIndex.Hit> second = node().similar(committee, "停车 学校 医院 养老 道路", null, 10);

    assertThat(first).isNotEmpty().isEqualTo(second);
    assertThat(first).isSortedAccordingTo(SimilarityIndex.Hit.BEST_FIRST);
  }

  @Test
  void theProposalItselfIsLeftOutWhenAsked() {
    List<SimilarityIndex.Hit> hits =
        node()
            .similar(
                committee, ProposalFixture.NEAR_SUBJECT, ProposalFixture.NEAR_BODY, parking, 5);

    assertThat(hits).extracting(SimilarityIndex.Hit::id).doesNotContain(parking).hasSize(5);
  }

  @Test
  void draftsAndAnotherCommitteesProposalsAreNeverFound() {
    SimilarityIndex index = node();
    List<SimilarityIndex.Hit> hits =
        index.similar(committee, "关于整治城区停车难问题的建议草稿", ProposalFixture.PARKING_BODY, null, 50);

    assertThat(hits).extracting(SimilarityIndex.Hit::id).doesNotContain(draft);
    assertThat(hits)
        .allSatisfy(
            h ->
                assertThat(
                        jdbc.sql("select committee_id from proposal where id = :id")
                            .param("id", h.id())
                            .query(Long.class)
                            .single())
                    .isEqualTo(committee));
    assertThat(index.similar(otherCommittee, "停车难", null, 5)).hasSize(1);
  }

  @Test
  void aProposalWrittenThroughOneNodeIsFoundByTheOthersNextLookup() {
    SimilarityIndex one = node();
    SimilarityIndex other = node();
    String subject = "关于在高铁站设置新能源汽车充电桩的建议";
    assertThat(other.similar(committee, subject, "", null, 1)).noneMatch(h -> h.score() > 0.6);

    long added = insert(committee, "SUBMITTED", subject, "高铁站停车场没有新能源汽车充电桩，车主充电难。", "增设快充桩。");
    one.refresh(committee);
    List<SimilarityIndex.Hit> found = other.similar(committee, subject, "", null, 1);

    assertThat(found).extracting(SimilarityIndex.Hit::id).containsExactly(added);
    jdbc.sql(
            "update proposal set subject = '关于规范校外培训机构管理的建议', situation = '无证办学。', suggestions = '专项整治。', version = version + 1 where id = :id")
        .param("id", added)
        .update();
    assertThat(other.similar(committee, subject, "", null, 1))
        .extracting(SimilarityIndex.Hit::id)
        .doesNotContain(added);
  }

  @Test
  void theDatabaseSearchFindsWordsOfTheReplyToo() {
    long replied = idOf("关于加强农村学前教育师资队伍建设的建议");
    jdbc.sql(
            "update proposal set reply_text = '县教育局将招聘幼儿园教师八十名。', version = version + 1 where id = :id")
        .param("id", replied)
        .update();

    assertThat(node().matching(committee, "幼儿园教师招聘", 10))
        .extracting(SimilarityIndex.Hit::id)
        .first()
        .isEqualTo(replied);
  }

  private long idOf(String subject) {
    return jdbc.sql("select id from proposal where subject = :s and committee_id = :c")
        .param("s", subject)
        .param("c", committee)
        .query(Long.class)
        .single();
  }
}
