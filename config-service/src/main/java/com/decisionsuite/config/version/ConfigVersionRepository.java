package com.decisionsuite.config.version;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.decisionsuite.model.ReviewMode;
import com.decisionsuite.model.ServiceType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The configuration history; the current version of (scope, type) is always derived as the highest version.
 */
public interface ConfigVersionRepository extends Repository<ConfigVersion, Long> {

    ConfigVersion save(ConfigVersion version);

    long count();

    Optional<ConfigVersion> findFirstByScopeAndServiceTypeOrderByVersionDesc(String scope, ServiceType type);

    Optional<ConfigVersion> findByScopeAndServiceTypeAndVersion(String scope, ServiceType type, int version);

    List<ConfigVersion> findByScopeAndServiceTypeOrderByVersionDesc(String scope, ServiceType type);

    /** The current version of each of {@code scopes} for one type. */
    @Query("""
            select c from ConfigVersion c
            where c.serviceType = :type and c.scope in :scopes
              and c.version = (select max(h.version) from ConfigVersion h
                               where h.scope = c.scope and h.serviceType = c.serviceType)""")
    List<ConfigVersion> findCurrent(@Param("type") ServiceType type, @Param("scopes") Collection<String> scopes);

    /** A page of live store overrides (current version not a tombstone), optionally filtered. */
    @Query(value = """
            select c from ConfigVersion c
            where c.scope <> '_defaults' and c.removed = false
              and (:type is null or c.serviceType = :type)
              and (:mode is null or c.mode = :mode)
              and c.version = (select max(h.version) from ConfigVersion h
                               where h.scope = c.scope and h.serviceType = c.serviceType)
            order by c.scope, c.serviceType""",
            countQuery = """
            select count(c) from ConfigVersion c
            where c.scope <> '_defaults' and c.removed = false
              and (:type is null or c.serviceType = :type)
              and (:mode is null or c.mode = :mode)
              and c.version = (select max(h.version) from ConfigVersion h
                               where h.scope = c.scope and h.serviceType = c.serviceType)""")
    Page<ConfigVersion> findLiveOverrides(@Param("type") ServiceType type, @Param("mode") ReviewMode mode,
            Pageable pageable);
}
