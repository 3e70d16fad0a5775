package com.decisionsuite.worker.relay;

import java.util.List;

import io.lettuce.core.api.StatefulRedisConnection;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wires the result relay over the decision rows and the escalation verdicts.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "decision.worker.relay.enabled", matchIfMissing = true)
class RelayConfiguration {

    @Bean
    RelayRunner relayRunner(NamedParameterJdbcTemplate jdbc, TransactionTemplate transactions,
            StatefulRedisConnection<String, String> redis, RelayProperties properties, MeterRegistry meters) {
        ResultRelay relay = new ResultRelay(jdbc.getJdbcTemplate(), transactions,
                new ResultPublisher(redis, properties.resultsMaxLength(), meters), properties);
        List<RelaySource> sources = List.of(new DecisionSource(jdbc), new VerdictSource(jdbc));
        sources.forEach(source -> relay.register(source, meters));
        return new RelayRunner(relay, sources, properties);
    }
}
