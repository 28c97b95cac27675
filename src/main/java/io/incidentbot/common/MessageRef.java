package io.incidentbot.common;

/** Where a message the bot keeps up to date lives: channel id and message timestamp. */
public record MessageRef(String channelId, String ts) {
}
