package id.kipp.presentation;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(PresentationDefaults.class)
public class PresentationConfiguration {}
