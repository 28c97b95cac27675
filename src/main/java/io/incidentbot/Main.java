package io.incidentbot;

import io.incidentbot.common.IncidentId;
import io.incidentbot.comms.CustomerUpdates;
import io.incidentbot.comms.UpdateSchedule;
import io.incidentbot.config.AppConfig;
import io.incidentbot.config.ConfigException;
import io.incidentbot.config.ConfigLoader;
import io.incidentbot.config.Settings;
import io.incidentbot.db.Database;
import io.incidentbot.evidence.EvidenceService;
import io.incidentbot.evidence.MissingEvidenceCheck;
import io.incidentbot.incident.Escalations;
import io.incidentbot.incident.GuardedChanges;
import io.incidentbot.incident.IncidentService;
import io.incidentbot.incident.LifecycleService;
import io.incidentbot.incident.ResolveCheck;
import io.incidentbot.incident.ResponseTimers;
import io.incidentbot.incident.TriageService;
import io.incidentbot.redaction.Redactor;
import io.incidentbot.report.SupportReport;
import io.incidentbot.report.SupportReports;
import io.incidentbot.role.Authority;
import io.incidentbot.role.RoleService;
import io.incidentbot.runbook.ChecklistService;
import io.incidentbot.runbook.UntickedRequiredItems;
import io.incidentbot.schedule.TimerService;
import io.incidentbot.slack.SlackApp;
import io.incidentbot.cli.RedactCommand;
import io.incidentbot.redaction.RedactionRules;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.function.Supplier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Composition root and command line. Wiring only. */
@Command(name = "incident-bot", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Slack incident-response bot for support teams.",
        subcommands = {Main.Run.class, Main.Migrate.class, Main.CheckConfig.class, Main.Export.class})
public final class Main implements Callable<Integer> {
    static final int BAD_INPUT = 2;

    private final Map<String, String> env;

    Main(Map<String, String> env) {
        this.env = env;
    }

    public static void main(String[] args) {
        System.exit(commandLine(System.getenv(), System.in, System.out, System.err).execute(args));
    }

    /** The command line, reading settings from {@code env} (the process environment in production). */
    static CommandLine commandLine(Map<String, String> env) {
        return commandLine(env, System.in, System.out, System.err);
    }

