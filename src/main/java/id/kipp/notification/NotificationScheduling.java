package id.kipp.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link NotificationSender} on a thread of its own ("kipp-email-1") every
 * {@code kipp.notification.sending.interval}, once the application is ready; says at start-up when e-mail is not
 * configured (the messages then stay in the outbox). Its own scheduler, so that a slow SMTP server delays nothing else.
 */
@Component
public class NotificationScheduling {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationScheduling.class);

  private final NotificationSender sender;
  private final NotificationProperties properties;
  private ThreadPoolTaskScheduler scheduler;

  public NotificationScheduling(NotificationSender sender, NotificationProperties properties) {
    this.sender = sender;
    this.properties = properties;
  }

  @EventListener(ApplicationReadyEvent.class)
  public synchronized void start() {
    if (!properties.isEnabled()) {
      LOG.info("E-mail notifications are switched off (kipp.notification.enabled=false)");
      return;
    }
    if (!properties.templateDir().isEmpty()) {
      LOG.info("E-mail templates: files in {} replace the built-in ones", properties.templateDir());
    }
    if (!sender.configured()) {
      LOG.info("E-mail not configured (spring.mail.host / KIPP_SMTP_HOST is empty): notifications are kept unsent"
          + " in the table 'notification'");
      return;
    }
    if (!properties.sending().scheduled() || scheduler != null) {
      return;
    }
    scheduler = new ThreadPoolTaskScheduler();
    scheduler.setPoolSize(1);
    scheduler.setThreadNamePrefix("kipp-email-");
    scheduler.setDaemon(true);
    scheduler.setWaitForTasksToCompleteOnShutdown(false);
    scheduler.initialize();
    scheduler.scheduleWithFixedDelay(this::round, properties.sending().interval());
    LOG.info("E-mail notifications are sent every {} from {}", properties.sending().interval(), properties.from());
  }

  private void round() {
    try {
      // a full batch: more may be waiting, go on at once (e.g. every participant hears of the finalists)
      NotificationSender.Round done;
      do {
        done = sender.sendDue();
      } while (done.total() >= properties.sending().batchSize() && done.sent() > 0);
    } catch (RuntimeException e) {
      // e.g. the database is briefly unreachable: the next round tries again
      LOG.warn("E-mail round failed: {}", e.toString());
    }
  }

  @jakarta.annotation.PreDestroy
  public synchronized void stop() {
    if (scheduler != null) {
      scheduler.shutdown();
      scheduler = null;
    }
  }
}
