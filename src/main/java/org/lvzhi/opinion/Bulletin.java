package org.lvzhi.opinion;

import java.time.LocalDate;
import java.util.Map;
import org.lvzhi.system.IllegalMoveException;
import org.lvzhi.system.InvalidInputException;
import org.lvzhi.system.Texts;

/**
 * One issue of a bulletin (《社情民意》2026年第5期): its name, year and number — given once when the issue
 * is created and never changed — and whether it is out. Reports are compiled into it while it is a
 * draft; publishing it publishes them; withdrawing it (unpublishing) returns it to a draft with the
 * same number.
 */
public final class Bulletin {

  private final long id;
  private final String name;
  private final int year;
  private final int number;
  private BulletinStatus status;
  private LocalDate publishedOn;
  private final int version;

  Bulletin(
      long id,
      String name,
      int year,
      int number,
      BulletinStatus status,
      LocalDate publishedOn,
      int version) {
    this.id = id;
    this.name = name;
    this.year = year;
    this.number = number;
    this.status = status;
    this.publishedOn = publishedOn;
    this.version = version;
  }

  void requireDraft(String refusal) {
    if (status != BulletinStatus.DRAFT) {
      throw new IllegalMoveException(refusal);
    }
  }

  /** Publishes the draft issue on {@code on} (today where null; never in the future). */
  LocalDate publish(LocalDate on, int reports, LocalDate today) {
    requireDraft("opinion.bulletin.move.publish");
    if (reports == 0) {
      throw new IllegalMoveException("opinion.bulletin.move.publishEmpty");
    }
    LocalDate date = on == null ? today : on;
    if (date.isAfter(today)) {
      throw new InvalidInputException(Map.of("on", Texts.of("opinion.input.dateInFuture", today)));
    }
    status = BulletinStatus.PUBLISHED;
    publishedOn = date;
    return date;
  }

  /** Withdraws the published issue: a draft again, keeping its number. */
  void unpublish() {
    if (status != BulletinStatus.PUBLISHED) {
      throw new IllegalMoveException("opinion.bulletin.move.unpublish");
    }
    status = BulletinStatus.DRAFT;
    publishedOn = null;
  }

  public long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public int year() {
    return year;
  }

  public int number() {
    return number;
  }

  public BulletinStatus status() {
    return status;
  }

  public LocalDate publishedOn() {
    return publishedOn;
  }

  public int version() {
    return version;
  }
}
