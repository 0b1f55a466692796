package id.kipp.shared;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(KippProperties.class)
public class SharedConfiguration {

  @Bean
  public CompetitionCalendar competitionCalendar(KippProperties properties) {
    return new CompetitionCalendar(properties.zone());
  }
}
