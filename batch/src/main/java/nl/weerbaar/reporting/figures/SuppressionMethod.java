package nl.weerbaar.reporting.figures;

/** The explanation of {@link SmallCellSuppression} for the notes sheet of every report BZK receives. */
public final class SuppressionMethod {

    private SuppressionMethod() {
    }

    /** A few Dutch sentences; they say that "<5" can also hide a larger number, so no reader is misled. */
    public static String dutchExplanation() {
        return """
                Aantallen van 1 tot en met 4 worden getoond als '<5', zodat niemand in een kleine groep herkenbaar \
                is. Dat geldt ook voor rij- en kolomtotalen en het eindtotaal. Een 0 wordt gewoon getoond: die zegt \
                niets over een persoon. \
                Omdat een verborgen aantal anders terug te rekenen zou zijn door van een rij- of kolomtotaal de \
                zichtbare aantallen af te trekken, passen we ook secundaire onderdrukking toe: in elke rij en elke \
                kolom, de totalen meegerekend, zijn nul of ten minste twee waarden verborgen. Daarvoor verbergen we \
                steeds het kleinste zichtbare aantal dat geen 0 is, en als dat er niet is het totaal. \
                Ook die aanvullend verborgen waarden staan als '<5' in de tabel; in werkelijkheid kunnen zij 5 of \
                groter zijn. Zo is geen verborgen aantal uit één rij of kolom af te leiden.""";
    }
}