    /** As above; {@code redact} reads {@code in} and writes {@code out} and {@code err}. */
    static CommandLine commandLine(Map<String, String> env, InputStream in, PrintStream out, PrintStream err) {
        Supplier<RedactionRules> rules = () -> ConfigLoader.load(Settings.offline(env).configFile()).redaction();
        return new CommandLine(new Main(env))
                .addSubcommand("redact", new RedactCommand(rules, in, out, err).commandLine())
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    if (e instanceof ConfigException config) {
                        config.problems().forEach(p -> cmd.getErr().println("incident-bot: " + p));
                        return BAD_INPUT;
                    }
                    throw e;
                });
    }

    /** No subcommand: run the bot. */
    @Override
    public Integer call() throws Exception {
        Run run = new Run();
        run.main = this;
        return run.call();
    }

    /** Starts the bot with everything wired; the caller closes it. */
    public static SlackApp start(Settings settings, Clock clock) throws Exception {
        return start(settings, clock, List.of());
    }

    /**
     * @param resolveChecks what must be done before resolving, besides the built-in checks (required
     *                      checklist items, required evidence)
     */
    public static SlackApp start(Settings settings, Clock clock, List<ResolveCheck> resolveChecks) throws Exception {
        AppConfig config = ConfigLoader.load(settings.configFile());
        Database database = Database.open(settings.database());
        database.migrate();
        TimerService timers = new TimerService(database, clock);
        ResponseTimers responseTimers = new ResponseTimers(timers, config.severities());
        UpdateSchedule updateSchedule = new UpdateSchedule(timers, config.severities(), config.comms().remindAfter());
        responseTimers.listen(updateSchedule);
        IncidentService incidents = new IncidentService(database, clock, responseTimers);
        ChecklistService checklists = new ChecklistService(database, clock);
        EvidenceService evidence = new EvidenceService(database, clock, config.evidence());
        List<ResolveCheck> checks = new ArrayList<>(List.of(new UntickedRequiredItems(checklists),
                new MissingEvidenceCheck(incidents, evidence)));
        checks.addAll(resolveChecks);
        Redactor redactor = new Redactor(config.redaction());
        SupportReports reports = new SupportReports(incidents, evidence, config, redactor, database, clock);
        GuardedChanges changes = new GuardedChanges(database, clock, new Authority(config.permissions()));
        CustomerUpdates customerUpdates = new CustomerUpdates(database, clock, config, incidents, evidence, redactor,
                changes.authority(), updateSchedule);
        return SlackApp.start(settings, new SlackApp.Services(config, incidents, changes.authority(),
                new RoleService(changes, config.roles()),
                new TriageService(changes, responseTimers, database),
                new LifecycleService(changes, responseTimers, config.lifecycle(), checks),
                new Escalations(database, changes, responseTimers, config.matrix()),
                timers, checklists, evidence, reports, redactor, customerUpdates, database), clock);
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Run the bot (the default): Socket Mode when SLACK_APP_TOKEN is set, HTTP on PORT otherwise.")
    static final class Run implements Callable<Integer> {
        @CommandLine.ParentCommand
        Main main;

        @Override
        public Integer call() throws Exception {
            SlackApp app = start(Settings.fromEnv(main.env), Clock.systemUTC());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    app.close();
                } catch (Exception ignored) {
                    // shutting down anyway
                }
            }));
            app.join();
            return 0;
        }
    }

    @Command(name = "migrate", mixinStandardHelpOptions = true,
            description = "Create or upgrade the database named by INCIDENT_DB, then exit.")
    static final class Migrate implements Callable<Integer> {
        @CommandLine.ParentCommand
        Main main;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Settings settings = Settings.offline(main.env);
            int applied;
            try (Database database = Database.open(settings.database())) {
                applied = database.migrate();
            }
            spec.commandLine().getOut().println("Database " + settings.database() + " is up to date ("
                    + applied + " migration" + (applied == 1 ? "" : "s") + " applied).");
            return 0;
        }
    }

    @Command(name = "check-config", mixinStandardHelpOptions = true,
            description = "Validate a config file (default: INCIDENT_CONFIG, else the built-in defaults) and list every problem.")
    static final class CheckConfig implements Callable<Integer> {
        @CommandLine.ParentCommand
        Main main;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(arity = "0..1", paramLabel = "FILE", description = "YAML file to check")
        Path file;

        @Override
        public Integer call() {
            Optional<Path> target = Optional.ofNullable(file).or(() -> Settings.offline(main.env).configFile());
            String name = target.map(Path::toString).orElse("built-in defaults");
            try {
                AppConfig config = ConfigLoader.load(target);
                spec.commandLine().getOut().println(name + ": OK (" + config.severities().levels().size()
                        + " severities, " + config.areas().size() + " areas, " + config.roles().size() + " roles, "
                        + config.triage().rules().size() + " triage rules, " + config.runbooks().runbooks().size()
                        + " runbooks)");
                return 0;
            } catch (ConfigException e) {
                e.problems().forEach(p -> spec.commandLine().getErr().println(name + ": " + p));
                spec.commandLine().getErr().println(e.problems().size() + " problem"
                        + (e.problems().size() == 1 ? "" : "s") + " found");
                return BAD_INPUT;
            }
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Print an incident's support report (Markdown, redacted: the same as /incident report) "
                    + "from the database named by INCIDENT_DB.")
    static final class Export implements Callable<Integer> {
        @CommandLine.ParentCommand
        Main main;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "INCIDENT", description = "the incident: INC-7, #7 or 7")
        String incident;

        @Option(names = "--team", paramLabel = "TEAM_ID",
                description = "Slack workspace id (T...); needed when the database holds more than one workspace")
        String team;

        @Override
        public Integer call() {
            Settings settings = Settings.offline(main.env);
            AppConfig config = ConfigLoader.load(settings.configFile());
            String prefix = config.incident().idPrefix();
            Optional<Integer> number = IncidentId.parseNumber(incident, prefix);
            if (number.isEmpty()) {
                return fail("'" + incident + "' is not an incident; name it like " + prefix + "-7 or 7");
            }
            if (!settings.database().startsWith("jdbc:") && !Files.exists(Path.of(settings.database()))) {
                return fail("no database at " + settings.database() + " (set INCIDENT_DB to the bot's database file)");
            }
            try (Database database = Database.open(settings.database())) {
                database.migrate();
                Clock clock = Clock.systemUTC();
                IncidentService incidents = new IncidentService(database, clock);
                List<String> teams = incidents.teams();
                String teamId = team != null ? team : teams.size() == 1 ? teams.get(0) : null;
                if (teamId == null) {
                    return fail(teams.isEmpty() ? "there are no incidents in " + settings.database()
                            : "the database holds " + teams.size() + " workspaces " + teams + "; choose one with --team");
                }
                EvidenceService evidence = new EvidenceService(database, clock, config.evidence());
                SupportReports reports = new SupportReports(incidents, evidence, config, new Redactor(config.redaction()),
                        database, clock);
                Optional<SupportReport> report = reports.build(new IncidentId(teamId, number.get()));
                if (report.isEmpty()) {
                    return fail("no incident " + prefix + "-" + number.get() + " in workspace " + teamId);
                }
                spec.commandLine().getOut().print(report.get().markdown());
                spec.commandLine().getOut().flush();
                return 0;
            }
        }

        private int fail(String message) {
            spec.commandLine().getErr().println("incident-bot: " + message);
            return BAD_INPUT;
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws Exception {
            Properties props = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("/incident-bot-version.properties")) {
                if (in != null) {
                    props.load(in);
                }
            }
            return new String[] {"incident-bot " + props.getProperty("version", "unknown")};
        }
    }
}
