package de.kulturbuero.grants;

import de.kulturbuero.grants.grantapplication.GrantApplicationService;
import de.kulturbuero.grants.grantapplication.SubmissionSaboteur;
import de.kulturbuero.grants.programme.ProgrammeService;
import de.kulturbuero.grants.review.ReviewActions;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Test-only beans of the shared integration-test context (see {@link IntegrationTest}). */
@TestConfiguration(proxyBeanMethods = false)
public class IntegrationTestConfiguration {

    @Bean
    TestUsers testUsers(UserDetailsService userDetailsService, ObjectProvider<SecurityContextHolderStrategy> strategy) {
        return new TestUsers(userDetailsService, strategy);
    }

    @Bean
    TestApplications testApplications(
            ProgrammeService programmes, GrantApplicationService applications, TestUsers users) {
        return new TestApplications(programmes, applications, users);
    }

    @Bean
    ReviewActions reviewActions(ApplicationContext context) {
        return new ReviewActions(context);
    }

    @Bean
    SubmissionSaboteur submissionSaboteur(JdbcTemplate jdbc, RuntimeService runtime, TaskService tasks) {
        return new SubmissionSaboteur(jdbc, runtime, tasks);
    }
}
