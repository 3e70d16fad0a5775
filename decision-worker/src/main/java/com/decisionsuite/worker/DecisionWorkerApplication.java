package com.decisionsuite.worker;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Consumes decision tasks, decides or escalates them, keeps the audit trail.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DecisionWorkerApplication {

    public static void main(String[] args) {
        SpringApplication.run(DecisionWorkerApplication.class, args);
    }
}
