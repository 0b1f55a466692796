package id.kipp.objection;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(PublicObjectionProperties.class)
public class ObjectionConfiguration {}
