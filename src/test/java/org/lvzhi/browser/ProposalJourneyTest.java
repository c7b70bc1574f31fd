package org.lvzhi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.account.Accounts;
import org.lvzhi.system.Role;

/**
 * A proposal's whole way in the browser: a member drafts a joint proposal on a phone and a
 * co-signer confirms it there; the office accepts and assigns it at a desk; the unit's clerk
 * acknowledges, talks to the proposer, records the contact and replies with the signed letter; the
 * office passes the reply; the member rates it on the phone and it closes.
 */
class ProposalJourneyTest extends BrowserJourney {

  private static final String PASSWORD = "Proposal-Way-2026";

  @Test
  @DisplayName(
      "a member drafts a joint proposal on a phone, a co-signer confirms, the office accepts and"
          + " assigns, the unit talks to the proposer and replies with a letter, the member rates it")
  void aJointProposalFromThePhoneToClosure() throws Exception {
    List<Person> free = withoutAccount();
    Person author = free.get(0);
    Person cosigner = free.get(1);
    String authorLogin = memberAccount(author);
    String cosignerLogin = memberAccount(cosigner);
    long unitId =
        jdbc.sql("select id from unit where committee_id = " + DEMO + " order by id")
            .query(Long.class)
            .list()
            .get(1);
    String unitLogin = unique("punit");
    system.callIn(
        demoCommittee(),
        () ->
            accounts.create(
                unitLogin,
                "提案承办人",
                new Accounts.Binding(Role.UNIT, null, unitId, null),
                PASSWORD,
                false));
    String officeLogin = unique("poffice");
    system.callIn(
        demoCommittee(),
        () ->
            accounts.create(
                officeLogin, "提案委干事", Accounts.Binding.of(Role.STAFF), PASSWORD, false));
    String subject = "关于加快县域冷链物流体系建设的建议" + unique("");

    // The member writes it on the phone and asks a colleague to co-sign.
    Page phone = phone();
    signIn(phone, authorLogin, PASSWORD);
    phone.navigate("/proposals/new");
    phone.locator("#kind-JOINT").check();
    phone.locator("#f-cosignerIds-ts-control").fill(cosigner.name());
    phone
        .locator(".ts-dropdown .option")
        .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(cosigner.name()))
        .first()
        .click();
    phone.locator("#f-subject").fill(subject);
    phone.locator("#f-situation").fill("我县果蔬年产量大，产地冷库不足，损耗率在两成以上。");
    phone.locator("#f-analysis").fill("冷链设施投入不足，经营主体分散。");
    phone.locator("#f-suggestions").fill("一是规划建设产地冷库；二是培育冷链物流企业；三是给予用电补贴。");
    assertInView(phone, phone.locator("#proposal-save-submit"), "save and submit");
    phone.locator("#proposal-save-submit").click();
    assertThat(phone.locator("#proposal-status")).hasText("待联名人确认");
    assertThat(phone.locator("#proposal-cosigners")).containsText(cosigner.name());
    String path = phone.url().replaceAll("^https?://[^/]+", "");
    screenshot(phone, "proposal-awaiting-cosigner");

    // The co-signer finds it waiting in their list and confirms.
    Page cosignerPhone = phone();
    signIn(cosignerPhone, cosignerLogin, PASSWORD);
    cosignerPhone.navigate("/proposals/mine");
    assertThat(cosignerPhone.locator("#my-proposals")).containsText(subject);
    cosignerPhone.locator(".my-proposal", new Page.LocatorOptions().setHasText(subject)).click();
    assertInView(cosignerPhone, cosignerPhone.locator("#proposal-confirm"), "confirm");
    cosignerPhone.locator("#proposal-confirm").click();
    assertThat(cosignerPhone.locator("#proposal-status")).hasText("已提交待审查");

    // The office accepts and assigns it.
    Page office = desktop();
    signIn(office, officeLogin, PASSWORD);
    office.navigate(path);
    office.locator("#proposal-accept").click();
    assertThat(office.locator("#proposal-status")).hasText("已立案待交办");
    assertThat(office.locator("#proposal-number")).containsText("号");
    office.locator("#assign-lead").selectOption(String.valueOf(unitId));
    office.locator("#proposal-assign").click();
    assertThat(office.locator("#proposal-status")).hasText("已交办待签收");

    // The unit's clerk acknowledges, talks to the proposer, records the contact and replies.
    Page unit = desktop();
    signIn(unit, unitLogin, PASSWORD);
    unit.navigate(path);
    unit.locator("#proposal-acknowledge").click();
    assertThat(unit.locator("#proposal-status")).hasText("办理中");
    unit.locator("#message-body").fill("您好，我局拟于下周上门听取您对冷库选址的意见。");
    unit.locator("#proposal-post").click();
    assertThat(unit.locator("#proposal-conversation")).containsText("上门听取");
    unit.locator("#contact-manner").selectOption("VISIT");
    unit.locator("#contact-note").fill("上门座谈，听取选址意见");
    unit.locator("#proposal-contact").click();
    assertThat(unit.locator("#proposal-units")).containsText("上门座谈");
    Path letter = Files.createTempFile("reply-letter", ".pdf");
    Files.write(
        letter,
        "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
    unit.locator("#reply-grade").selectOption("B");
    unit.locator("#reply-text").fill("已列入年度计划，年内建成两座产地冷库。");
    unit.locator("#reply-letter").setInputFiles(letter);
    unit.locator("#proposal-reply-send").click();
    assertThat(unit.locator("#proposal-status")).hasText("已答复待审核");
    assertThat(unit.locator("#proposal-letter")).isVisible();

    // The office passes the reply.
    office.navigate(path);
    office.locator("#proposal-pass").click();
    assertThat(office.locator("#proposal-status")).hasText("待提案人测评");

    // The member reads the unit's message and rates the handling on the phone; it closes.
    phone.navigate(path);
    assertThat(phone.locator("#proposal-conversation")).containsText("上门听取");
    assertThat(phone.locator("#proposal-reply")).containsText("两座产地冷库");
    phone.locator("#rate-attitude").selectOption("SATISFIED");
    phone.locator("#rate-result").selectOption("BASICALLY_SATISFIED");
    assertInView(phone, phone.locator("#proposal-rate"), "rate");
    phone.locator("#proposal-rate").click();
    assertThat(phone.locator("#proposal-status")).hasText("已办结");
    assertThat(phone.locator("#proposal-steps")).containsText("满意度测评");
    screenshot(phone, "proposal-closed");
    assertThat(phone).hasURL(Pattern.compile(".*/registry/proposals/\\d+"));
  }

  private String memberAccount(Person person) {
    String username = unique("pm");
    account(username, person.name(), Role.MEMBER, person.id(), PASSWORD);
    return username;
  }
}
