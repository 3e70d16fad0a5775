package com.decisionsuite.worker.relay;

import java.util.List;

import io.lettuce.core.api.StatefulRedisConnection;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.decisionsuite.worker.audit.TransactionalJdbc;

/**
 * Wires the result relay over the decision rows and the escalation verdicts.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "decision.worker.relay.enabled", matchIfMissing = true)
class RelayConfiguration {

    @Bean
    RelayRunner relayRunner(TransactionalJdbc database, StatefulRedisConnection<String, String> redis,
            RelayProperties properties, MeterRegistry meters) {
        ResultRelay relay = new ResultRelay(database.jdbc(), database.transactions(),
                new ResultPublisher(redis, properties.resultsMaxLength(), meters), properties);
        // Every read of a source happens inside a poll's transaction, so they share the pool without auto-commit.
        List<RelaySource> sources = List.of(new DecisionSource(database.named()), new VerdictSource(database.named()));
        sources.forEach(source -> relay.register(source, meters));
        return new RelayRunner(relay, sources, properties);
    }
}
