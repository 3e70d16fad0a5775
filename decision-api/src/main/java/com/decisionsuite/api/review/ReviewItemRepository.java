package com.decisionsuite.api.review;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import jakarta.persistence.LockModeType;

/**
 * Review items by id and by filter; the claim itself is a native query in {@link ReviewQueue}.
 */
interface ReviewItemRepository extends JpaRepository<ReviewItem, Long>, JpaSpecificationExecutor<ReviewItem> {

    /** Loads an item and locks its row until the transaction ends, so lease changes on one item serialize. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from ReviewItem r where r.id = :id")
    Optional<ReviewItem> findLocked(@Param("id") long id);
}
