package com.decisionsuite.api.intake;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.decisionsuite.api.intake.TaskQueue.QueuedTask;
import com.decisionsuite.api.intake.TaskQueue.ValidTask;
import com.decisionsuite.model.Candidate;
import com.decisionsuite.model.DecisionTask;
import com.decisionsuite.model.ServiceType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class EnqueueCoalescerTests {

    private final ExecutorService requests = Executors.newFixedThreadPool(16);

    @AfterEach
    void stop() {
        this.requests.shutdownNow();
    }

    @Test
    void runsALoneTaskAtOnceInARunOfItsOwn() {
        RecordingQueue queue = new RecordingQueue();

        boolean appended = new EnqueueCoalescer(queue).enqueue(ServiceType.TRACKING, task("t-1"));

        assertThat(appended).isTrue();
        assertThat(queue.runs).containsExactly(List.of("t-1"));
    }

    @Test
    void carriesTasksThatArriveDuringARunInTheNextRunAndAnswersEachWithItsOwnResult() throws Exception {
        RecordingQueue queue = new RecordingQueue();
        queue.duplicates.add("t-3");
        CountDownLatch firstRunHeld = queue.holdFirstRun();
        EnqueueCoalescer coalescer = new EnqueueCoalescer(queue);
        Future<Boolean> first = this.requests.submit(() -> coalescer.enqueue(ServiceType.TRACKING, task("t-1")));
        await().atMost(Duration.ofSeconds(10)).until(() -> queue.runs.size() == 1);
        List<Future<Boolean>> later = new ArrayList<>();
        for (String id : List.of("t-2", "t-3", "t-4")) {
            later.add(this.requests.submit(() -> coalescer.enqueue(ServiceType.TRACKING, task(id))));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> coalescer.waiting(ServiceType.TRACKING) == 3);

        firstRunHeld.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(later.get(0).get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(later.get(1).get(10, TimeUnit.SECONDS)).isFalse();
        assertThat(later.get(2).get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(queue.runs).hasSize(2);
        assertThat(queue.runs.get(1)).containsExactlyInAnyOrder("t-2", "t-3", "t-4");
    }

    @Test
    void failsEveryTaskOfAFailedRunAndNoOther() throws Exception {
        RecordingQueue queue = new RecordingQueue();
        queue.failing.add("t-2");
        EnqueueCoalescer coalescer = new EnqueueCoalescer(queue);

        assertThatThrownBy(() -> coalescer.enqueue(ServiceType.CART_VERIFICATION, task("t-2")))
                .isInstanceOf(IllegalStateException.class).hasMessage("Redis is away");
        assertThat(coalescer.enqueue(ServiceType.CART_VERIFICATION, task("t-5"))).isTrue();
    }

    @Test
    void answersEveryRequestWhenManyArriveAtOnce() throws Exception {
        RecordingQueue queue = new RecordingQueue();
        EnqueueCoalescer coalescer = new EnqueueCoalescer(queue);
        List<Future<Boolean>> answers = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            String id = "t-" + i;
            ServiceType type = ServiceType.values()[i % ServiceType.values().length];
            answers.add(this.requests.submit(() -> coalescer.enqueue(type, task(id))));
        }

        for (Future<Boolean> answer : answers) {
            assertThat(answer.get(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(queue.runs.stream().mapToInt(List::size).sum()).isEqualTo(5_000);
        assertThat(queue.runs).allSatisfy(run -> assertThat(run).hasSizeLessThanOrEqualTo(EnqueueCoalescer.MAX_RUN));
    }

    private static QueuedTask task(String id) {
        DecisionTask task = new DecisionTask(id, ServiceType.TRACKING, "store-1", "subject-1",
                List.of(new Candidate("a", 0.9)), null, Instant.parse("2026-12-04T10:00:00Z"), null, 0);
        return new QueuedTask(new ValidTask(0, task, "{}"), 1L, null);
    }

    /** Stands in for the script run: records which task ids each run carried, answers duplicates and failures. */
    private static final class RecordingQueue extends TaskQueue {

        final List<List<String>> runs = new CopyOnWriteArrayList<>();

        final Set<String> duplicates = ConcurrentHashMap.newKeySet();

        final Set<String> failing = ConcurrentHashMap.newKeySet();

        private volatile CountDownLatch firstRun;

        RecordingQueue() {
            super(null, new IntakeProperties(java.time.Duration.ofHours(24)));
        }

        CountDownLatch holdFirstRun() {
            this.firstRun = new CountDownLatch(1);
            return this.firstRun;
        }

        @Override
        List<Boolean> enqueue(ServiceType type, List<QueuedTask> tasks) {
            List<String> ids = tasks.stream().map(task -> task.task().task().taskId()).toList();
            this.runs.add(ids);
            CountDownLatch hold = this.firstRun;
            if (hold != null && this.runs.size() == 1) {
                try {
                    hold.await(10, TimeUnit.SECONDS);
                }
                catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                }
            }
            if (ids.stream().anyMatch(this.failing::contains)) {
                throw new IllegalStateException("Redis is away");
            }
            return ids.stream().map(id -> !this.duplicates.contains(id)).toList();
        }
    }
}
