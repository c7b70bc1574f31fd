package org.lvzhi.publicity;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.lvzhi.attachment.AttachmentOwner;
import org.lvzhi.attachment.Attachments;
import org.lvzhi.attachment.RecordAttachments;
import org.lvzhi.register.Field;
import org.lvzhi.register.RecordRule;
import org.lvzhi.register.RecordType;
import org.lvzhi.register.RecordValues;
import org.lvzhi.register.Registers;
import org.lvzhi.register.ScopePolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The registers of publicity: the committee's outlets (媒体) with their tier, and the articles (上稿)
 * placed in them. An article's tier is the outlet's, read through it ({@link Field#derived}), so it
 * is never typed twice and follows the outlet when its tier is corrected. A member records and sees
 * the articles they wrote; the office and the special committees see all; a unit sees none.
 */
@Configuration
class PublicityRegisters {

  static final String OUTLETS = "publicity-outlets";
  static final String ARTICLES = "publicity-articles";

  /** The tier of an article's outlet, as SQL on the article's row {@code t}. */
  static final String TIER = "select o.tier from publicity_outlet o where o.id = t.outlet_id";

  /** A member's own articles: those naming them among the authors. */
  static final String OWN_ARTICLE =
      "exists (select 1 from publicity_article_author a where a.article_id = t.id"
          + " and a.member_id = :scopeId)";

  @Bean
  RecordType publicityOutlets() {
    return RecordType.of(
            OUTLETS,
            "publicity_outlet",
            "registry.publicity-outlets",
            "outlet",
            Field.text("name", "publicity.outlet.name")
                .required()
                .maxLength(100)
                .listed()
                .searchable()
                .sortable(),
            Field.choice("tier", "publicity.tier", "publicity.tier", PublicityCodes.Tier.class)
                .required()
                .listed()
                .filterable()
                .sortable(),
            Field.choice("kind", "publicity.kind", "publicity.kind", PublicityCodes.Kind.class)
                .required()
                .listed()
                .filterable(),
            Field.textarea("notes", "publicity.notes").maxLength(500))
        .sortedBy("tier", false)
        .scope(ScopePolicy.openToAll().ownUnit("1 = 0"))
        .rules(RecordRule.unique("publicity.outlet.duplicate", "name"));
  }

  @Bean
  RecordType publicityArticles(Attachments attachments) {
    return RecordType.of(
            ARTICLES,
            "publicity_article",
            "registry.publicity-articles",
            "publicity",
            Field.text("title", "publicity.article.title")
                .required()
                .maxLength(200)
                .listed()
                .searchable()
                .sortable(),
            Field.references(
                    "members",
                    "publicity.article.members",
                    "members",
                    "publicity_article_author",
                    "article_id",
                    "member_id")
                .help("publicity.article.members.help")
                .listed()
                .filterable(),
            Field.text("staffAuthors", "publicity.article.staffAuthors")
                .help("publicity.article.staffAuthors.help")
                .maxLength(200)
                .listed()
                .searchable(),
            Field.reference("outletId", "publicity.article.outlet", OUTLETS)
                .required()
                .listed()
                .filterable(),
            Field.choice("tier", "publicity.tier", "publicity.tier", PublicityCodes.Tier.class)
                .derived(TIER)
                .listed()
                .filterable()
                .sortable(),
            Field.date("publishedOn", "publicity.article.publishedOn")
                .required()
                .notInFuture()
                .listed()
                .filterable()
                .sortable(),
            Field.bool("frontPage", "publicity.article.frontPage")
                .help("publicity.article.frontPage.help")
                .listed()
                .filterable(),
            Field.text("link", "publicity.article.link")
                .help("publicity.article.link.help")
                .maxLength(500),
            Field.reference("activityId", "publicity.article.activity", "activities")
                .help("publicity.article.activity.help")
                .filterable(),
            Field.textarea("notes", "publicity.notes").maxLength(500))
        .sortedBy("publishedOn", true)
        .scope(ScopePolicy.wholeCommitteeOnly().ownSpecialCommittee("1 = 1").ownMember(OWN_ARTICLE))
        .rules(PublicityRegisters::linkIsAWebAddress, PublicityRegisters::someoneWroteIt)
        .panel(attachments.panel("publicity_article"));
  }

  /** Scans and photos of the printed page on an article. */
  @Bean
  AttachmentOwner articleAttachments(RecordType publicityArticles, Registers registers) {
    return new RecordAttachments(publicityArticles, registers);
  }

  /** A link is an http or https address with a host; anything else would not open. */
  static void linkIsAWebAddress(RecordValues values, Long id, RecordRule.RuleContext context) {
    String link = values.text("link");
    if (link != null && !link.isBlank() && !isWebAddress(link.strip())) {
      context.reject("link", "publicity.article.badLink");
    }
  }

  static boolean isWebAddress(String text) {
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https"))
          && uri.getHost() != null
          && !uri.getHost().isBlank();
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** An article has an author: a member, or staff named by text. */
  static void someoneWroteIt(RecordValues values, Long id, RecordRule.RuleContext context) {
    boolean staff = values.text("staffAuthors") != null && !values.text("staffAuthors").isBlank();
    if (values.ids("members").isEmpty() && !staff) {
      context.reject("members", "publicity.article.noAuthor");
    }
  }
}
