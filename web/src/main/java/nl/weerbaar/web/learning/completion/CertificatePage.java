package nl.weerbaar.web.learning.completion;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.weerbaar.learning.completion.application.Completions;
import nl.weerbaar.learning.completion.application.Verification;

/** Public: anyone checks a certificate's code and sees the name and date on it, nothing else. */
@Named
@ViewScoped
public class CertificatePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Completions completions;

    @Inject
    private nl.weerbaar.web.platform.security.throttle.LookupLimit limit;

    private String code;
    private Verification result;
    private boolean checked;

    public void check() {
        if (code == null || code.isBlank()) {
            return;
        }
        String address = ((jakarta.servlet.http.HttpServletRequest) jakarta.faces.context.FacesContext.getCurrentInstance()
                .getExternalContext().getRequest()).getRemoteAddr();
        if (limit.take(address).isPresent()) {
            nl.weerbaar.web.platform.pages.Messages.add(null, jakarta.faces.application.FacesMessage.SEVERITY_ERROR,
                    nl.weerbaar.web.platform.pages.Messages.text("certificaat.teveel"));
            return;
        }
        result = completions.verify(code).orElse(null);
        checked = true;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Verification getResult() {
        return result;
    }

    public boolean isChecked() {
        return checked;
    }
}
