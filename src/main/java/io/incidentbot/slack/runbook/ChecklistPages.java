package io.incidentbot.slack.runbook;

import io.incidentbot.runbook.Checklist;
import io.incidentbot.runbook.ChecklistItem;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a checklist over messages of at most {@link #MAX_BLOCKS} blocks: one block per item, one
 * per section heading (repeated, marked continued, when a section runs onto the next page). The
 * split depends only on the checklist's items, never on ticks, so every item stays on the same
 * message (and keeps its ids) across re-renders.
 */
final class ChecklistPages {
    /** Slack's limit of blocks in one message. */
    static final int MAX_BLOCKS = 50;
    /** The first page opens with a header and a progress line. */
    static final int FIRST_PAGE_OVERHEAD = 2;
    /** Later pages open with one context line. */
    static final int NEXT_PAGE_OVERHEAD = 1;

    /** One block of a page, below its opening lines. */
    sealed interface Row permits Heading, Line {
    }

    record Heading(String section, boolean continued) implements Row {
    }

    record Line(ChecklistItem item) implements Row {
    }

    private ChecklistPages() {
    }

    static List<List<Row>> of(Checklist checklist) {
        List<List<Row>> pages = new ArrayList<>();
        List<Row> page = new ArrayList<>();
        int room = MAX_BLOCKS - FIRST_PAGE_OVERHEAD;
        String section = null;
        for (ChecklistItem item : checklist.items()) {
            boolean newSection = !item.section().equals(section);
            boolean heading = !item.section().isEmpty();
            int needed = newSection && heading ? 2 : 1; // never leave a heading alone at the foot of a page
            if (room < needed) {
                pages.add(page);
                page = new ArrayList<>();
                room = MAX_BLOCKS - NEXT_PAGE_OVERHEAD;
                if (!newSection && heading) {
                    page.add(new Heading(item.section(), true));
                    room--;
                }
            }
            if (newSection && heading) {
                page.add(new Heading(item.section(), false));
                room--;
            }
            page.add(new Line(item));
            room--;
            section = item.section();
        }
        if (!page.isEmpty() || pages.isEmpty()) {
            pages.add(page);
        }
        return pages;
    }
}
