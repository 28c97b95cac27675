package io.incidentbot.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import io.incidentbot.Main;
import io.incidentbot.config.Settings;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.jetty.server.Server;

/**
 * A server process for the benchmarks: {@code real} is the bot as {@code java -jar} runs it;
 * {@code noop} is a Bolt app whose handlers only ack, behind the same HTTP edge (the framework floor).
 * Usage: BenchServer real|noop PORT DB_FILE SLACK_API_URL SIGNING_SECRET BOT_TOKEN
 */
public final class BenchServer {
    public static void main(String[] args) throws Exception {
        String mode = args[0];
        int port = Integer.parseInt(args[1]);
        Settings settings = new Settings(args[5], Optional.of(args[4]), Optional.empty(), port, args[3], args[2],
                Optional.empty());
        if (mode.equals("real")) {
            Main.start(settings, Clock.systemUTC());
        } else {
            SlackConfig slackConfig = new SlackConfig();
            slackConfig.setMethodsEndpointUrlPrefix(settings.slackApiUrl());
            App app = new App(AppConfig.builder().slack(Slack.getInstance(slackConfig))
                    .singleTeamBotToken(settings.botToken()).signingSecret(args[4])
                    .requestVerificationEnabled(false).build());
            app.command("/incident", (req, ctx) -> ctx.ack());
            app.viewSubmission("incident-open", (req, ctx) -> ctx.ack());
            app.blockAction(java.util.regex.Pattern.compile(".*"), (req, ctx) -> ctx.ack());
            app.start();
            Server server = SlackApp.httpServer(port, new SlackHttpEdge(app, Optional.of(args[4]), Clock.systemUTC()));
            server.start();
        }
        System.out.println("READY");
        System.out.flush();
        Thread.currentThread().join();
    }
}
