package id.kipp.results;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(ResultsProperties.class)
class ResultsConfiguration {}
