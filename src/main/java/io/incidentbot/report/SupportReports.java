package io.incidentbot.report;

import io.incidentbot.audit.AuditDao;
import io.incidentbot.common.IncidentId;
import io.incidentbot.config.AppConfig;
import io.incidentbot.db.Database;
import io.incidentbot.evidence.Assessment;
import io.incidentbot.evidence.EvidenceService;
import io.incidentbot.incident.IncidentService;
import io.incidentbot.incident.IncidentView;
import io.incidentbot.redaction.Redactor;
import java.time.Clock;
import java.util.Optional;

/** Builds an incident's support report from what is stored; the same report for Slack and the command line. */
public final class SupportReports {
    private final IncidentService incidents;
    private final EvidenceService evidence;
    private final AppConfig config;
    private final SupportReportRenderer renderer;
    private final Database db;
    private final Clock clock;

    public SupportReports(IncidentService incidents, EvidenceService evidence, AppConfig config, Redactor redactor,
                          Database db, Clock clock) {
        this.incidents = incidents;
        this.evidence = evidence;
        this.config = config;
        this.renderer = new SupportReportRenderer(redactor);
        this.db = db.prepare(AuditDao.class);
        this.clock = clock;
    }

    /** The report, or empty when there is no such incident. */
    public Optional<SupportReport> build(IncidentId id) {
        return incidents.view(id).map(this::build);
    }

    private SupportReport build(IncidentView view) {
        var incident = view.incident();
        Assessment assessment = evidence.assess(incident);
        return renderer.render(new ReportFacts(incident.id().display(config.incident().idPrefix()), incident,
                config.severities().lookup(incident.severity()).title(), config.areaLabel(incident.area()),
                assessment, view.holder(assessment.routeOwnerRole()), config.roleLabel(assessment.routeOwnerRole()),
                evidence.rollback(incident.id()), incidents.timeline(incident.id()), clock.instant()));
    }

    /** Audits that a report left the bot (who shared it, and how much was removed). */
    public void recordShared(IncidentId id, String actor, SupportReport report, String where) {
        db.writing(h -> h.attach(AuditDao.class).append(id.teamId(), id.number(), clock.millis(), actor,
                "support report shared", null, report.filename() + " in " + where + " (" + report.removedSummary() + ")"));
    }
}
