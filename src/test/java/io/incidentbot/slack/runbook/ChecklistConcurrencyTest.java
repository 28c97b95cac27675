package io.incidentbot.slack.runbook;

import static io.incidentbot.slack.runbook.Checklists.cardSaying;
import static io.incidentbot.slack.runbook.Checklists.checklist;
import static io.incidentbot.slack.runbook.Checklists.ephemerals;
import static io.incidentbot.slack.runbook.Checklists.events;
import static io.incidentbot.slack.runbook.Checklists.itemText;
import static io.incidentbot.slack.runbook.Checklists.open;
import static io.incidentbot.slack.runbook.Checklists.toggle;
import static org.assertj.core.api.Assertions.assertThat;

import io.incidentbot.support.FakeSlack.Call;
import io.incidentbot.support.TestBot;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Many people clicking one checklist in the same instant: every tick is kept, shown, and counted once. */
class ChecklistConcurrencyTest {
    static final int PEOPLE = 20;
    static final String CONFIG = """
            runbooks:
              - id: drill
                title: Drill
                items:
            %s
            runbook_defaults:
              all: [drill]
              by_area: []
            """.formatted(IntStream.rangeClosed(1, 25)
            .mapToObj(i -> "      - { id: step-%02d, text: Step %d of the drill, required: true }".formatted(i, i))
            .reduce((a, b) -> a + "\n" + b).orElseThrow());

    @TempDir
    Path dir;
    TestBot bot;
    ExecutorService people = Executors.newFixedThreadPool(PEOPLE);

    @BeforeEach
    void start() throws Exception {
        bot = TestBot.start(dir, CONFIG);
    }

    @AfterEach
    void stop() throws Exception {
        people.shutdownNow();
        bot.close();
    }

    static String person(int i) {
        return "U0P%02d".formatted(i);
    }

    static String step(int i) {
        return "step-%02d".formatted(i);
    }

    /** Runs every click at once (released together) and returns the acks. */
    List<HttpResponse<String>> together(List<Callable<HttpResponse<String>>> clicks) throws Exception {
        CountDownLatch ready = new CountDownLatch(clicks.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> acks = new ArrayList<>();
        for (Callable<HttpResponse<String>> click : clicks) {
            acks.add(people.submit(() -> {
                ready.countDown();
                go.await();
                return click.call();
            }));
        }
        ready.await();
        go.countDown();
        List<HttpResponse<String>> done = new ArrayList<>();
        for (Future<HttpResponse<String>> ack : acks) {
            done.add(ack.get());
        }
        return done;
    }

    @Test
    void twentyPeopleTickingDifferentItemsAtOnceAreAllStoredAndAllShown() throws Exception {
        open(bot, "Game day", "other");
        Call checklist = checklist(bot, "Drill");
        cardSaying(bot, "Checklist 0/25");

        List<Callable<HttpResponse<String>>> clicks = new ArrayList<>();
        for (int i = 1; i <= PEOPLE; i++) {
            int who = i;
            clicks.add(() -> bot.click(person(who), checklist, toggle(step(who))));
        }
        assertThat(together(clicks)).allSatisfy(ack -> assertThat(ack.statusCode()).isEqualTo(200));

        bot.slack.awaitMessage(checklist.param("ts"), m -> m.allText().contains(PEOPLE + "/25 done"));
        cardSaying(bot, "Checklist " + PEOPLE + "/25");
        bot.slack.awaitQuiet(200);
        Call last = bot.slack.message(checklist.param("ts")); // the final state, after every update
        for (int i = 1; i <= PEOPLE; i++) {
            assertThat(itemText(last, step(i))).startsWith("✅ Step " + i + " ").contains("<@" + person(i) + ">");
        }
        assertThat(itemText(last, step(PEOPLE + 1))).startsWith("⬜");
        assertThat(events(bot, "checklist item ticked")).hasSize(PEOPLE);
        long updates = bot.slack.calls("chat.update").stream()
                .filter(c -> c.param("ts").equals(checklist.param("ts"))).count();
        System.out.printf("%d simultaneous ticks → %d chat.update of the checklist%n", PEOPLE, updates);
        assertThat(updates).isBetween(1L, (long) PEOPLE);
        assertThat(ephemerals(bot)).isEmpty();
    }

    @Test
    void theSameItemTickedByManyAtOnceIsTickedOnce() throws Exception {
        open(bot, "Game day", "other");
        Call checklist = checklist(bot, "Drill");

        List<Callable<HttpResponse<String>>> clicks = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            int who = i;
            clicks.add(() -> bot.click(person(who), checklist, toggle(step(1))));
        }
        assertThat(together(clicks)).allSatisfy(ack -> assertThat(ack.statusCode()).isEqualTo(200));

        bot.slack.awaitMessage(checklist.param("ts"), m -> m.allText().contains("1/25 done"));
        bot.slack.await("response_url", 9);
        bot.slack.awaitQuiet(200);
        assertThat(events(bot, "checklist item ticked")).singleElement().satisfies(tick -> {
            assertThat(ephemerals(bot)).hasSize(9).allSatisfy(told ->
                    assertThat(told).startsWith("Already ticked by <@" + tick.actor() + ">"));
            assertThat(itemText(bot.slack.message(checklist.param("ts")), step(1))).contains("<@" + tick.actor() + ">");
        });
    }
}
