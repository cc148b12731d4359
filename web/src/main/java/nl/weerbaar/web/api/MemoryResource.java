package nl.weerbaar.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Map;
import nl.weerbaar.people.domain.Roles;

/** The server's heap (admin): in use, the peak since the last reset, and the maximum; for operations and benchmarks. */
@Path("admin/memory")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@RequestScoped
public class MemoryResource {

    @GET
    public Map<String, Long> heap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return Map.of("usedMb", heap.getUsed() >> 20, "peakMb", peak >> 20, "maxMb", heap.getMax() >> 20);
    }

    /** Collects garbage and starts a new peak from what is in use now. */
    @POST
    @Path("reset")
    public Map<String, Long> reset() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        return heap();
    }
}
