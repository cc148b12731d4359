package nl.weerbaar.web.planning;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import nl.weerbaar.platform.imports.ImportRejected;
import nl.weerbaar.people.imports.ParticipantImport;
import nl.weerbaar.platform.imports.RowProblem;
import nl.weerbaar.planning.imports.SessionImport;
import nl.weerbaar.web.platform.pages.Messages;

/** Uploading an Excel file of participants or sessions, and the problems of a refused one. */
@Named
@ViewScoped
public class ImportPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int READ_LIMIT = 5 * 1024 * 1024 + 1;

    @Inject
    private ParticipantImport participants;

    @Inject
    private SessionImport sessions;

    private String kind = "participants";
    private transient Part file;
    private List<RowProblem> problems = List.of();

    public void upload() throws IOException {
        problems = List.of();
        if (file == null || file.getSize() == 0) {
            Messages.add(null, FacesMessage.SEVERITY_ERROR, Messages.text("import.kies.bestand"));
            return;
        }
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readNBytes(READ_LIMIT);
        }
        var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        try {
            int stored = "sessions".equals(kind) ? sessions.importFile(content, locale)
                    : participants.importFile(content, locale);
            Messages.add(null, FacesMessage.SEVERITY_INFO, Messages.text("import.klaar", stored));
        } catch (ImportRejected rejected) {
            problems = rejected.problems();
            Messages.add(null, FacesMessage.SEVERITY_ERROR, Messages.text("import.geweigerd", problems.size()));
        }
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public List<RowProblem> getProblems() {
        return problems;
    }
}
