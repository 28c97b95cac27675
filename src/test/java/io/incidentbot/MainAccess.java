package io.incidentbot;

import java.util.Map;
import picocli.CommandLine;

/** The command line as {@code java -jar} builds it, for tests outside this package. */
public final class MainAccess {
    private MainAccess() {
    }

    public static CommandLine commandLine(Map<String, String> env) {
        return Main.commandLine(env);
    }
}
