package com.decisionsuite.api.intake;

import io.lettuce.core.ClientOptions;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Redis client behaviour the intake contract needs.
 */
@Configuration(proxyBeanMethods = false)
class RedisClientSettings {

    /**
     * While the connection is down, fail commands at once instead of buffering them until the command timeout:
     * the client gets its 503 immediately and retries, rather than a request thread hanging on a dead link.
     */
    @Bean
    LettuceClientOptionsBuilderCustomizer rejectCommandsWhileDisconnected() {
        return builder -> builder.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS);
    }
}
