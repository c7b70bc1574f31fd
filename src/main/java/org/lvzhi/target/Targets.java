package org.lvzhi.target;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lvzhi.history.Change;
import org.lvzhi.history.History;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.InvalidInputException;
import org.lvzhi.system.RecordConflictException;
import org.lvzhi.system.RecordNotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual targets of the working committee (ADR 13): the office defines a year's campaign, its
 * themes and the targets under them; everyone allowed reads how they stand, live or as a past
 * month's end kept them. Actual values come from the metric catalogue only.
 */
@Service
public class Targets {

  public static final String VIEW = "target:view";
  public static final String EDIT = "target:edit";
  public static final String EXPORT = "target:export";

  static final String RECORD_TYPE = "annual-target";

  private final TargetStore store;
  private final TargetChecks checks;
  private final TargetProgress progress;
  private final TargetSnapshots snapshots;
  private final TargetSheet sheet;
  private final History history;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Targets(
      TargetStore store,
      TargetChecks checks,
      TargetProgress progress,
      TargetSnapshots snapshots,
      TargetSheet sheet,
      History history,
      ApplicationEventPublisher events,
      Clock clock) {
    this.store = store;
    this.checks = checks;
    this.progress = progress;
    this.snapshots = snapshots;
    this.sheet = sheet;
    this.history = history;
    this.events = events;
    this.clock = clock;
  }

  /** The working committee's campaign for the year, if defined. */
  @Transactional(readOnly = true)
  public Optional<Campaign> campaign(int year) {
    CurrentUser.requirePermission(VIEW);
    return store.campaign(committee(), TargetChecks.year(year));
  }

  /** The years with a campaign, latest first. */
  @Transactional(readOnly = true)
  public List<Integer> years() {
    CurrentUser.requirePermission(VIEW);
    return store.years(committee());
  }

  @Transactional
  public long defineCampaign(int year, String name) {
    CurrentUser.requirePermission(EDIT);
    long committee = writingCommittee();
    String clean = checks.name("name", name);
    if (store.campaign(committee, TargetChecks.year(year)).isPresent()) {
      throw new RecordConflictException("target.campaignExists", year);
    }
    long id = store.insertCampaign(committee, year, clean);
    history.record(
        "campaign", id, History.CREATE, List.of(new Change("target.campaign", null, clean)));
    return id;
  }

  @Transactional
  public void renameCampaign(long id, int version, String name) {
    CurrentUser.requirePermission(EDIT);
    long committee = writingCommittee();
    Campaign campaign = campaignById(committee, id);
    String clean = checks.name("name", name);
    store.renameCampaign(committee, id, version, clean);
    history.record(
        "campaign",
        id,
        History.UPDATE,
        List.of(new Change("target.campaign", campaign.name(), clean)));
  }

  @Transactional
  public long addTheme(long campaignId, String name, Integer sortOrder) {
    CurrentUser.requirePermission(EDIT);
    long committee = writingCommittee();
    Campaign campaign = campaignById(committee, campaignId);
    String clean = checks.name("name", name);
    if (campaign.themes().stream().anyMatch(t -> t.name().equals(clean))) {
      throw new InvalidInputException(
          Map.of("name", org.lvzhi.system.Texts.of("target.themeExists")));
    }
    int order = sortOrder == null ? campaign.themes().size() + 1 : sortOrder;
    long id = store.insertTheme(committee, campaignId, clean, order);
    history.record(
        "campaign", campaignId, "THEME", List.of(new Change("target.theme", null, clean)));
    return id;
  }

  @Transactional
  public void changeTheme(long themeId, int version, String name, int sortOrder) {
    CurrentUser.requirePermission(EDIT);
    long committee = writingCommittee();
    long campaign =
        store
            .themeCampaign(committee, themeId)
            .orElseThrow(() -> new RecordNotFoundException("theme", themeId));
    String clean = checks.name("name", name);
    store.updateTheme(committee, themeId, version, clean, sortOrder);
    history.record("campaign", campaign, "THEME", List.of(new Change("target.theme", null, clean)));
  }

  @Transactional
  public void removeTheme(long themeId, int version) {
    CurrentUser.requirePermission(EDIT);
    long committee = writingCommittee();
    long campaign =
        store
            .themeCampaign(committee, themeId)
            .orElseThrow(() -> new RecordNotFoundException("theme", themeId));
    if (store.themeHasTargets(themeId)) {
      throw new RecordConflictException("target.themeHasTargets");
    }
    store.deleteTheme(committee, themeId, version);
    history.record(
        "campaign", campaign, "THEME", List.of(new Change("target.theme", "#" + themeId, null)));
  }

  /** The year's targets as kept, in theme order. */
  @Transactional(readOnly = true)
  public List<TargetLine> targets(int year) {
    CurrentUser.requirePermission(VIEW);
    long committee = committee();
    return store
        .campaign(committee, TargetChecks.year(year))
        .map(c -> store.targets(committee, c.id()))
        .orElse(List.of());
  }

  @Transactional(readOnly = true)
  public TargetLine target(long id) {
    CurrentUser.requirePermission(VIEW);
    return store
        .target(committee(), id)
        .orElseThrow(() -> new RecordNotFoundException("target", id));
  }

