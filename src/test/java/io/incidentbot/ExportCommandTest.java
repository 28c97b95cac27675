package io.incidentbot;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentbot.db.Database;
import io.incidentbot.incident.IncidentService;
import io.incidentbot.incident.NewIncident;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code export INC-7}: the support report on standard output, and clear refusals. */
class ExportCommandTest {
    @TempDir
    Path dir;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(Map<String, String> env, String... args) {
        CommandLine cli = Main.commandLine(env);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    Map<String, String> databaseWith(String... teams) {
        Path file = dir.resolve("bot.db");
        try (Database db = Database.open(file.toString())) {
            db.migrate();
            IncidentService incidents = new IncidentService(db, Clock.systemUTC());
            for (String team : teams) {
                incidents.open(new NewIncident(team, "Watcher publishes twice in " + team, "SEV2", "watcher", false,
                        false, "", Optional.empty(), "U0ALICE", "C0SUPPORT"));
            }
        }
        return Map.of("INCIDENT_DB", file.toString());
    }

    @Test
    void withOneWorkspaceTheTeamIsImplied() {
        assertThat(run(databaseWith("T1"), "export", "inc-1")).isZero();

        assertThat(out.toString()).startsWith("# Support report: INC-1 · Watcher publishes twice in T1")
                .contains("## Removed before sharing");
    }

    @Test
    void withSeveralWorkspacesTheTeamMustBeNamed() {
        Map<String, String> env = databaseWith("T1", "T2");

        assertThat(run(env, "export", "INC-1")).isEqualTo(2);
        assertThat(err.toString()).contains("incident-bot: the database holds 2 workspaces [T1, T2]; choose one with --team");
        assertThat(run(env, "export", "#1", "--team", "T2")).isZero();
        assertThat(out.toString()).contains("Watcher publishes twice in T2");
    }

    @Test
    void anUnknownIncidentExitsTwoWithAMessage() {
        Map<String, String> env = databaseWith("T1");

        assertThat(run(env, "export", "INC-7")).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("incident-bot: no incident INC-7 in workspace T1");
        assertThat(run(env, "export", "yesterday's")).isEqualTo(2);
        assertThat(err.toString()).contains("'yesterday's' is not an incident; name it like INC-7 or 7");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aMissingDatabaseIsNotCreated() {
        Path missing = dir.resolve("nowhere.db");

        assertThat(run(Map.of("INCIDENT_DB", missing.toString()), "export", "INC-1")).isEqualTo(2);
        assertThat(err.toString()).contains("no database at " + missing);
        assertThat(missing).doesNotExist();
        assertThat(run(databaseWith(), "export", "1")).isEqualTo(2);
        assertThat(err.toString()).contains("there are no incidents in");
    }

    @Test
    void helpListsExport() throws Exception {
        assertThat(run(Map.of(), "--help")).isZero();
        assertThat(out.toString()).contains("export");
        assertThat(Files.exists(dir.resolve("bot.db"))).isFalse();
    }
}
