package com.decisionsuite.bench.review;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.decisionsuite.bench.workload.AnswerKey;
import com.decisionsuite.bench.workload.GroundTruth;

/**
 * A team of simulated reviewers working the review queue through the reviewer API, each in its own thread:
 * claim, look (heartbeating a long look), then answer, release or walk away.
 */
public final class ReviewerTeam implements AutoCloseable {

    static final String NOTES = "decision-bench simulated reviewer";

    /** A region holds at most this many stores; the reviewer API caps a claim's store filter at 100. */
    public static final int REGION_SIZE = 60;

    /**
     * Who the team is and how it works.
     *
     * @param regions store ids per region; reviewer n works region n modulo their count, as teams split a chain
     */
    public record Setup(int size, long seed, Duration heartbeatInterval, List<List<String>> regions, String runPrefix,
            ReviewerShape shape) {

        /** Splits a chain's stores into regions of at most {@link #REGION_SIZE}. */
        public static List<List<String>> regionsOf(List<String> storeIds) {
            List<List<String>> regions = new java.util.ArrayList<>();
            for (int from = 0; from < storeIds.size(); from += REGION_SIZE) {
                regions.add(List.copyOf(storeIds.subList(from, Math.min(storeIds.size(), from + REGION_SIZE))));
            }
            return regions;
        }
    }

    private final ReviewClient client;

    private final Setup setup;

    private final ReviewerBehaviour behaviour;

    private final AnswerKey key;

    private final ReviewTally tally;

    private final ExecutorService threads;

    private volatile boolean running = true;

    public ReviewerTeam(ReviewClient client, Setup setup, AnswerKey key, ReviewTally tally) {
        this.client = client;
        this.setup = setup;
        this.behaviour = new ReviewerBehaviour(setup.shape());
        this.key = key;
        this.tally = tally;
        AtomicInteger number = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(Math.max(1, setup.size()), runnable -> {
            Thread thread = new Thread(runnable, "reviewer-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    public void start() {
        for (int i = 1; i <= this.setup.size(); i++) {
            int reviewer = i;
            List<String> region = this.setup.regions().get((reviewer - 1) % this.setup.regions().size());
            this.threads.execute(() -> work("sim-reviewer-" + reviewer, region,
                    new SplittableRandom(this.setup.seed() * 31 + reviewer)));
        }
    }

    private void work(String reviewer, List<String> region, SplittableRandom random) {
        while (this.running) {
            try {
                Optional<ClaimedItem> claimed = this.client.claim(reviewer, region);
                if (claimed.isEmpty()) {
                    this.tally.emptyClaim();
                    Thread.sleep(250);
                    continue;
                }
                review(claimed.get(), random);
            }
            catch (ReviewClient.Refused | IOException ex) {
                this.tally.failed("claim", ex);
                pause();
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void review(ClaimedItem item, SplittableRandom random) throws InterruptedException {
        Optional<GroundTruth> truth = this.key.truthOf(item.taskId());
        this.tally.claimed(item, item.taskId().startsWith(this.setup.runPrefix()), truth.isPresent());
        // A task the simulator did not make has no answer key: the simulated reviewer confirms the model's call, or
        // rejects the item when the model proposed nothing.
        ReviewPlan plan = truth.isPresent()
                ? this.behaviour.plan(truth.get(), item.proposedLabel(), item.candidateLabels(), random)
                : new ReviewPlan.Answer(item.proposedLabel() == null ? Verdict.REJECT_ALL : Verdict.CONFIRM,
                        item.proposedLabel(), this.behaviour.thinkTime(random), false);
        try {
            if (!hold(item, plan.holdFor())) {
                this.client.release(item);
                this.tally.released();
                return;
            }
            if (plan instanceof ReviewPlan.Answer answer) {
                this.client.verdict(item, answer.verdict(), answer.label(), NOTES);
                this.tally.answered(answer.verdict(), answer.mistaken());
            }
            else if (plan instanceof ReviewPlan.Release) {
                this.client.release(item);
                this.tally.released();
            }
            else {
                this.tally.abandoned();
            }
        }
        catch (ReviewClient.Refused | IOException ex) {
            this.tally.failed(plan.getClass().getSimpleName().toLowerCase(), ex);
        }
    }

    /** Looks at the item for {@code duration}, heartbeating on schedule; false when the team is told to stop. */
    private boolean hold(ClaimedItem item, Duration duration) throws InterruptedException, IOException, ReviewClient.Refused {
        long now = System.nanoTime();
        long until = now + duration.toNanos();
        long beatEvery = Math.max(1, this.setup.heartbeatInterval().toNanos());
        long nextBeat = now + beatEvery;
        while ((now = System.nanoTime()) < until) {
            if (!this.running) {
                return false;
            }
            if (now >= nextBeat) {
                this.client.heartbeat(item);
                this.tally.heartbeat();
                nextBeat += beatEvery;
            }
            long sleep = Math.min(Math.min(until, nextBeat) - now, TimeUnit.MILLISECONDS.toNanos(100));
            TimeUnit.NANOSECONDS.sleep(Math.max(sleep, 0));
        }
        return true;
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws InterruptedException {
        this.running = false;
        this.threads.shutdown();
        if (!this.threads.awaitTermination(30, TimeUnit.SECONDS)) {
            this.threads.shutdownNow();
        }
    }
}
