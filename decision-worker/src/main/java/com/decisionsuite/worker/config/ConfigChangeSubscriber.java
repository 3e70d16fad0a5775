package com.decisionsuite.worker.config;

import io.lettuce.core.RedisChannelHandler;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionStateListener;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.RedisPubSubListener;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import com.decisionsuite.model.TaskStreams;
import com.decisionsuite.model.ThresholdsChanged;
import com.decisionsuite.model.WireCodec;

/**
 * Listens for config-service's change announcements and drops the affected near-cache entry. Lettuce
 * re-subscribes after a reconnect; while disconnected the near cache is bypassed, and every (re)subscription
 * clears it, since announcements made meanwhile are lost.
 */
@Component
class ConfigChangeSubscriber extends RedisPubSubAdapter<String, String>
        implements SmartLifecycle, RedisConnectionStateListener {

    private static final Logger log = LoggerFactory.getLogger(ConfigChangeSubscriber.class);

    private final RedisClient client;

    private final EffectiveConfigs configs;

    private volatile StatefulRedisPubSubConnection<String, String> connection;

    ConfigChangeSubscriber(RedisClient client, EffectiveConfigs configs) {
        this.client = client;
        this.configs = configs;
    }

    @Override
    public void start() {
        StatefulRedisPubSubConnection<String, String> pubSub = this.client.connectPubSub();
        pubSub.addListener((RedisPubSubListener<String, String>) this);
        pubSub.addListener((RedisConnectionStateListener) this);
        pubSub.sync().subscribe(TaskStreams.CONFIG_CHANGES_CHANNEL);
        this.connection = pubSub;
    }

    @Override
    public void stop() {
        StatefulRedisPubSubConnection<String, String> pubSub = this.connection;
        this.connection = null;
        this.configs.hearing(false);
        if (pubSub != null) {
            pubSub.close();
        }
    }

    @Override
    public boolean isRunning() {
        return this.connection != null;
    }

    @Override
    public void subscribed(String channel, long count) {
        log.info("Subscribed to {}; near cache cleared", channel);
        this.configs.invalidateAll();
        this.configs.hearing(true);
    }

    @Override
    public void onRedisDisconnected(RedisChannelHandler<?, ?> handler) {
        if (this.connection != null) {
            log.warn("Configuration change subscription lost; near cache bypassed until it is back");
            this.configs.hearing(false);
        }
    }

    @Override
    public void message(String channel, String message) {
        try {
            ThresholdsChanged changed = WireCodec.read(message, ThresholdsChanged.class);
            this.configs.invalidate(changed.scope(), changed.serviceType());
            log.debug("Configuration {}/{} changed to version {}", changed.scope(), changed.serviceType(),
                    changed.version());
        }
        catch (RuntimeException ex) {
            // Unreadable announcement: drop everything rather than keep a possibly stale entry.
            log.warn("Unreadable configuration change announcement, near cache cleared: {}", ex.getMessage());
            this.configs.invalidateAll();
        }
    }
}
