package nl.weerbaar.reporting.job;

/** The two reports: BZK's aggregated participation report, and NGB's named operational list. */
public enum ReportKind {
    PARTICIPATION("participation-report", "bzk-deelname"),
    OPERATIONAL("operational-report", "ngb-deelnemerslijst");

    private final String job;
    private final String filePrefix;

    ReportKind(String job, String filePrefix) {
        this.job = job;
        this.filePrefix = filePrefix;
    }

    public String job() {
        return job;
    }

    /** The download name, e.g. bzk-deelname-2027-K2.xlsx. */
    public String fileName(String periodLabel) {
        return filePrefix + "-" + periodLabel + ".xlsx";
    }

    static ReportKind ofJob(String job) {
        for (ReportKind kind : values()) {
            if (kind.job.equals(job)) {
                return kind;
            }
        }
        return null;
    }
}
