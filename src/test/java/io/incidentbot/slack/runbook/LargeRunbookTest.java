package io.incidentbot.slack.runbook;

import static io.incidentbot.slack.runbook.Checklists.blocks;
import static io.incidentbot.slack.runbook.Checklists.buttons;
import static io.incidentbot.slack.runbook.Checklists.cardSaying;
import static io.incidentbot.slack.runbook.Checklists.itemText;
import static io.incidentbot.slack.runbook.Checklists.open;
import static io.incidentbot.slack.runbook.Checklists.toggle;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.incidentbot.support.FakeSlack.Call;
import io.incidentbot.support.TestBot;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 120-item runbook within Slack's limits: split over messages, text clamped, ids stable across re-renders. */
class LargeRunbookTest {
    static final String LONG = "Check <!channel> & <https://evil.example|this> " + "very long step ".repeat(250);
    static final String CONFIG = """
            runbooks:
              - id: big
                title: Big Runbook
                sections:
            %s
            runbook_defaults:
              all: [big]
              by_area: []
            """.formatted(IntStream.rangeClosed(1, 6).mapToObj(LargeRunbookTest::section)
            .collect(Collectors.joining("\n")));

    static String section(int s) {
        String items = IntStream.rangeClosed(1, 20).map(i -> (s - 1) * 20 + i)
                .mapToObj(n -> "              - { id: item-%03d, text: %s, role: %s, required: %s }".formatted(n,
                        n % 40 == 7 ? "'" + LONG + "'" : "Item " + n,
                        List.of("owner", "comms-owner", "rollback-owner").get(n % 3), n % 2 == 0))
                .collect(Collectors.joining("\n"));
        return "          - title: Section " + s + "\n            items:\n" + items;
    }

    @TempDir
    Path dir;
    TestBot bot;

    @BeforeEach
    void start() throws Exception {
        bot = TestBot.start(dir, CONFIG);
    }

    @AfterEach
    void stop() throws Exception {
        bot.close(); // fails the test if any message broke a Block Kit limit
    }

    List<Call> pages() {
        Call first = bot.slack.awaitPosted(m -> m.param("text").startsWith("INC-1 checklist: Big Runbook (0/120 done"));
        int count = Integer.parseInt(first.param("text").replaceAll(".*part 1 of (\\d+)\\).*", "$1"));
        for (int page = 2; page <= count; page++) {
            String part = "part " + page + " of " + count + ")";
            bot.slack.awaitPosted(m -> m.param("text").endsWith(part));
        }
        return bot.slack.messagesIn(first.param("channel")).stream()
                .filter(m -> m.param("text").startsWith("INC-1 checklist")).toList();
    }

    @Test
    void itIsSplitOverMessagesOfAtMostFiftyBlocksWithEveryItemOnce() {
        open(bot, "Big drill", "other");

        List<Call> pages = pages();

        System.out.printf("120-item runbook: %d messages, blocks %s%n", pages.size(),
                pages.stream().map(p -> blocks(p).size()).toList());
        assertThat(pages).hasSize(3);
        assertThat(pages).allSatisfy(p -> assertThat(blocks(p).size()).isLessThanOrEqualTo(50));
        List<String> actions = pages.stream().flatMap(p -> buttons(p).stream())
                .map(b -> b.path("action_id").asText()).toList();
        assertThat(actions).hasSize(120).doesNotHaveDuplicates().startsWith(toggle("item-001"))
                .endsWith(toggle("item-120"));
        assertThat(pages.get(0).allText()).contains("📋 Big Runbook", "INC-1 · 0/120 done · 60 required open");
        assertThat(pages.get(1).allText()).contains("INC-1 · Big Runbook · part 2 of 3", "(continued)");
        String clamped = itemText(pages.get(0), "item-007");
        assertThat(clamped).hasSizeLessThanOrEqualTo(3000).endsWith("… _— Comms owner_").startsWith("⬜ Check &lt;!channel&gt; &amp; "
                + "&lt;https://evil.example|this&gt;");
        cardSaying(bot, "Checklist 0/120");
    }

    @Test
    void aTickUpdatesOnlyTheMessagesThatChangeAndKeepsEveryId() {
        open(bot, "Big drill", "other");
        List<Call> before = pages();
        cardSaying(bot, "Checklist 0/120");
        Call last = before.get(2);

        bot.click(TestBot.USER, last, toggle("item-120"));

        Call after = bot.slack.awaitMessage(last.param("ts"), m -> itemText(m, "item-120").startsWith("✅"));
        bot.slack.awaitMessage(before.get(0).param("ts"), m -> m.allText().contains("1/120 done"));
        cardSaying(bot, "Checklist 1/120");
        bot.slack.awaitQuiet(100);
        assertThat(bot.slack.calls("chat.update")).extracting(c -> c.param("ts"))
                .doesNotContain(before.get(1).param("ts")); // page 2 shows nothing that changed
        for (int page = 0; page < 3; page++) {
            Call now = bot.slack.message(before.get(page).param("ts"));
            assertThat(ids(now)).isEqualTo(ids(before.get(page)));
        }
        assertThat(itemText(after, "item-120")).contains("<@" + TestBot.USER + ">");
    }

    private static Set<String> ids(Call message) {
        Set<String> ids = new HashSet<>();
        for (JsonNode block : blocks(message)) {
            ids.add("block:" + block.path("block_id").asText());
            ids.add("action:" + block.path("accessory").path("action_id").asText());
        }
        return ids;
    }
}
