package com.decisionsuite.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Intake of decision tasks, task status and the reviewer API.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DecisionApiApplication {

    public static void main(String[] args) {
        SpringApplication.run(DecisionApiApplication.class, args);
    }
}
