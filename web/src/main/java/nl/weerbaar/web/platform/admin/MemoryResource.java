package nl.weerbaar.web.platform.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.lang.management.ManagementFactory;
import java.util.Map;
import nl.weerbaar.platform.security.Roles;

/**
 * The server's heap (admin): in use, committed and the maximum, for operations and benchmarks
 * (which sample it to find the peak of a run).
 */
@Path("admin/memory")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@RequestScoped
public class MemoryResource {

    @GET
    public Map<String, Long> heap() {
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return Map.of("usedMb", heap.getUsed() >> 20, "committedMb", heap.getCommitted() >> 20, "maxMb", heap.getMax() >> 20);
    }

    /** Collects garbage first, so a measurement starts from what is really in use. */
    @POST
    @Path("reset")
    public Map<String, Long> reset() {
        System.gc();
        return heap();
    }
}
