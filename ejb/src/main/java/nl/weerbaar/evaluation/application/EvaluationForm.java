package nl.weerbaar.evaluation.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An attendee's answers: three ratings from 1 (poor) to 5 (excellent) and an optional comment. */
public class EvaluationForm {

    @NotNull(message = "{evaluatie.cijfer.verplicht}")
    @Min(value = 1, message = "{evaluatie.cijfer.bereik}")
    @Max(value = 5, message = "{evaluatie.cijfer.bereik}")
    private Integer overall;

    @NotNull(message = "{evaluatie.cijfer.verplicht}")
    @Min(value = 1, message = "{evaluatie.cijfer.bereik}")
    @Max(value = 5, message = "{evaluatie.cijfer.bereik}")
    private Integer usefulness;

    @NotNull(message = "{evaluatie.cijfer.verplicht}")
    @Min(value = 1, message = "{evaluatie.cijfer.bereik}")
    @Max(value = 5, message = "{evaluatie.cijfer.bereik}")
    private Integer trainers;

    @Size(max = 2000, message = "{evaluatie.opmerking.lengte}")
    private String comments;

    public Integer getOverall() {
        return overall;
    }

    public void setOverall(Integer overall) {
        this.overall = overall;
    }

    public Integer getUsefulness() {
        return usefulness;
    }

    public void setUsefulness(Integer usefulness) {
        this.usefulness = usefulness;
    }

    public Integer getTrainers() {
        return trainers;
    }

    public void setTrainers(Integer trainers) {
        this.trainers = trainers;
    }

    public String getComments() {
        return comments;
    }

    public void setComments(String comments) {
        this.comments = comments;
    }
}
