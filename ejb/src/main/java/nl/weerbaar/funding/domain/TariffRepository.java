package nl.weerbaar.funding.domain;

import java.util.List;

/** Stores and finds tariffs. */
public interface TariffRepository {

    void store(Tariff tariff);

    /** Every tariff, by kind and then by the day it starts. */
    List<Tariff> all();
}
