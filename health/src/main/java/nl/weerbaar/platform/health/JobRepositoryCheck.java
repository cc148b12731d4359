package nl.weerbaar.platform.health;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness: JBeret's job repository (its tables in the application database) answers — asking it
 * for the job names it holds is one small query, and the reports and exports cannot start without it.
 */
@Readiness
@ApplicationScoped
public class JobRepositoryCheck implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        // WildFly finds the deployment's job operator by the context class loader; the caller's may be the server's.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(JobRepositoryCheck.class.getClassLoader());
        try {
            JobOperator jobs = BatchRuntime.getJobOperator();
            int names = jobs.getJobNames().size();
            return HealthCheckResponse.named("job-repository").up().withData("jobNames", names).build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("job-repository").down().build();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
