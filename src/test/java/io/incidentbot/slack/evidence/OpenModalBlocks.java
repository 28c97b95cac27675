package io.incidentbot.slack.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.StreamSupport;

/** Finding a block's element in a modal the bot opened. */
final class OpenModalBlocks {
    private OpenModalBlocks() {
    }

    static JsonNode element(JsonNode view, String blockId) {
        return StreamSupport.stream(view.path("blocks").spliterator(), false)
                .filter(b -> b.path("block_id").asText().equals(blockId)).findFirst()
                .orElseThrow(() -> new AssertionError("no block " + blockId)).path("element");
    }
}
