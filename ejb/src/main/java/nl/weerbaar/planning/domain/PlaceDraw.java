package nl.weerbaar.planning.domain;

/**
 * What one enrolment drew from its session: a place, or the next waitlist number.
 *
 * @param queueNumber the waitlist number drawn; 0 when a place was booked
 */
public record PlaceDraw(long queueNumber) {

    public boolean booked() {
        return queueNumber == 0;
    }
}
