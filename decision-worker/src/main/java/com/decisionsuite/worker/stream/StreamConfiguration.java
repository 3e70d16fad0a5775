package com.decisionsuite.worker.stream;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.decisionsuite.worker.audit.AuditTrail;
import com.decisionsuite.worker.config.EffectiveConfigs;
import com.decisionsuite.worker.metrics.WorkerMetrics;
import com.decisionsuite.worker.routing.DecisionRouter;
import com.decisionsuite.worker.routing.RoutingProperties;

/**
 * Wires the consuming side: reading loops, batch handling, reclaim sweep and trimming.
 */
@Configuration(proxyBeanMethods = false)
class StreamConfiguration {

    @Bean
    DecisionRouter decisionRouter(RoutingProperties routing) {
        return new DecisionRouter(routing.policyTimeBudget());
    }

    @Bean
    TaskDecider taskDecider(EffectiveConfigs configs, DecisionRouter router, RoutingProperties routing,
            StreamProperties streams) {
        return new TaskDecider(configs, router, routing, streams);
    }

    @Bean
    BatchHandler batchHandler(TaskDecider decider, AuditTrail audit, StatefulRedisConnection<String, String> redis,
            WorkerMetrics metrics) {
        return new BatchHandler(decider, audit, new EntrySettlement(redis, decider.consumerName()), metrics);
    }

    @Bean
    StreamConsumers streamConsumers(RedisClient client, StatefulRedisConnection<String, String> redis,
            BatchHandler handler, StreamProperties properties, WorkerMetrics metrics, StreamProgress progress) {
        Housekeeping housekeeping = new Housekeeping(redis, new Housekeeping.Collaborators(new PendingSweep(properties),
                new StreamTrimmer(), handler, metrics, progress), properties.serviceTypes());
        return new StreamConsumers(client, new GroupReads(properties), handler, housekeeping, properties, progress);
    }
}
