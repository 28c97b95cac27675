package io.incidentbot.config;

import java.net.URI;
import java.time.Duration;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The runtime contract: everything the bot reads from the environment. A missing or malformed
 * value stops start-up with one line naming the variable and how to fix it.
 */
public record Settings(String botToken, Optional<String> signingSecret, Optional<String> appToken, int port,
                       String slackApiUrl, String database, Optional<Path> configFile, Duration timerPoll) {

    public static final String DEFAULT_SLACK_API_URL = "https://slack.com/api/";
    /** How often due timers (response targets, reminders) are looked for: minute-scale targets, so seconds. */
    public static final Duration DEFAULT_TIMER_POLL = Duration.ofSeconds(5);

    public Settings(String botToken, Optional<String> signingSecret, Optional<String> appToken, int port,
                    String slackApiUrl, String database, Optional<Path> configFile) {
        this(botToken, signingSecret, appToken, port, slackApiUrl, database, configFile, DEFAULT_TIMER_POLL);
    }

    /** The same settings, looking for due timers this often (tests poll fast instead of sleeping). */
    public Settings withTimerPoll(Duration interval) {
        return new Settings(botToken, signingSecret, appToken, port, slackApiUrl, database, configFile, interval);
    }

    /** Socket Mode when an app-level token is given, HTTP mode otherwise. */
    public boolean socketMode() {
        return appToken.isPresent();
    }

    /** The settings the commands other than {@code run} need: no Slack tokens. */
    public static Settings offline(Map<String, String> env) {
        return new Settings("", Optional.empty(), Optional.empty(), 0, DEFAULT_SLACK_API_URL,
                database(env), configFile(env));
    }

    public static Settings fromEnv(Map<String, String> env) {
        String botToken = value(env, "SLACK_BOT_TOKEN").orElseThrow(() -> new ConfigException(
                "SLACK_BOT_TOKEN is not set: copy the Bot User OAuth Token (xoxb-...) from your Slack app's "
                        + "\"OAuth & Permissions\" page after installing the app to your workspace"));
        if (!botToken.startsWith("xoxb-")) {
            throw new ConfigException("SLACK_BOT_TOKEN must be a bot token starting with xoxb- "
                    + "(\"OAuth & Permissions\" page of your Slack app), not a user or app-level token");
        }
        Optional<String> appToken = value(env, "SLACK_APP_TOKEN");
        if (appToken.isPresent() && !appToken.get().startsWith("xapp-")) {
            throw new ConfigException("SLACK_APP_TOKEN must be an app-level token starting with xapp- "
                    + "(\"Basic Information\" > \"App-Level Tokens\", scope connections:write)");
        }
        Optional<String> signingSecret = value(env, "SLACK_SIGNING_SECRET");
        if (appToken.isEmpty() && signingSecret.isEmpty()) {
            throw new ConfigException("SLACK_SIGNING_SECRET is not set: HTTP mode needs the Signing Secret from your "
                    + "Slack app's \"Basic Information\" page (or set SLACK_APP_TOKEN to use Socket Mode)");
        }
        return new Settings(botToken, signingSecret, appToken, port(env), slackApiUrl(env), database(env),
                configFile(env));
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static int port(Map<String, String> env) {
        String text = value(env, "PORT").orElse("3000");
        try {
            int port = Integer.parseInt(text);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new ConfigException("PORT must be a TCP port number from 0 to 65535, not '" + text + "'");
    }

    private static String slackApiUrl(Map<String, String> env) {
        String url = value(env, "SLACK_API_URL").orElse(DEFAULT_SLACK_API_URL);
        try {
            URI uri = URI.create(url);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return url.endsWith("/") ? url : url + "/";
            }
        } catch (IllegalArgumentException ignored) {
            // reported below
        }
        throw new ConfigException("SLACK_API_URL must be an http(s) URL such as " + DEFAULT_SLACK_API_URL
                + ", not '" + url + "'");
    }

    private static String database(Map<String, String> env) {
        return value(env, "INCIDENT_DB").orElse("./incident-bot.db");
    }

    private static Optional<Path> configFile(Map<String, String> env) {
        return value(env, "INCIDENT_CONFIG").map(Path::of);
    }

    @Override
    public String toString() {
        // never print tokens or the signing secret
        return "Settings[mode=" + (socketMode() ? "socket" : "http") + ", port=" + port + ", slackApiUrl="
                + slackApiUrl + ", database=" + database + ", config=" + configFile.map(Path::toString).orElse("defaults")
                + "]";
    }
}
