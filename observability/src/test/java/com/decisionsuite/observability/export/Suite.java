package com.decisionsuite.observability.export;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.decisionsuite.observability.tree.CommandLine;
import com.decisionsuite.observability.tree.SourceTree;

/**
 * config-service, decision-api and one decision-worker from their jars, on their own MySQL database and Redis
 * logical database (CONTRIBUTING.md's table), so that neither a running suite nor other modules' tests are touched.
 */
final class Suite implements AutoCloseable {

    static final String DATABASE = "decisions_test_observability";

    static final int REDIS_DATABASE = 5;

    static final String WORKER = "observability-worker";

    private static final Duration START_BOUND = Duration.ofSeconds(90);

    private final AppProcess configService;

    private final AppProcess api;

    private final AppProcess worker;

    private Suite(AppProcess configService, AppProcess api, AppProcess worker) {
        this.configService = configService;
        this.api = api;
        this.worker = worker;
    }

    static Suite start() {
        Map<String, String> env = sharedEnvironment();
        // config-service first: its Flyway run creates the schema the others validate against.
        AppProcess configService = AppProcess.start("config-service", env);
        Runtime.getRuntime().addShutdownHook(new Thread(configService::kill));
        configService.awaitReady(START_BOUND);
        AppProcess api = AppProcess.start("decision-api", env);
        Runtime.getRuntime().addShutdownHook(new Thread(api::kill));
        Map<String, String> workerEnv = new HashMap<>(env);
        workerEnv.put("DECISION_WORKER_CONSUMER_NAME", WORKER);
        // Quick reclaim and measuring, so that a held entry is taken over and the gauges move within the test.
        workerEnv.put("DECISION_WORKER_RECLAIM_IDLE", "1s");
        workerEnv.put("DECISION_WORKER_RECLAIM_INTERVAL", "1s");
        workerEnv.put("DECISION_WORKER_TRIM_INTERVAL", "2s");
        AppProcess worker = AppProcess.start("decision-worker", workerEnv);
        Runtime.getRuntime().addShutdownHook(new Thread(worker::kill));
        Suite suite = new Suite(configService, api, worker);
        try {
            api.awaitReady(START_BOUND);
            worker.awaitReady(START_BOUND);
        }
        catch (RuntimeException | AssertionError ex) {
            suite.close();
            throw ex;
        }
        return suite;
    }

    AppProcess configService() {
        return this.configService;
    }

    AppProcess api() {
        return this.api;
    }

    AppProcess worker() {
        return this.worker;
    }

    List<AppProcess> apps() {
        return List.of(this.configService, this.api, this.worker);
    }

    @Override
    public void close() {
        apps().forEach(AppProcess::stop);
    }

    private static Map<String, String> sharedEnvironment() {
        Map<String, String> env = new HashMap<>();
        env.put("SPRING_DATASOURCE_URL", "jdbc:mysql://127.0.0.1:3306/" + DATABASE + "?createDatabaseIfNotExist=true"
                + "&rewriteBatchedStatements=true&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true");
        env.put("SPRING_DATASOURCE_USERNAME", "root");
        env.put("SPRING_DATASOURCE_PASSWORD", "");
        env.put("SPRING_DATA_REDIS_HOST", "127.0.0.1");
        env.put("SPRING_DATA_REDIS_PORT", "6379");
        env.put("SPRING_DATA_REDIS_DATABASE", Integer.toString(REDIS_DATABASE));
        String profiles = System.getenv("SPRING_PROFILES_ACTIVE");
        env.put("SPRING_PROFILES_ACTIVE", profiles != null ? profiles : defaultProfile());
        return env;
    }

    // As bin/suite: MariaDB needs the Hibernate fix of the 'mariadb' profile, MySQL 8 needs none.
    private static String defaultProfile() {
        CommandLine.Result version = CommandLine.run(SourceTree.root(), "sh", "-c",
                "client=$(command -v mariadb || command -v mysql) && \"$client\" -h 127.0.0.1 -uroot -N"
                        + " -e 'SELECT VERSION()'");
        return version.stdout().toLowerCase(Locale.ROOT).contains("mariadb") ? "mariadb" : "";
    }
}
