package nl.weerbaar.planning.application;

import java.io.Serializable;

/**
 * Demand for the training in one province: office holders in the register, how many have been
 * trained (attended, fully or partly), how many hold a place or wait for one, and how many have
 * neither been trained nor enrolled yet.
 */
public record ProvinceDemand(String province, long registered, long trained, long booked, long waiting,
        long notYetReached) implements Serializable {
}
