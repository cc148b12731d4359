package nl.weerbaar.reporting.job;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Local;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import nl.weerbaar.platform.health.JobRepositoryProbe;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Readiness {@code job-repository} for the check in the EAR's lib/: JBeret's job repository (its tables in
 * the application database) answers when asked for the job names it holds — one small query; the reports
 * and exports cannot start without it. Asked here, because WildFly finds the job operator by the calling module.
 */
@Singleton
@Local(JobRepositoryProbe.class)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobRepositoryHealth implements JobRepositoryProbe {

    @Override
    public HealthCheckResponse jobRepository() {
        try {
            int names = BatchRuntime.getJobOperator().getJobNames().size();
            return HealthCheckResponse.named("job-repository").up().withData("jobNames", names).build();
        } catch (RuntimeException e) {
            // The exception's text may name the database: only the outcome is shown.
            return HealthCheckResponse.named("job-repository").down().build();
        }
    }
}
