package com.decisionsuite.config.version;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import com.decisionsuite.model.ConfigSource;
import com.decisionsuite.model.Identifiers;
import com.decisionsuite.model.ReviewMode;
import com.decisionsuite.model.ServiceType;
import com.decisionsuite.model.ThresholdConfig;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One row of the append-only {@code threshold_config} history: a version of (scope, service type), or the
 * tombstone that removed a store override. Rows are inserted, never updated.
 */
@Entity
@Immutable
@Table(name = "threshold_config")
public class ConfigVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String scope;

    @Convert(converter = ServiceTypeColumn.class)
    private ServiceType serviceType;

    private int version;

    private boolean removed;

    private Double acceptThreshold;

    private Double rejectThreshold;

    private Double minMargin;

    // VARCHAR, not Hibernate's default native ENUM column type on MySQL, so schema validation matches V1.
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "review_mode")
    private ReviewMode mode;

    private Double auditSampleRate;

    private BigDecimal maxAutoValue;

    private Long reviewDeadlineSeconds;

    private String updatedBy;

    private Instant updatedAt;

    private String reason;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private ChangeKind changeKind;

    private Integer restoredVersion;

    protected ConfigVersion() {
    }

    private ConfigVersion(String scope, ServiceType type, int version, Settings settings, Change change) {
        this.scope = scope;
        this.serviceType = type;
        this.version = version;
        this.removed = settings == null;
        if (settings != null) {
            this.acceptThreshold = settings.acceptThreshold();
            this.rejectThreshold = settings.rejectThreshold();
            this.minMargin = settings.minMargin();
            this.mode = settings.mode();
            this.auditSampleRate = settings.auditSampleRate();
            this.maxAutoValue = settings.maxAutoValue();
            this.reviewDeadlineSeconds = settings.reviewDeadline().toSeconds();
        }
        this.updatedBy = change.actor();
        this.updatedAt = change.at();
        this.reason = change.reason();
        this.changeKind = change.kind();
        this.restoredVersion = change.restoredVersion();
    }

    /** A version holding {@code settings}. */
    static ConfigVersion of(String scope, ServiceType type, int version, Settings settings, Change change) {
        return new ConfigVersion(scope, type, version, settings, change);
    }

    /** The tombstone that removes a store override. */
    static ConfigVersion removal(String scope, ServiceType type, int version, Change change) {
        return new ConfigVersion(scope, type, version, null, change);
    }

    /** The values of this version; empty for a tombstone. */
    public Settings settings() {
        if (this.removed) {
            return null;
        }
        return new Settings(this.acceptThreshold, this.rejectThreshold, this.minMargin, this.mode,
                this.auditSampleRate, this.maxAutoValue, Duration.ofSeconds(this.reviewDeadlineSeconds));
    }

    /** The wire form workers cache; {@code null} for a tombstone. */
    public ThresholdConfig toThresholdConfig() {
        Settings settings = settings();
        return settings == null ? null
                : settings.toThresholdConfig(this.scope, this.serviceType, this.version, this.updatedBy, this.updatedAt);
    }

    public ConfigSource source() {
        return Identifiers.DEFAULTS_SCOPE.equals(this.scope) ? ConfigSource.DEFAULT : ConfigSource.STORE;
    }

    public String scope() {
        return this.scope;
    }

    public ServiceType serviceType() {
        return this.serviceType;
    }

    public int version() {
        return this.version;
    }

    public boolean removed() {
        return this.removed;
    }

    public String updatedBy() {
        return this.updatedBy;
    }

    public Instant updatedAt() {
        return this.updatedAt;
    }

    public String reason() {
        return this.reason;
    }

    public ChangeKind changeKind() {
        return this.changeKind;
    }

    public Integer restoredVersion() {
        return this.restoredVersion;
    }
}
