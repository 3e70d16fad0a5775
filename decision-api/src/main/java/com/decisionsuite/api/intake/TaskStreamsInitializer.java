package com.decisionsuite.api.intake;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.stream.ReadOffset;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import com.decisionsuite.model.ServiceType;
import com.decisionsuite.model.TaskStreams;

/**
 * Makes sure every task stream and its consumer group exist at start-up, from id 0, so that tasks queued before
 * any worker starts are consumed and KEDA finds the group to measure lag. Redis being down here is no reason not to
 * start: the enqueue script creates a missing stream and group itself.
 */
@Component
class TaskStreamsInitializer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TaskStreamsInitializer.class);

    private final StringRedisTemplate redis;

    TaskStreamsInitializer(StringRedisTemplate redis) {
        this.redis = redis;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            for (ServiceType type : ServiceType.values()) {
                this.redis.execute((RedisCallback<Void>) connection -> createGroup(connection, TaskStreams.taskStream(type)));
            }
        }
        catch (DataAccessException ex) {
            log.warn("Could not make sure the task streams and group '{}' exist ({}); the first enqueue will create them",
                    TaskStreams.GROUP, ex.toString());
        }
    }

    private static Void createGroup(RedisConnection connection, String stream) {
        try {
            connection.streamCommands().xGroupCreate(stream.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    TaskStreams.GROUP, ReadOffset.from("0"), true);
            log.info("Created stream {} with consumer group {}", stream, TaskStreams.GROUP);
        }
        catch (DataAccessException ex) {
            if (!String.valueOf(ex.getMostSpecificCause().getMessage()).contains("BUSYGROUP")) {
                throw ex;
            }
        }
        return null;
    }
}
