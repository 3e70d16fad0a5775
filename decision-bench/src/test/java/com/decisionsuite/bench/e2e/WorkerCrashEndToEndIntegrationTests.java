package com.decisionsuite.bench.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.decisionsuite.model.ServiceType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue: kill -9 of one of two workers in the middle of 20,000 tasks loses none and records none twice. The
 * survivor must take over what the dead worker held unacknowledged; how long that took is printed, not asserted.
 */
@ExtendWith(RunningSuite.class)
class WorkerCrashEndToEndIntegrationTests {

    private static final int TASKS = 20_000;

    // Queued before the kill: more than the third that must be decided first, so the victim dies with work in hand.
    private static final int BEFORE_KILL = 8_000;

    private static final String RECLAIMED = "decision_worker_reclaimed_total";

    @Test
    void killingOneOfTwoWorkersMidRunLosesNoTaskAndRecordsNoneTwice(SuiteProcesses suite) throws Exception {
        suite.ensureWorkers(2);
        ServiceProcess victim = suite.liveWorkers().get(0);
        ServiceProcess survivor = suite.liveWorkers().get(1);
        String prefix = "crash-" + Long.toString(System.currentTimeMillis(), 36) + "-";
        TaskBatches workload = new TaskBatches(suite.http(), suite.api(), prefix);
        RunDecisions decisions = new RunDecisions(prefix);
        workload.post(0, BEFORE_KILL);
        await("a third of the run decided").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
                .until(() -> decisions.count() >= TASKS / 3);
        Instant killedAt = Instant.now();
        victim.kill();
        long decidedAtKill = decisions.count();
        long heldByVictim = heldBy(victim.name());
        workload.post(BEFORE_KILL, TASKS);
        await("every task of the run decided").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250))
                .until(() -> decisions.count() >= TASKS);
        RunDecisions.Tally tally = decisions.tally();
        assertThat(tally.records()).as("decision records").isEqualTo(TASKS);
        assertThat(tally.tasks()).as("distinct task ids among them").isEqualTo(TASKS);
        assertThat(decisions.workers()).as("workers that decided").contains(victim.name(), survivor.name());
        assertStreamsSettled();
        System.out.printf("worker crash: killed %s after %d of %d decided, holding %d unacknowledged entries; "
                + "recovery (kill to last decision) %d ms, kill to last decision of a redelivered entry %s "
                + "(%d records on redelivery); survivor reclaimed %s entries (%s)%n", victim.name(), decidedAtKill,
                TASKS, heldByVictim, Duration.between(killedAt, tally.lastDecided()).toMillis(),
                tally.lastRedelivered() == null ? "n/a"
                        : Duration.between(killedAt, tally.lastRedelivered()).toMillis() + " ms",
                tally.redelivered(), reclaimed(suite, survivor), RECLAIMED);
    }

    private static long heldBy(String consumer) {
        try (SuiteRedis redis = new SuiteRedis()) {
            return Arrays.stream(ServiceType.values())
                    .mapToLong(type -> redis.pendingByConsumer(type).getOrDefault(consumer, 0L)).sum();
        }
    }

    // Acknowledgements follow the commit, so the last of them may still be on their way when the count is complete.
    private static void assertStreamsSettled() {
        try (SuiteRedis redis = new SuiteRedis()) {
            await("nothing pending in the group").atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                for (ServiceType type : ServiceType.values()) {
                    assertThat(redis.pending(type)).as("pending entries of %s", type).isZero();
                }
            });
            for (ServiceType type : ServiceType.values()) {
                assertThat(redis.deadLetters(type)).as("dead letters of %s", type).isZero();
            }
        }
    }

    private static String reclaimed(SuiteProcesses suite, ServiceProcess survivor) {
        OptionalDouble sum = PrometheusScrape.of(suite.http(), survivor).sum(RECLAIMED);
        return sum.isPresent() ? Long.toString((long) sum.getAsDouble()) : "no";
    }
}
