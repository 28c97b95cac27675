package io.incidentbot.slack.report;

import com.slack.api.bolt.App;
import io.incidentbot.config.AppConfig;
import io.incidentbot.incident.IncidentService;
import io.incidentbot.report.SupportReports;
import io.incidentbot.slack.AfterAck;
import io.incidentbot.slack.Notices;
import io.incidentbot.slack.SlackCalls;
import io.incidentbot.slack.Subcommand;
import io.incidentbot.slack.incident.IncidentLocator;
import java.util.List;

/** The support report in Slack. */
public final class ReportFeature {
    private final List<Subcommand> subcommands;

    public ReportFeature(App app, AppConfig config, IncidentService incidents, SupportReports reports, Notices notices,
                         AfterAck afterAck) {
        ReportUpload upload = new ReportUpload(app.client(), SlackCalls.afterAck(), reports, notices);
        this.subcommands = List.of(new ReportCommand(new IncidentLocator(incidents, config), upload, afterAck,
                config.incident().idPrefix()));
    }

    public List<Subcommand> subcommands() {
        return subcommands;
    }
}
