package io.incidentbot.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * What Slack sends when someone uses a button or picker in a message the bot posted: the element
 * exactly as the bot drew it (its action id, block id and value), in that message's channel.
 */
public final class BlockAction {
    private static final ObjectMapper JSON = new ObjectMapper();

    private BlockAction() {
    }

    /** The element with {@code actionId} in a posted or updated message, and the block it sits in. */
    public record Element(JsonNode block, JsonNode element) {
    }

    public static Optional<Element> find(FakeSlack.Call message, String actionId) {
        for (JsonNode block : message.json("blocks")) {
            for (JsonNode element : block.path("elements")) {
                if (element.path("action_id").asText().equals(actionId)) {
                    return Optional.of(new Element(block, element));
                }
            }
            if (block.path("accessory").path("action_id").asText().equals(actionId)) {
                return Optional.of(new Element(block, block.path("accessory")));
            }
        }
        return Optional.empty();
    }

    /**
     * @param selectedUser for a users_select: whom the person picked
     */
    public static ObjectNode payload(String team, String user, FakeSlack.Call message, String actionId,
                                     Optional<String> selectedUser, String responseUrl) {
        Element found = find(message, actionId)
                .orElseThrow(() -> new AssertionError("the message has no element " + actionId + ": " + message.params()));
        String channel = message.param("channel");
        String ts = message.param("ts") != null ? message.param("ts") : "1700000000.000001";
        ObjectNode payload = JSON.createObjectNode().put("type", "block_actions").put("api_app_id", "A0APP")
                .put("token", "deprecated").put("trigger_id", "1337.42.abcd").put("response_url", responseUrl);
        payload.putObject("team").put("id", team).put("domain", "fake");
        payload.putObject("user").put("id", user).put("username", "someone").put("team_id", team);
        payload.putObject("container").put("type", "message").put("message_ts", ts).put("channel_id", channel)
                .put("is_ephemeral", false);
        payload.putObject("channel").put("id", channel).put("name", "incident");
        ObjectNode posted = payload.putObject("message").put("type", "message").put("ts", ts)
                .put("text", message.param("text"));
        posted.set("blocks", message.json("blocks"));
        ObjectNode action = payload.putArray("actions").addObject();
        JsonNode element = found.element();
        action.put("type", element.path("type").asText()).put("action_id", actionId)
                .put("block_id", found.block().path("block_id").asText()).put("action_ts", "1700000001.000001");
        if (element.has("value")) {
            action.put("value", element.get("value").asText());
        }
        if (element.has("text")) {
            action.set("text", element.get("text"));
        }
        selectedUser.ifPresent(u -> action.put("selected_user", u));
        return payload;
    }
}