  @Transactional
  public long addTarget(long campaignId, TargetInput input) {
    CurrentUser.requirePermission(EDIT);
    long committee = writingCommittee();
    Campaign campaign = campaignById(committee, campaignId);
    checks.target(committee, campaign, input);
    int order = input.sortOrder() == null ? store.nextTargetOrder(campaignId) : input.sortOrder();
    long id = store.insertTarget(committee, campaignId, input, order);
    history.record(
        RECORD_TYPE,
        id,
        History.CREATE,
        List.of(new Change("target.label", null, input.label().strip())));
    events.publishEvent(new TargetChanged(committee, id, campaign.year(), "SET"));
    return id;
  }

  @Transactional
  public void changeTarget(long id, int version, TargetInput input) {
    CurrentUser.requirePermission(EDIT);
    long committee = writingCommittee();
    TargetLine before =
        store.target(committee, id).orElseThrow(() -> new RecordNotFoundException("target", id));
    Campaign campaign = campaignById(committee, before.campaignId());
    checks.target(committee, campaign, input);
    int order = input.sortOrder() == null ? before.sortOrder() : input.sortOrder();
    store.updateTarget(committee, id, version, input, order);
    history.record(RECORD_TYPE, id, History.UPDATE, TargetChecks.changes(before, input));
    events.publishEvent(new TargetChanged(committee, id, campaign.year(), "CHANGE"));
  }

  @Transactional
  public void removeTarget(long id, int version) {
    CurrentUser.requirePermission(EDIT);
    long committee = writingCommittee();
    TargetLine before =
        store.target(committee, id).orElseThrow(() -> new RecordNotFoundException("target", id));
    Campaign campaign = campaignById(committee, before.campaignId());
    store.deleteTarget(committee, id, version);
    history.record(
        RECORD_TYPE, id, History.DELETE, List.of(new Change("target.label", before.label(), null)));
    events.publishEvent(new TargetChanged(committee, id, campaign.year(), "REMOVE"));
  }

  /** How the year's targets stand today (a past year: at its end). */
  @Transactional(readOnly = true)
  public ProgressTable progress(int year) {
    CurrentUser.requirePermission(VIEW);
    long committee = committee();
    Optional<Campaign> campaign = store.campaign(committee, TargetChecks.year(year));
    LocalDate today = LocalDate.now(clock);
    LocalDate asOf = today.getYear() > year ? LocalDate.of(year, 12, 31) : today;
    return new ProgressTable(
        year,
        campaign.orElse(null),
        asOf,
        null,
        false,
        campaign
            .map(c -> progress.rows(committee, year, asOf, store.targets(committee, c.id())))
            .orElse(List.of()));
  }

  /**
   * How the targets stood at a month's end: the figures kept then where the month was snapshot (the
   * same after any later edit), else computed now for that day (a month not ended yet: today).
   */
  @Transactional(readOnly = true)
  public ProgressTable month(int year, int month) {
    CurrentUser.requirePermission(VIEW);
    long committee = committee();
    YearMonth yearMonth = TargetChecks.month(year, month);
    Optional<Campaign> campaign = store.campaign(committee, year);
    List<ProgressTable.Group> kept = snapshots.kept(committee, year, yearMonth);
    LocalDate end = yearMonth.atEndOfMonth();
    LocalDate today = LocalDate.now(clock);
    if (!kept.isEmpty()) {
      return new ProgressTable(year, campaign.orElse(null), end, month, true, kept);
    }
    LocalDate asOf = end.isAfter(today) ? today : end;
    return new ProgressTable(
        year,
        campaign.orElse(null),
        asOf,
        month,
        false,
        campaign
            .map(c -> progress.rows(committee, year, asOf, store.targets(committee, c.id())))
            .orElse(List.of()));
  }

  /** The months of the year whose figures were kept. */
  @Transactional(readOnly = true)
  public List<YearMonth> snapshotMonths(int year) {
    CurrentUser.requirePermission(VIEW);
    return snapshots.months(committee(), TargetChecks.year(year));
  }

  /** A target's kept figures month by month: its trend. */
  @Transactional(readOnly = true)
  public List<TrendPoint> trend(long targetId) {
    TargetLine target = target(targetId);
    return snapshots.trend(committee(), target.id());
  }

  /**
   * What an indicator counts for the year so far, before it is saved: the live preview of the
   * target form. Refuses (400) a metric or filter the catalogue does not know.
   */
  @Transactional(readOnly = true)
  public BigDecimal preview(int year, String metric, Map<String, String> filters, String unit) {
    CurrentUser.requirePermission(VIEW);
    long committee = committee();
    Indicator indicator = checks.indicator(metric, filters, unit);
    return checks.computed(
        () ->
            progress.actual(
                committee, indicator, unit, TargetChecks.year(year), LocalDate.now(clock)));
  }

  /** The target table (年度目标任务分解表) as an .xlsx. */
  public void writeXlsx(ProgressTable table, OutputStream out) throws IOException {
    CurrentUser.requirePermission(EXPORT);
    sheet.write(table, out);
  }

  private Campaign campaignById(long committee, long id) {
    return store
        .campaignById(committee, id)
        .orElseThrow(() -> new RecordNotFoundException("campaign", id));
  }

  private static long committee() {
    return CurrentUser.committeeId()
        .orElseThrow(() -> new IllegalStateException("targets belong to one committee"));
  }

  private static long writingCommittee() {
    Long committee = CurrentUser.committeeForWriting();
    if (committee == null) {
      throw new IllegalStateException("targets belong to one committee");
    }
    return committee;
  }
}
