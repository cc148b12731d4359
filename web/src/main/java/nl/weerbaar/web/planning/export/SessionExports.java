package nl.weerbaar.web.planning.export;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.weerbaar.planning.export.ExportRun;
import nl.weerbaar.planning.export.SessionExport;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import nl.weerbaar.web.platform.pages.Messages;

/** Starting the Excel export of all sessions, following its runs and downloading the result. */
@Named
@ViewScoped
public class SessionExports implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 5;

    @Inject
    private SessionExport export;

    private transient List<ExportRun> runs;
    private transient Object runsRequest;

    public void start() {
        long id = export.start();
        runs = null;
        Messages.add(null, FacesMessage.SEVERITY_INFO, Messages.text("export.gestart", id));
    }

    /** The runs, read once per request (the page asks several times while rendering). */
    public List<ExportRun> getRuns() {
        Object request = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequest();
        if (runs == null || runsRequest != request) {
            runs = export.recent(SHOWN);
            runsRequest = request;
        }
        return runs;
    }

    /** True while a run is busy, so the page keeps polling. */
    public boolean isBusy() {
        return getRuns().stream().anyMatch(ExportRun::running);
    }

    public StreamedContent download(long executionId) {
        Path file = export.file(executionId).orElse(null);
        if (file == null) {
            Messages.add(null, FacesMessage.SEVERITY_WARN, Messages.text("export.niet.klaar"));
            return null;
        }
        return DefaultStreamedContent.builder()
                .name("weerbaar-sessies-" + executionId + ".xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .stream(() -> {
                    try {
                        return Files.newInputStream(file);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })
                .build();
    }
}
