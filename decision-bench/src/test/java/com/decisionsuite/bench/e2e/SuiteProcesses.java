package com.decisionsuite.bench.e2e;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The suite as a user runs it: config-service, decision-api and decision-workers, each a child process on a free
 * port, on the end-to-end database and Redis database 4. What it started dies when it is closed, or with this JVM.
 */
final class SuiteProcesses implements AutoCloseable {

    // Three Spring Boot apps starting at once on two cores take about a minute; the bound leaves room for a busy CI.
    private static final Duration START_BOUND = Duration.ofMinutes(3);

    private static final Path TARGET = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolve("target");

    private final SuiteHttp http = new SuiteHttp();

    private final Map<String, String> environment;

    private final Path logs = TARGET.resolve("e2e-logs");

    private final Path jars = TARGET.resolve("e2e-jars");

    private final List<ServiceProcess> started = new CopyOnWriteArrayList<>();

    private final List<ServiceProcess> workers = new CopyOnWriteArrayList<>();

    private final AtomicInteger workerNumbers = new AtomicInteger();

    private final Map<String, Path> jarsByModule = new ConcurrentHashMap<>();

    private ServiceProcess configService;

    private ServiceProcess api;

    private SuiteProcesses(Map<String, String> environment) {
        this.environment = environment;
    }

    /** Cleans the end-to-end database and Redis database, then starts config-service, decision-api and two workers. */
    static SuiteProcesses start() throws SQLException {
        SuiteDatabase.recreate();
        try (SuiteRedis redis = new SuiteRedis()) {
            redis.flush();
        }
        SuiteProcesses suite = new SuiteProcesses(environment());
        Runtime.getRuntime().addShutdownHook(new Thread(suite::killAll, "e2e-suite-kill"));
        try {
            suite.launch();
        }
        catch (RuntimeException | Error ex) {
            suite.close();
            throw ex;
        }
        return suite;
    }

    private static Map<String, String> environment() throws SQLException {
        Map<String, String> env = new HashMap<>();
        env.put("SPRING_DATASOURCE_URL", SuiteDatabase.URL);
        env.put("SPRING_DATA_REDIS_DATABASE", Integer.toString(SuiteRedis.DATABASE));
        // MariaDB needs the Hibernate fix of the 'mariadb' profile (as bin/suite decides); 'console' logs plain text.
        env.put("SPRING_PROFILES_ACTIVE", SuiteDatabase.isMariaDb() ? "mariadb,console" : "console");
        return env;
    }

    private void launch() {
        long began = System.nanoTime();
        // config-service first: its Flyway run creates the schema the others validate against.
        this.configService = launch("config-service", "config-service", Map.of());
        this.configService.awaitReady(this.http, START_BOUND);
        this.api = launch("decision-api", "decision-api", Map.of());
        addWorkers(2);
        this.api.awaitReady(this.http, START_BOUND);
        System.out.printf("[e2e] suite ready in %d s; logs in %s%n",
                Duration.ofNanos(System.nanoTime() - began).toSeconds(), this.logs);
    }

    /** Starts workers until {@code count} are alive, e.g. after a test killed one. */
    void ensureWorkers(int count) {
        int missing = count - liveWorkers().size();
        if (missing > 0) {
            addWorkers(missing);
        }
    }

    private void addWorkers(int count) {
        List<ServiceProcess> added = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = "e2e-worker-" + this.workerNumbers.incrementAndGet();
            // Reclaim within seconds instead of the production minute, so a killed worker's entries move on quickly.
            added.add(launch(name, "decision-worker", Map.of("DECISION_WORKER_CONSUMER_NAME", name,
                    "DECISION_WORKER_RECLAIM_IDLE", "5s", "DECISION_WORKER_RECLAIM_INTERVAL", "2s")));
        }
        this.workers.addAll(added);
        added.forEach(worker -> worker.awaitReady(this.http, START_BOUND));
    }

    private ServiceProcess launch(String name, String module, Map<String, String> own) {
        Map<String, String> env = new HashMap<>(this.environment);
        env.putAll(own);
        ServiceProcess process = ServiceProcess.start(name,
                this.jarsByModule.computeIfAbsent(module, m -> ServiceJars.copyOf(m, this.jars)), env, this.logs);
        this.started.add(process);
        return process;
    }

    SuiteHttp http() {
        return this.http;
    }

    ServiceProcess configService() {
        return this.configService;
    }

    ServiceProcess api() {
        return this.api;
    }

    /** The workers still running, oldest first; their names are their consumer names and decision.worker_id. */
    List<ServiceProcess> liveWorkers() {
        return this.workers.stream().filter(ServiceProcess::isAlive).toList();
    }

    private void killAll() {
        this.started.forEach(ServiceProcess::kill);
    }

    /** Stops everything gracefully at once, killing what has not exited after the workers' shutdown grace. */
    @Override
    public void close() {
        this.started.forEach(ServiceProcess::stop);
        this.started.forEach(process -> process.awaitExit(Duration.ofSeconds(30)));
    }
}
