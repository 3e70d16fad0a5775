package com.decisionsuite.observability.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.decisionsuite.observability.tree.CommandLine;
import com.decisionsuite.observability.tree.Promtool;
import com.decisionsuite.observability.tree.SourceTree;

import static org.assertj.core.api.Assertions.assertThat;

class AlertRulesTests {

    private static final Path TESTS = SourceTree.resolve("prometheus/tests/decision-suite.test.yml");

    @Test
    void passesPromtoolsCheckOfEveryRuleFile() {
        assertThat(AlertRules.files()).isNotEmpty();

        CommandLine.Result result = Promtool.checkRules(AlertRules.files());

        assertThat(result.succeeded()).as(result.describe()).isTrue();
    }

    @Test
    void passesItsPromtoolUnitTests() {
        CommandLine.Result result = Promtool.testRules(TESTS);

        assertThat(result.succeeded()).as(result.describe()).isTrue();
    }

    @Test
    void unitTestsFailWhenAnAlertStopsFiringWhereTheyExpectIt() throws IOException {
        Path copy = SourceTree.workDirectory("rules-broken");
        Files.createDirectories(copy.resolve("rules"));
        Files.createDirectories(copy.resolve("tests"));
        String rules = Files.readString(SourceTree.resolve("prometheus/rules/decision-suite.yml"));
        String threshold = "(decision_review_overdue)) > 0";
        assertThat(rules).contains(threshold);
        Files.writeString(copy.resolve("rules/decision-suite.yml"),
                rules.replace(threshold, "(decision_review_overdue)) > 10"));
        Files.copy(TESTS, copy.resolve("tests/decision-suite.test.yml"), StandardCopyOption.REPLACE_EXISTING);

        CommandLine.Result result = Promtool.testRules(copy.resolve("tests/decision-suite.test.yml"));

        assertThat(result.succeeded()).as(result.describe()).isFalse();
        assertThat(result.stdout() + result.stderr()).contains("DecisionReviewsOverdue");
    }

    @Test
    void everyAlertHasASeveritySummaryDescriptionAndAPendingPeriod() {
        List<AlertRules.Rule> alerts = alerts();

        assertThat(alerts).isNotEmpty().allSatisfy(rule -> {
            assertThat(rule.labels()).as(rule.alert()).containsKey("severity");
            assertThat(rule.labels().get("severity")).as(rule.alert()).isIn("critical", "warning");
            assertThat(rule.annotations()).as(rule.alert()).containsKeys("summary", "description");
            assertThat(rule.forDuration()).as(rule.alert() + " for").isNotBlank();
        });
    }

    @Test
    void everyAlertHasAUnitTestWhereItFiresAndOneWhereItDoesNot() {
        List<Map<String, Object>> cases = AlertRules.maps(AlertRules.read(TESTS), "tests").stream()
                .flatMap(test -> AlertRules.maps(test, "alert_rule_test").stream()).toList();

        assertThat(alerts()).allSatisfy(rule -> {
            Stream<Map<String, Object>> own = cases.stream().filter(c -> rule.alert().equals(c.get("alertname")));
            assertThat(own.map(AlertRulesTests::fires)).as(rule.alert()).contains(true, false);
        });
    }

    private static boolean fires(Map<String, Object> alertRuleTest) {
        Object expected = alertRuleTest.get("exp_alerts");
        return expected instanceof List<?> list && !list.isEmpty();
    }

    private static List<AlertRules.Rule> alerts() {
        return AlertRules.all().stream().filter(rule -> rule.alert() != null).toList();
    }
}
