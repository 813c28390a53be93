package cn.gongkai;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Gongkai (公开): government information disclosure on Camunda 7. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class GongkaiApplication {

    public static void main(String[] args) {
        SpringApplication.run(GongkaiApplication.class, args);
    }
}
