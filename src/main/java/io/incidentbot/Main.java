package io.incidentbot;

import io.incidentbot.config.AppConfig;
import io.incidentbot.config.ConfigException;
import io.incidentbot.config.ConfigLoader;
import io.incidentbot.config.Settings;
import io.incidentbot.db.Database;
import io.incidentbot.incident.Escalations;
import io.incidentbot.incident.GuardedChanges;
import io.incidentbot.incident.IncidentService;
import io.incidentbot.incident.LifecycleService;
import io.incidentbot.incident.ResolveCheck;
import io.incidentbot.incident.ResponseTimers;
import io.incidentbot.incident.TriageService;
import io.incidentbot.role.Authority;
import io.incidentbot.role.RoleService;
import io.incidentbot.schedule.TimerService;
import io.incidentbot.slack.SlackApp;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Composition root and command line. Wiring only. */
@Command(name = "incident-bot", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Slack incident-response bot for support teams.",
        subcommands = {Main.Run.class, Main.Migrate.class, Main.CheckConfig.class})
public final class Main implements Callable<Integer> {
    static final int BAD_INPUT = 2;

    private final Map<String, String> env;

    Main(Map<String, String> env) {
        this.env = env;
    }

    public static void main(String[] args) {
        System.exit(commandLine(System.getenv()).execute(args));
    }

    /** The command line, reading settings from {@code env} (the process environment in production). */
    static CommandLine commandLine(Map<String, String> env) {
        return new CommandLine(new Main(env)).setExecutionExceptionHandler((e, cmd, parsed) -> {
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
     * @param resolveChecks what features say must be done before resolving (none yet: the runbook
     *                      checklist will register one)
     */
    public static SlackApp start(Settings settings, Clock clock, List<ResolveCheck> resolveChecks) throws Exception {
        AppConfig config = ConfigLoader.load(settings.configFile());
        Database database = Database.open(settings.database());
        database.migrate();
        TimerService timers = new TimerService(database, clock);
        ResponseTimers responseTimers = new ResponseTimers(timers, config.severities());
        IncidentService incidents = new IncidentService(database, clock, responseTimers);
        GuardedChanges changes = new GuardedChanges(database, clock, new Authority(config.permissions()));
        return SlackApp.start(settings, new SlackApp.Services(config, incidents, changes.authority(),
                new RoleService(changes, config.roles()),
                new TriageService(changes, responseTimers, database),
                new LifecycleService(changes, responseTimers, config.lifecycle(), resolveChecks),
                new Escalations(database, changes, responseTimers, config.matrix()),
                timers, database), clock);
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
                        + config.triage().rules().size() + " triage rules)");
                return 0;
            } catch (ConfigException e) {
                e.problems().forEach(p -> spec.commandLine().getErr().println(name + ": " + p));
                spec.commandLine().getErr().println(e.problems().size() + " problem"
                        + (e.problems().size() == 1 ? "" : "s") + " found");
                return BAD_INPUT;
            }
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
