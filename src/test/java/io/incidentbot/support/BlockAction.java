package io.incidentbot.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * What Slack sends when someone clicks a button or picks an option in a message the bot posted:
 * a block_actions payload built from the message as it stands in {@link FakeSlack}, carrying the
 * action id, block id and value the bot rendered, as a real client would.
 */
public final class BlockAction {
    private static final ObjectMapper JSON = new ObjectMapper();

    private BlockAction() {
    }

    /** A click on the button {@code actionId} of {@code message} (a recorded post or update). */
    public static ObjectNode click(FakeSlack.Call message, String actionId, String team, String user, String responseUrl) {
        Found found = find(message, actionId);
        if (!found.element().path("type").asText().equals("button")) {
            throw new AssertionError(actionId + " is a " + found.element().path("type").asText() + ", not a button");
        }
        ObjectNode action = action(found);
        action.set("text", found.element().path("text"));
        action.put("value", found.element().path("value").asText());
        return payload(message, team, user, responseUrl, action);
    }

    /** Picks the option with {@code value} in the select {@code actionId}; only offered options can be picked. */
    public static ObjectNode select(FakeSlack.Call message, String actionId, String value, String team, String user,
                                    String responseUrl) {
        Found found = find(message, actionId);
        JsonNode chosen = null;
        for (JsonNode option : found.element().path("options")) {
            if (option.path("value").asText().equals(value)) {
                chosen = option;
            }
        }
        if (chosen == null) {
            throw new AssertionError("the select " + actionId + " offers no option " + value);
        }
        ObjectNode action = action(found);
        action.set("selected_option", chosen);
        return payload(message, team, user, responseUrl, action);
    }

    /** Picks {@code picked} in the users_select {@code actionId}. */
    public static ObjectNode pickUser(FakeSlack.Call message, String actionId, String picked, String team, String user,
                                      String responseUrl) {
        Found found = find(message, actionId);
        if (!found.element().path("type").asText().equals("users_select")) {
            throw new AssertionError(actionId + " is a " + found.element().path("type").asText() + ", not a users_select");
        }
        ObjectNode action = action(found);
        action.put("selected_user", picked);
        return payload(message, team, user, responseUrl, action);
    }

    /** A payload with any value (a forged click, or one from a message the bot no longer knows). */
    public static ObjectNode forged(String channel, String ts, String actionId, String value, String team, String user,
                                    String responseUrl) {
        ObjectNode action = JSON.createObjectNode().put("type", "button").put("action_id", actionId)
                .put("block_id", "forged").put("value", value).put("action_ts", "1700000000.000001");
        action.putObject("text").put("type", "plain_text").put("text", "Tick");
        ObjectNode message = JSON.createObjectNode().put("type", "message").put("ts", ts).put("text", "");
        return payload(channel, ts, message, team, user, responseUrl, action);
    }

    private record Found(JsonNode block, JsonNode element) {
    }

    private static Found find(FakeSlack.Call message, String actionId) {
        List<String> seen = new ArrayList<>();
        for (JsonNode block : message.json("blocks")) {
            List<JsonNode> elements = new ArrayList<>();
            if (block.has("accessory")) {
                elements.add(block.get("accessory"));
            }
            block.path("elements").forEach(elements::add);
            for (JsonNode element : elements) {
                String id = element.path("action_id").asText();
                if (id.equals(actionId)) {
                    return new Found(block, element);
                }
                if (!id.isEmpty()) {
                    seen.add(id);
                }
            }
        }
        throw new AssertionError("the message has no element " + actionId + "; it has " + seen);
    }

    private static ObjectNode action(Found found) {
        return JSON.createObjectNode().put("type", found.element().path("type").asText())
                .put("action_id", found.element().path("action_id").asText())
                .put("block_id", found.block().path("block_id").asText("generated"))
                .put("action_ts", "1700000000.000001");
    }

    private static ObjectNode payload(FakeSlack.Call message, String team, String user, String responseUrl,
                                      ObjectNode action) {
        ObjectNode shown = JSON.createObjectNode().put("type", "message").put("ts", message.param("ts"))
                .put("text", message.param("text")).put("user", FakeSlack.BOT_USER);
        shown.set("blocks", message.json("blocks"));
        return payload(message.param("channel"), message.param("ts"), shown, team, user, responseUrl, action);
    }

    private static ObjectNode payload(String channel, String ts, ObjectNode message, String team, String user,
                                      String responseUrl, ObjectNode action) {
        ObjectNode payload = JSON.createObjectNode().put("type", "block_actions").put("api_app_id", "A0APP")
                .put("token", "deprecated").put("trigger_id", "1337.42.abcd").put("response_url", responseUrl);
        payload.putObject("team").put("id", team).put("domain", "fake");
        payload.putObject("user").put("id", user).put("team_id", team).put("username", "someone");
        payload.putObject("container").put("type", "message").put("message_ts", ts).put("channel_id", channel)
                .put("is_ephemeral", false);
        payload.putObject("channel").put("id", channel).put("name", "incident");
        payload.set("message", message);
        payload.putArray("actions").add(action);
        return payload;
    }
}
