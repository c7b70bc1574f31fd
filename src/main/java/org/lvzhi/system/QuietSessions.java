package org.lvzhi.system;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Writes a session's row only when something in it changed, or when its last access has moved by
 * {@link #ACCESS_PRECISION} or more. Spring Session saves the last access time on every request
 * that touches the session (an UPDATE per page); with this, a person clicking through pages writes
 * once a minute at most, and a session expires at most that much earlier than its idle timeout.
 */
@Configuration
class QuietSessions {

  static final Duration ACCESS_PRECISION = Duration.ofMinutes(1);

  /**
   * Replaces Spring Session's filter with one over the quiet repository. A repository bean of our
   * own would make Boot's JDBC session configuration (and its clean-up of expired sessions) back
   * off, so the JDBC repository stays Boot's and only the filter that uses it is ours.
   */
  @Bean
  static BeanPostProcessor quietSessionFilter(
      ObjectProvider<JdbcIndexedSessionRepository> sessions,
      ObjectProvider<CookieSerializer> cookies) {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        if (!(bean instanceof SessionRepositoryFilter<?>)) {
          return bean;
        }
        var filter = new SessionRepositoryFilter<>(new Repository<>(sessions.getObject()));
        var resolver = new CookieHttpSessionIdResolver();
        cookies.ifAvailable(resolver::setCookieSerializer);
        filter.setHttpSessionIdResolver(resolver);
        return filter;
      }
    };
  }

  /** The JDBC repository, asked to save only sessions that need it. */
  static final class Repository<S extends Session> implements SessionRepository<Tracked> {

    private final SessionRepository<S> delegate;

    Repository(SessionRepository<S> delegate) {
      this.delegate = delegate;
    }

    @Override
    public Tracked createSession() {
      return new Tracked(delegate.createSession(), null);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void save(Tracked session) {
      if (session.needsSaving()) {
        delegate.save((S) session.delegate);
      }
    }

    @Override
    public Tracked findById(String id) {
      S found = delegate.findById(id);
      return found == null ? null : new Tracked(found, found.getLastAccessedTime());
    }

    @Override
    public void deleteById(String id) {
      delegate.deleteById(id);
    }
  }

  /** A session that remembers whether it changed since it was read. */
  static final class Tracked implements Session {

    private final Session delegate;

    /** The last access as stored; null for a new session. */
    private final Instant storedAccess;

    private boolean changed;

    Tracked(Session delegate, Instant storedAccess) {
      this.delegate = delegate;
      this.storedAccess = storedAccess;
      this.changed = storedAccess == null;
    }

    boolean needsSaving() {
      return changed
          || Duration.between(storedAccess, delegate.getLastAccessedTime())
                  .compareTo(ACCESS_PRECISION)
              >= 0;
    }

    @Override
    public String getId() {
      return delegate.getId();
    }

    @Override
    public String changeSessionId() {
      changed = true;
      return delegate.changeSessionId();
    }

    @Override
    public <T> T getAttribute(String name) {
      return delegate.getAttribute(name);
    }

    @Override
    public Set<String> getAttributeNames() {
      return delegate.getAttributeNames();
    }

    @Override
    public void setAttribute(String name, Object value) {
      // Setting an attribute again is how a changed value is saved (SaveMode.ON_SET_ATTRIBUTE).
      changed = true;
      delegate.setAttribute(name, value);
    }

    @Override
    public void removeAttribute(String name) {
      if (delegate.getAttribute(name) != null) {
        changed = true;
      }
      delegate.removeAttribute(name);
    }

    @Override
    public Instant getCreationTime() {
      return delegate.getCreationTime();
    }

    @Override
    public void setLastAccessedTime(Instant lastAccessedTime) {
      delegate.setLastAccessedTime(lastAccessedTime);
    }

    @Override
    public Instant getLastAccessedTime() {
      return delegate.getLastAccessedTime();
    }

    @Override
    public void setMaxInactiveInterval(Duration interval) {
      if (!interval.equals(delegate.getMaxInactiveInterval())) {
        changed = true;
      }
      delegate.setMaxInactiveInterval(interval);
    }

    @Override
    public Duration getMaxInactiveInterval() {
      return delegate.getMaxInactiveInterval();
    }

    @Override
    public boolean isExpired() {
      return delegate.isExpired();
    }
  }
}
