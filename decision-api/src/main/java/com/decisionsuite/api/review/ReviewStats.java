package com.decisionsuite.api.review;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Service;

import com.decisionsuite.api.review.ReviewStatsResponse.Agreement;
import com.decisionsuite.api.review.ReviewStatsResponse.Hour;
import com.decisionsuite.api.review.ReviewStatsResponse.Queue;
import com.decisionsuite.api.review.ReviewStatsResponse.Rate;
import com.decisionsuite.api.review.ReviewStatsResponse.Totals;
import com.decisionsuite.api.review.VerdictTallies.AgreementCount;
import com.decisionsuite.api.review.VerdictTallies.HourCount;
import com.decisionsuite.model.ServiceType;

/**
 * Assembles the stats answer from three grouped queries; only the all-stores queue depths are shared (QueueDepths).
 */
@Service
class ReviewStats {

    private final QueueDepths depths;

    private final VerdictTallies tallies;

    private final Clock clock = Clock.systemUTC();

    ReviewStats(QueueDepths depths, VerdictTallies tallies) {
        this.depths = depths;
        this.tallies = tallies;
    }

    Instant now() {
        return this.clock.instant();
    }

    ReviewStatsResponse stats(StatsWindow window) {
        Instant now = now();
        QueueDepths.Reading depths = this.depths.current(now, window.storeId(), window.serviceType());
        List<Queue> queues = depths.queues().stream()
                .map(d -> new Queue(d.storeId(), d.serviceType(), d.pending(), d.inReview(), d.overdue(),
                        d.oldestPendingAgeSeconds(now)))
                .toList();
        Map<Instant, long[]> hours = new TreeMap<>();
        for (HourCount count : this.tallies.perHour(window)) {
            hours.computeIfAbsent(count.hour(), h -> new long[2])[count.kind().ordinal()] += count.verdicts();
        }
        List<Hour> perHour = hours.entrySet().stream()
                .map(e -> new Hour(e.getKey(), e.getValue()[ReviewKind.ESCALATION.ordinal()],
                        e.getValue()[ReviewKind.AUDIT.ordinal()]))
                .toList();
        List<Agreement> agreement = agreement(this.tallies.agreement(window));
        Totals totals = new Totals(queues.stream().mapToLong(Queue::pending).sum(),
                queues.stream().mapToLong(Queue::inReview).sum(), queues.stream().mapToLong(Queue::overdue).sum(),
                queues.stream().mapToLong(Queue::oldestPendingAgeSeconds).max().orElse(0),
                perHour.stream().mapToLong(Hour::escalations).sum(), perHour.stream().mapToLong(Hour::audits).sum());
        return new ReviewStatsResponse(now, depths.readAt(), window.from(), window.to(), totals, queues, perHour,
                agreement);
    }

    private static List<Agreement> agreement(List<AgreementCount> counts) {
        Map<String, Agreement> byQueue = new LinkedHashMap<>();
        for (AgreementCount c : counts) {
            String key = c.storeId() + '\n' + c.serviceType().wireName();
            Agreement known = byQueue.getOrDefault(key,
                    new Agreement(c.storeId(), c.serviceType(), Rate.NONE, Rate.NONE));
            Rate rate = Rate.of(c.verdicts(), c.agreed());
            byQueue.put(key, c.kind() == ReviewKind.ESCALATION
                    ? new Agreement(known.storeId(), known.serviceType(), rate, known.audits())
                    : new Agreement(known.storeId(), known.serviceType(), known.escalations(), rate));
        }
        return new ArrayList<>(byQueue.values());
    }

    static ServiceType serviceType(String field, String wireName) {
        return wireName == null ? null : ServiceType.find(wireName)
                .orElseThrow(() -> new InvalidReviewFieldException(field, "unknown service type '" + wireName + "'"));
    }
}
