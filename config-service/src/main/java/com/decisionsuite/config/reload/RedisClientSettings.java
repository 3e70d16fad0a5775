package com.decisionsuite.config.reload;

import io.lettuce.core.ClientOptions;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Redis client behaviour for publishing after commits, plus the scheduler the retries run on.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RedisClientSettings {

    // While Lettuce is disconnected, fail commands at once instead of queueing them until the command timeout:
    // the publication runs on the request thread after the commit, and a PUT must not hang on a dead Redis.
    @Bean
    LettuceClientOptionsBuilderCustomizer rejectCommandsWhileDisconnected() {
        return options -> options.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS);
    }
}
