package com.decisionsuite.bench.results;

import java.util.List;

import com.decisionsuite.bench.measure.ErrorLog;
import com.decisionsuite.model.TaskStreams;
import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;

/**
 * Follows {@code decision-results} from where it stood when the run began, as an upstream consumer would, and
 * hands every event to the {@link ResultBook}.
 */
public final class ResultsListener implements Runnable {

    private final StatefulRedisConnection<String, String> connection;

    private final ResultBook book;

    private final ErrorLog errors;

    private volatile boolean running = true;

    private String lastId;

    public ResultsListener(StatefulRedisConnection<String, String> connection, ResultBook book,
            ErrorLog errors) {
        this.connection = connection;
        this.book = book;
        this.errors = errors;
        this.lastId = lastEntryId(connection.sync());
    }

    /** The newest id on the results stream, so only what is decided from now on is read. */
    static String lastEntryId(RedisCommands<String, String> redis) {
        List<StreamMessage<String, String>> last = redis.xrevrange(TaskStreams.RESULTS_STREAM, Range.create("-", "+"),
                Limit.create(0, 1));
        return last.isEmpty() ? "0-0" : last.get(0).getId();
    }

    @Override
    public void run() {
        RedisCommands<String, String> redis = this.connection.sync();
        XReadArgs args = XReadArgs.Builder.block(200).count(5_000);
        while (this.running) {
            try {
                List<StreamMessage<String, String>> messages = redis.xread(args,
                        XReadArgs.StreamOffset.from(TaskStreams.RESULTS_STREAM, this.lastId));
                long observed = System.nanoTime();
                for (StreamMessage<String, String> message : messages) {
                    this.book.book(message.getBody().get(TaskStreams.FIELD_EVENT), observed);
                    this.lastId = message.getId();
                }
            }
            catch (RuntimeException ex) {
                if (this.running) {
                    this.errors.record("results-read", ex.toString());
                    sleepQuietly();
                }
            }
        }
    }

    public void stop() {
        this.running = false;
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(200);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
