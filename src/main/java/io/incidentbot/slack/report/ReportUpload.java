package io.incidentbot.slack.report;

import com.slack.api.RequestConfigurator;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackFilesUploadV2Exception;
import com.slack.api.methods.request.files.FilesUploadV2Request;
import com.slack.api.methods.response.files.FilesUploadV2Response;
import io.incidentbot.common.IncidentId;
import io.incidentbot.report.SupportReport;
import io.incidentbot.report.SupportReports;
import io.incidentbot.slack.Format;
import io.incidentbot.slack.Notices;
import io.incidentbot.slack.SlackCalls;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Posts an incident's support report as a Markdown file in its channel (files.getUploadURLExternal,
 * the upload, files.completeUploadExternal: the SDK's filesUploadV2). Runs after the ack.
 */
final class ReportUpload {
    private final MethodsClient client;
    private final SlackCalls calls;
    private final SupportReports reports;
    private final Notices notices;

    ReportUpload(MethodsClient client, SlackCalls calls, SupportReports reports, Notices notices) {
        this.client = client;
        this.calls = calls;
        this.reports = reports;
        this.notices = notices;
    }

    void post(IncidentId id, String channel, String actor, String whereAsked, Optional<String> responseUrl) {
        Optional<SupportReport> built = reports.build(id);
        if (built.isEmpty()) {
            return;
        }
        SupportReport report = built.get();
        byte[] markdown = report.markdown().getBytes(StandardCharsets.UTF_8);
        String comment = "📄 Support report for *" + report.reference() + "*, redacted (" + report.removedSummary()
                + "). Safe to hand to hosting, provider or marketplace support. Requested by " + Format.user(actor) + ".";
        try {
            calls.call("files.uploadV2", () -> upload(r -> r.channel(channel).filename(report.filename())
                    .title(report.reference() + " support report").fileData(markdown).initialComment(comment)));
            reports.recordShared(id, actor, report, channel);
        } catch (SlackCalls.SlackFailure e) {
            notices.ephemeral(whereAsked, actor, responseUrl, "I couldn't post the support report in "
                    + Format.channel(channel) + " (Slack said `" + e.error() + "`). Is the app installed with the "
                    + "`files:write` scope, and am I in the channel?");
        }
    }

    /** The SDK reports a failed step of the upload by throwing; this turns it into Slack's answer. */
    private FilesUploadV2Response upload(RequestConfigurator<FilesUploadV2Request.FilesUploadV2RequestBuilder> request)
            throws IOException, SlackApiException {
        try {
            return client.filesUploadV2(request);
        } catch (SlackFilesUploadV2Exception e) {
            FilesUploadV2Response failed = new FilesUploadV2Response();
            failed.setOk(false);
            failed.setError(reason(e));
            return failed;
        }
    }

    private static String reason(SlackFilesUploadV2Exception e) {
        if (e.getCompleteResponse() != null && e.getCompleteResponse().getError() != null) {
            return e.getCompleteResponse().getError();
        }
        for (var step : e.getGetURLResponses()) {
            if (!step.isOk()) {
                return step.getError();
            }
        }
        return e.getUploadResponses().values().stream().filter(r -> r.getCode() != 200)
                .map(r -> "upload_http_" + r.getCode()).findFirst().orElse("upload_failed");
    }
}
