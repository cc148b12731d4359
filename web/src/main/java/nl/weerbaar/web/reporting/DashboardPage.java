package nl.weerbaar.web.reporting;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.weerbaar.platform.JsonP;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import nl.weerbaar.platform.Amsterdam;
import nl.weerbaar.reporting.dashboard.Dashboard;
import nl.weerbaar.web.platform.pages.Messages;

/**
 * Dashboards for BZK and NGB: participation per province and per quarter, fill rate and spend
 * against budget, as charts (Chart.js through p:chart) with the same figures in tables beside them.
 * Suppressed figures are left out of a chart and shown as "<5" in its table.
 */
@Named
@ViewScoped
public class DashboardPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String BLUE = "#154273";
    private static final String ORANGE = "#a64d00";

    @Inject
    private Dashboard dashboard;

    private int year = Amsterdam.now().getYear();
    private Dashboard.Figures figures;

    public void load() {
        figures = dashboard.of(year);
    }

    public Dashboard.Figures getFigures() {
        if (figures == null) {
            load();
        }
        return figures;
    }

    public String getProvinceChart() {
        return bar(getFigures().enrolledPerProvince(), Messages.text("dashboard.ingeschreven"), BLUE, true);
    }

    public String getQuarterChart() {
        Dashboard.Figures f = getFigures();
        JsonObjectBuilder data = JsonP.PROVIDER.createObjectBuilder().add("labels", labels(f.enrolledPerQuarter()))
                .add("datasets", JsonP.PROVIDER.createArrayBuilder()
                        .add(dataset(Messages.text("dashboard.ingeschreven"), f.enrolledPerQuarter(), BLUE))
                        .add(dataset(Messages.text("dashboard.bijgewoond"), f.attendedPerQuarter(), ORANGE)));
        return chart("bar", data, false);
    }

    public String getFillChart() {
        return bar(getFigures().fillRatePerQuarter(), Messages.text("dashboard.bezetting"), BLUE, false);
    }

    public String getBudgetChart() {
        var funding = getFigures().funding();
        List<Dashboard.Bar> bars = List.of(money(Messages.text("dashboard.budget"), funding.budget()),
                money(Messages.text("dashboard.uitgegeven"), funding.spent()),
                money(Messages.text("dashboard.gepland"), funding.planned()));
        return bar(bars, "€", BLUE, false);
    }

    private static Dashboard.Bar money(String label, BigDecimal amount) {
        return new Dashboard.Bar(label, amount == null ? null : amount.intValue(), amount == null ? "–" : amount.toPlainString());
    }

    private static String bar(List<Dashboard.Bar> bars, String label, String colour, boolean horizontal) {
        JsonObjectBuilder data = JsonP.PROVIDER.createObjectBuilder().add("labels", labels(bars))
                .add("datasets", JsonP.PROVIDER.createArrayBuilder().add(dataset(label, bars, colour)));
        return chart("bar", data, horizontal);
    }

    private static String chart(String type, JsonObjectBuilder data, boolean horizontal) {
        JsonObjectBuilder options = JsonP.PROVIDER.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                .add("animation", false);
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        return JsonP.PROVIDER.createObjectBuilder().add("type", type).add("data", data).add("options", options).build().toString();
    }

    private static JsonArrayBuilder labels(List<Dashboard.Bar> bars) {
        JsonArrayBuilder labels = JsonP.PROVIDER.createArrayBuilder();
        bars.forEach(b -> labels.add(b.label()));
        return labels;
    }

    private static JsonObjectBuilder dataset(String label, List<Dashboard.Bar> bars, String colour) {
        JsonArrayBuilder values = JsonP.PROVIDER.createArrayBuilder();
        bars.forEach(b -> {
            if (b.value() == null) {
                values.addNull();
            } else {
                values.add(b.value());
            }
        });
        return JsonP.PROVIDER.createObjectBuilder().add("label", label).add("data", values).add("backgroundColor", colour);
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }
}
