package com.decisionsuite.bench;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Drives the suite like a chain of stores and a reviewer team would, and reports what it measured.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DecisionBenchApplication {

    public static void main(String[] args) {
        System.exit(SpringApplication.exit(SpringApplication.run(DecisionBenchApplication.class, args)));
    }
}
