package id.kipp.notification;

import id.kipp.shared.KippProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(NotificationProperties.class)
public class NotificationConfiguration {

  @Bean
  public NotificationTemplates notificationTemplates(NotificationProperties properties) {
    return new NotificationTemplates(properties.templateDir());
  }

  @Bean
  public NotificationModels notificationModels(KippProperties kipp, NotificationProperties properties) {
    return new NotificationModels(kipp.zone(), properties.appUrl());
  }
}
