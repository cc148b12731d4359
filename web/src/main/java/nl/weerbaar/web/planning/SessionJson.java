package nl.weerbaar.web.planning;

/**
 * A session as the API accepts it. Dates arrive as text so a malformed one can be reported on its
 * own field instead of failing the whole body.
 */
public class SessionJson {
    public String title;
    public String start;
    public String end;
    public String location;
    public String province;
    public Integer capacity;
    public String status;
    public Integer minParticipants;
    public String enrolmentDeadline;
    public String cancellationDeadline;
    public String notes;
    public java.util.List<String> trainers;
}
