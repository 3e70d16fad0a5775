package com.decisionsuite.worker.stream;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

import com.decisionsuite.model.ServiceType;

/**
 * Consuming the task streams: which streams, as whom, how much at a time, and when to reclaim, dead-letter,
 * trim and report a stall.
 *
 * @param serviceTypes the task streams this worker consumes (Kubernetes runs one Deployment per type)
 * @param consumerName name in the consumer group; host name plus pid when unset
 * @param concurrency reading loops per worker; each reads, decides and commits its own batches
 * @param batchSize entries per stream per read
 * @param block how long one read waits for entries
 * @param reclaimIdle how long an entry may stay unacknowledged with its consumer before others take it over
 * @param reclaimInterval how often the sweep looks for such entries
 * @param maxDeliveries deliveries after which an entry goes to the dead-letter stream
 * @param trimInterval how often the streams are trimmed and measured
 * @param stallBound how long the worker may go without a successful read while entries wait before health is DOWN
 * @param maxBackoff upper bound of the pause between retries while Redis or MySQL fail
 */
@ConfigurationProperties("decision.worker")
public record StreamProperties(
        List<ServiceType> serviceTypes,
        String consumerName,
        Integer concurrency,
        Integer batchSize,
        Duration block,
        Duration reclaimIdle,
        Duration reclaimInterval,
        Integer maxDeliveries,
        Duration trimInterval,
        Duration stallBound,
        Duration maxBackoff) {

    public StreamProperties {
        serviceTypes = serviceTypes == null || serviceTypes.isEmpty() ? List.copyOf(EnumSet.allOf(ServiceType.class))
                : List.copyOf(EnumSet.copyOf(serviceTypes));
        consumerName = consumerName == null || consumerName.isBlank() ? defaultConsumerName() : consumerName;
        concurrency = positive("concurrency", concurrency, 2);
        batchSize = positive("batch-size", batchSize, 250);
        block = positive("block", block, Duration.ofSeconds(2));
        reclaimIdle = positive("reclaim-idle", reclaimIdle, Duration.ofSeconds(60));
        reclaimInterval = positive("reclaim-interval", reclaimInterval, Duration.ofSeconds(15));
        maxDeliveries = positive("max-deliveries", maxDeliveries, 5);
        trimInterval = positive("trim-interval", trimInterval, Duration.ofSeconds(30));
        stallBound = positive("stall-bound", stallBound, Duration.ofSeconds(60));
        maxBackoff = positive("max-backoff", maxBackoff, Duration.ofSeconds(5));
    }

    private static int positive(String name, Integer value, int fallback) {
        if (value == null) {
            return fallback;
        }
        if (value < 1) {
            throw new IllegalArgumentException("decision.worker." + name + " must be positive, was " + value);
        }
        return value;
    }

    private static Duration positive(String name, Duration value, Duration fallback) {
        if (value == null) {
            return fallback;
        }
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("decision.worker." + name + " must be positive, was " + value);
        }
        return value;
    }

    private static String defaultConsumerName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        }
        catch (UnknownHostException ex) {
            host = "worker";
        }
        return host + "-" + ManagementFactory.getRuntimeMXBean().getPid();
    }
}
