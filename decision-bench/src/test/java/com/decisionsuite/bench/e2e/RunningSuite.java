package com.decisionsuite.bench.e2e;

import java.sql.SQLException;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands every end-to-end test class the same running suite: starting it takes a minute or more on a small
 * machine, so it starts once per test run and is closed (its processes stopped) when the run ends.
 */
final class RunningSuite implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RunningSuite.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == SuiteProcesses.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        // The root store outlives every class and closes what it holds (AutoCloseable) when the run ends.
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent(SuiteProcesses.class, key -> start(),
                SuiteProcesses.class);
    }

    private static SuiteProcesses start() {
        try {
            return SuiteProcesses.start();
        }
        catch (SQLException ex) {
            throw new ParameterResolutionException("Could not prepare the end-to-end database", ex);
        }
    }
}
