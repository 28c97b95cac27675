package io.incidentbot.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import io.incidentbot.comms.CustomerUpdates;
import io.incidentbot.config.Settings;
import io.incidentbot.evidence.EvidenceService;
import io.incidentbot.incident.Escalations;
import io.incidentbot.incident.IncidentService;
import io.incidentbot.incident.LifecycleService;
import io.incidentbot.incident.TriageService;
import io.incidentbot.redaction.Redactor;
import io.incidentbot.report.SupportReports;
import io.incidentbot.role.Authority;
import io.incidentbot.role.RoleService;
import io.incidentbot.runbook.ChecklistService;
import io.incidentbot.schedule.TimerService;
import io.incidentbot.slack.comms.CommsFeature;
import io.incidentbot.slack.evidence.EvidenceFeature;
import io.incidentbot.slack.incident.IncidentCommand;
import io.incidentbot.slack.incident.IncidentFeature;
import io.incidentbot.slack.incident.IncidentLocator;
import io.incidentbot.slack.lifecycle.LifecycleFeature;
import io.incidentbot.slack.report.ReportFeature;
import io.incidentbot.slack.role.RoleFeature;
import io.incidentbot.slack.runbook.ChecklistFeature;
import io.incidentbot.slack.triage.TriageFeature;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Slack side of the bot: a Bolt app with every feature registered, served over HTTP (Jetty,
 * behind {@link SlackHttpEdge}) or Socket Mode. {@code /healthz} is served in both modes.
 */
public final class SlackApp implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SlackApp.class);

    /** The domain services the Slack layer drives, and the storage it closes last. */
    public record Services(io.incidentbot.config.AppConfig config, IncidentService incidents, Authority authority,
                           RoleService roles, TriageService triage, LifecycleService lifecycle,
                           Escalations escalations, TimerService timers, ChecklistService checklists,
                           EvidenceService evidence, SupportReports reports, Redactor redactor,
                           CustomerUpdates customerUpdates, AutoCloseable storage) {
    }

    private final Server server;
    private final SocketModeApp socketMode;
    private final AfterAck afterAck;
    private final TimerPoller timers;
    private final AutoCloseable storage;

    private SlackApp(Server server, SocketModeApp socketMode, AfterAck afterAck, TimerPoller timers,
                     AutoCloseable storage) {
        this.server = server;
        this.socketMode = socketMode;
        this.afterAck = afterAck;
        this.timers = timers;
        this.storage = storage;
    }

    public static SlackApp start(Settings settings, Services services, Clock clock) throws Exception {
        SlackConfig slackConfig = new SlackConfig();
        slackConfig.setMethodsEndpointUrlPrefix(settings.slackApiUrl());
        slackConfig.setPrettyResponseLoggingEnabled(false);
        Slack slack = Slack.getInstance(slackConfig);
        App app = new App(AppConfig.builder()
                .slack(slack)
                .singleTeamBotToken(settings.botToken())
                .signingSecret(settings.signingSecret().orElse(null))
                .requestVerificationEnabled(false) // SlackHttpEdge verifies, stricter than Bolt does
                .build());
        AfterAck afterAck = new AfterAck(4);
        TimerPoller timers = new TimerPoller(services.timers(), settings.timerPoll());
        Features features = register(app, slack, services, afterAck, timers, clock);

        SocketModeApp socketMode = null;
        if (settings.socketMode()) {
            socketMode = new SocketModeApp(settings.appToken().orElseThrow(), SocketModeClient.Backend.JavaWebSocket, app);
            socketMode.startAsync();
        } else {
            app.start();
        }
        // in Socket Mode events arrive over the socket; HTTP then serves /healthz only
        Server server = httpServer(settings.port(), new SlackHttpEdge(app,
                settings.socketMode() ? java.util.Optional.empty() : settings.signingSecret(), clock));
        server.start();
        SlackApp running = new SlackApp(server, socketMode, afterAck, timers, services.storage());
        features.incidents().resumeUnfinishedSetups();
        features.checklists().resumeUnpostedChecklists();
        features.comms().resume();
        timers.start();
        log.info("incident-bot ready: {} mode, HTTP on port {}", settings.socketMode() ? "Socket" : "HTTP", running.port());
        return running;
    }

    /** The registered features that have work to resume at start-up. */
    private record Features(IncidentFeature incidents, ChecklistFeature checklists, CommsFeature comms) {
    }

    private static Features register(App app, Slack slack, Services services, AfterAck afterAck, TimerPoller timers,
                                     Clock clock) {
        Notices notices = new Notices(slack, app.client(), SlackCalls.afterAck());
        IncidentFeature incidents = new IncidentFeature(app, services.config(), services.incidents(), notices,
                afterAck, clock);
        FeatureContext ctx = new FeatureContext(app, services.config(), services.incidents(), services.authority(),
                notices, afterAck, incidents, new IncidentLocator(services.incidents(), services.config()),
                new SlackUserGroups(app.client(), clock), new ChangeReplies(services.config()), timers, clock);
        // card parts and set-up steps come in this order, below the card's facts
        RoleFeature roles = new RoleFeature(ctx, services.roles());
        TriageFeature triage = new TriageFeature(ctx, services.triage(), services.escalations());
        LifecycleFeature lifecycle = new LifecycleFeature(ctx, services.lifecycle());
        ChecklistFeature checklists = new ChecklistFeature(app, services.config(), services.incidents(),
                services.checklists(), incidents.cards(), notices, afterAck, clock);
        incidents.cards().add(checklists.cardPart());
        incidents.addSetupStep(checklists.setupStep());
        EvidenceFeature evidence = new EvidenceFeature(app, services.config(), services.incidents(), services.evidence(),
                services.redactor(), incidents.cards(), notices, afterAck, clock);
        ReportFeature reports = new ReportFeature(app, services.config(), services.incidents(), services.reports(),
                notices, afterAck);
        CommsFeature comms = new CommsFeature(ctx, services.customerUpdates());
        List<Subcommand> subcommands = new ArrayList<>(incidents.subcommands());
        subcommands.addAll(roles.subcommands());
        subcommands.addAll(triage.subcommands());
        subcommands.addAll(lifecycle.subcommands());
        subcommands.addAll(checklists.subcommands());
        subcommands.addAll(evidence.subcommands());
        subcommands.addAll(reports.subcommands());
        subcommands.addAll(comms.subcommands());
        IncidentCommand command = new IncidentCommand(subcommands);
        app.command(IncidentCommand.NAME, Handlers.command(command::handle));
        return new Features(incidents, checklists, comms);
    }

    static Server httpServer(int port, SlackHttpEdge edge) {
        QueuedThreadPool threads = new QueuedThreadPool(64, 4);
        threads.setName("http");
        Server server = new Server(threads);
        ServerConnector connector = new ServerConnector(server);
        connector.setPort(port);
        connector.setShutdownIdleTimeout(50); // on stop, idle keep-alive connections go at once; requests finish
        server.addConnector(connector);
        server.setHandler(edge);
        server.setStopTimeout(5_000);
        return server;
    }

    /** The bound HTTP port (useful when PORT=0). */
    public int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    /** Blocks until the server stops. */
    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() throws Exception {
        if (socketMode != null) {
            socketMode.close();
        }
        server.stop();
        timers.close();
        afterAck.close(); // finish acknowledged work before the store goes away
        storage.close();
    }
}
