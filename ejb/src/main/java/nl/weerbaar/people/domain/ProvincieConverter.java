package nl.weerbaar.people.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a province by its official name, so the database reads like the reference data. */
@Converter
public class ProvincieConverter implements AttributeConverter<Provincie, String> {

    @Override
    public String convertToDatabaseColumn(Provincie provincie) {
        return provincie == null ? null : provincie.naam();
    }

    @Override
    public Provincie convertToEntityAttribute(String naam) {
        return naam == null
                ? null
                : Provincie.metNaam(naam)
                        .orElseThrow(() -> new IllegalStateException("Onbekende provincie in de database: " + naam));
    }
}
