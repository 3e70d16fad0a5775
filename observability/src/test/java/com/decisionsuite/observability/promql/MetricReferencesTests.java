package com.decisionsuite.observability.promql;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MetricReferencesTests {

    @Test
    void findsTheMetricsOfABinaryExpressionAndDropsFunctionsAggregationsAndGroupingLabels() {
        String promql = """
                sum by (service_type, le) (rate(decision_worker_latency_seconds_bucket[5m]))
                / on (service_type) group_left
                max without (instance) (decision_review_pending)""";

        assertThat(MetricReferences.in(promql))
                .containsExactly("decision_review_pending", "decision_worker_latency_seconds_bucket");
    }

    @Test
    void dropsLabelMatchersWhoseValuesLookLikeSelectors() {
        String promql = "max by (stream) (decision_stream_lag{stream=\"decision-tasks:{tracking}\", uri=~'/v1/x'})";

        assertThat(MetricReferences.in(promql)).containsExactly("decision_stream_lag");
    }

    @Test
    void dropsKeywordsDurationsOffsetsAndNumbers() {
        String promql = "rate(a_total[1d] offset 1h) > 2 * b + 0.05 and c >= 1e3 unless d == bool 5m0s or time() - e";

        assertThat(MetricReferences.in(promql)).containsExactly("a_total", "b", "c", "d", "e");
    }

    @Test
    void readsAMetricNamedLikeAnOperatorWhenItIsNotOne() {
        assertThat(MetricReferences.in("sum(rate(order_total[5m])) / on () group_left sum(rate(bytes[5m]))"))
                .containsExactly("bytes", "order_total");
    }

    @Test
    void findsNothingInAnExpressionOfFunctionsAndConstants() {
        assertThat(MetricReferences.in("vector(1) + scalar(time())")).isEmpty();
    }
}
