package de.kulturbuero.grants;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Before each test, points Spring Security's static holder at the strategy of the test's own
 * Spring context. Vaadin gives every context its own strategy (with its own thread-local); in a
 * test run with several cached contexts the static holder may still point at another one, and
 * {@code @WithUserDetails} or a test's own sign-in would then be invisible to method security.
 * Registered in {@code META-INF/spring.factories}; runs before Spring Security's own listener.
 */
public class SecurityStrategyTestExecutionListener implements TestExecutionListener, Ordered {

    @Override
    public void prepareTestInstance(TestContext testContext) {
        useStrategyOf(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        useStrategyOf(testContext);
    }

    private static void useStrategyOf(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext
                    .getApplicationContext()
                    .getBeanProvider(SecurityContextHolderStrategy.class)
                    .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        }
    }

    @Override
    public int getOrder() {
        return 9_000; // before WithSecurityContextTestExecutionListener (10,000)
    }
}
