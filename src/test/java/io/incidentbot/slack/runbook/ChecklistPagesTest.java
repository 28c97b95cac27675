package io.incidentbot.slack.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentbot.runbook.Checklist;
import io.incidentbot.runbook.ChecklistItem;
import io.incidentbot.runbook.Tick;
import io.incidentbot.slack.runbook.ChecklistPages.Heading;
import io.incidentbot.slack.runbook.ChecklistPages.Line;
import io.incidentbot.slack.runbook.ChecklistPages.Row;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** How checklists split over messages: within Slack's 50 blocks, every item once and in order, independent of ticks. */
class ChecklistPagesTest {

    static Checklist checklist(int items, int perSection, boolean ticked) {
        List<ChecklistItem> list = new ArrayList<>();
        for (int i = 1; i <= items; i++) {
            String section = perSection == 0 ? "" : "Section " + ((i - 1) / perSection + 1);
            list.add(new ChecklistItem("rb", "item-" + i, section, "Item " + i, Optional.empty(), i % 2 == 0,
                    ticked && i % 3 == 0 ? Optional.of(new Tick("U1", Instant.EPOCH)) : Optional.empty()));
        }
        return new Checklist("rb", "Runbook", list);
    }

    @ParameterizedTest(name = "{0} items, {1} per section → {2} message(s)")
    @CsvSource({"1, 0, 1", "48, 0, 1", "49, 0, 2", "16, 4, 1", "120, 20, 3", "120, 0, 3", "120, 1, 5", "200, 7, 5",
            "200, 0, 5"})
    void everyPageFitsAMessageAndEveryItemAppearsOnceInOrder(int items, int perSection, int expectedPages) {
        List<List<Row>> pages = ChecklistPages.of(checklist(items, perSection, false));

        assertThat(pages).hasSize(expectedPages);
        for (int p = 0; p < pages.size(); p++) {
            int overhead = p == 0 ? ChecklistPages.FIRST_PAGE_OVERHEAD : ChecklistPages.NEXT_PAGE_OVERHEAD;
            assertThat(pages.get(p).size() + overhead).isLessThanOrEqualTo(ChecklistPages.MAX_BLOCKS);
            assertThat(pages.get(p).get(pages.get(p).size() - 1)).isInstanceOf(Line.class); // no heading left alone
        }
        List<String> order = pages.stream().flatMap(List::stream).filter(Line.class::isInstance)
                .map(r -> ((Line) r).item().id()).toList();
        assertThat(order).hasSize(items).doesNotHaveDuplicates().startsWith("item-1").endsWith("item-" + items);
    }

    @Test
    void aSectionRunningOntoTheNextPageIsHeadedAgainAsContinued() {
        List<List<Row>> pages = ChecklistPages.of(checklist(120, 60, false));

        assertThat(pages.get(0).get(0)).isEqualTo(new Heading("Section 1", false));
        assertThat(pages.get(1).get(0)).isEqualTo(new Heading("Section 1", true));
        assertThat(pages.get(1)).contains(new Heading("Section 2", false));
    }

    @Test
    void ticksNeverMoveAnItemToAnotherPage() {
        List<List<String>> open = ids(ChecklistPages.of(checklist(120, 20, false)));
        List<List<String>> ticked = ids(ChecklistPages.of(checklist(120, 20, true)));

        assertThat(ticked).isEqualTo(open);
    }

    @Test
    void valuesRoundTripAndAnythingElseIsRefused() {
        ChecklistIds.Toggle toggle = new ChecklistIds.Toggle(7, "incident-response", "pause_and-preserve", false);
        assertThat(ChecklistIds.Toggle.decode(toggle.encode())).contains(toggle);
        ChecklistIds.AddRunbook add = new ChecklistIds.AddRunbook(12, "update-rollback");
        assertThat(ChecklistIds.AddRunbook.decode(add.encode())).contains(add);
        assertThat(ChecklistIds.Toggle.decode("7:rb:item:flip")).isEmpty();
        assertThat(ChecklistIds.Toggle.decode("7:rb:it:em:tick")).isEmpty();
        assertThat(ChecklistIds.Toggle.decode(null)).isEmpty();
        assertThat(ChecklistIds.AddRunbook.decode("x:rb")).isEmpty();
        assertThat(ChecklistIds.TOGGLE_ACTIONS.matcher(ChecklistIds.toggleAction("pause")).matches()).isTrue();
    }

    private static List<List<String>> ids(List<List<Row>> pages) {
        return pages.stream().map(page -> page.stream().map(r -> r instanceof Line line ? line.item().id()
                : "# " + ((Heading) r).section()).toList()).toList();
    }
}
