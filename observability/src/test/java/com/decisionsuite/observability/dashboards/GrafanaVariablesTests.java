package com.decisionsuite.observability.dashboards;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GrafanaVariablesTests {

    @Test
    void expandsIntervalVariablesToADuration() {
        assertThat(GrafanaVariables.expand("rate(x[$__rate_interval]) + rate(y[${__interval}]) + z[$__range]"))
                .isEqualTo("rate(x[5m]) + rate(y[5m]) + z[5m]");
    }

    @Test
    void expandsTheDashboardsOwnVariablesInEverySyntaxToALabelValue() {
        assertThat(GrafanaVariables.expand("x{store=\"$store\", service_type=~\"${service_type:regex}\", a=\"[[a]]\"}"))
                .isEqualTo("x{store=\"placeholder\", service_type=~\"placeholder\", a=\"placeholder\"}");
    }

    @Test
    void leavesAQueryWithoutVariablesAsItIs() {
        String promql = "sum by (stream) (decision_stream_lag{stream=~\"decision-tasks:.+\"}) > 0";

        assertThat(GrafanaVariables.expand(promql)).isEqualTo(promql);
    }
}
