using System.Net;
using System.Text.Json.Nodes;
using Factumerit.Email.Providers.Gmail;

namespace Factumerit.Email.Tests.Providers.Gmail;

public sealed class GmailClientRequestTests
{
    private const string Users = "https://gmail.googleapis.com/gmail/v1/users/me/";

    [Fact]
    public async Task List_queries_repeat_multi_valued_parameters_and_escape_the_search()
    {
        var transport = new StubGmailTransport();
        var client = transport.CreateClient();

        await client.ListMessagesAsync("from:ana@x.test subject:\"a&b\"", ["INBOX", "Label_7"], 50, "tok/1");

        var sent = Assert.Single(transport.Sent);
        Assert.Equal(HttpMethod.Get, sent.Method);
        Assert.Equal(Users + "messages?q=from%3Aana%40x.test%20subject%3A%22a%26b%22&labelIds=INBOX&labelIds=Label_7&maxResults=50&pageToken=tok%2F1", sent.Uri);
        Assert.Equal("Bearer token-1", sent.Authorization);
    }

    [Fact]
    public async Task Get_history_and_metadata_parameters_are_sent_as_gmail_expects()
    {
        var transport = new StubGmailTransport()
            .Answer(HttpStatusCode.OK, "{}")
            .Answer(HttpStatusCode.OK, """{"historyId":"99"}""");
        var client = transport.CreateClient();

        await client.GetMessageAsync("18f0a1", MessageFormat.Metadata, ["Subject", "List-Unsubscribe"]);
        await client.ListHistoryAsync(42, [HistoryType.MessageAdded, HistoryType.LabelAdded], "INBOX");

        Assert.Equal(Users + "messages/18f0a1?format=metadata&metadataHeaders=Subject&metadataHeaders=List-Unsubscribe", transport.Sent[0].Uri);
        Assert.Equal(Users + "history?startHistoryId=42&historyTypes=messageAdded&historyTypes=labelAdded&labelId=INBOX", transport.Sent[1].Uri);
    }

    [Fact]
    public async Task Draft_bodies_carry_base64url_raw_and_the_thread_id()
    {
        var transport = new StubGmailTransport().Answer(HttpStatusCode.OK, """{"id":"r1","message":{"id":"m1","threadId":"t1"}}""");
        var client = transport.CreateClient();

        var draft = await client.CreateDraftAsync("Subject: ü?>\r\n\r\nx"u8.ToArray(), "t1");

        var body = JsonNode.Parse(transport.Sent[0].Body!)!.AsObject();
        Assert.Equal("""{"message":{"threadId":"t1","raw":"U3ViamVjdDogw7w_Pg0KDQp4"}}""", body.ToJsonString());
        Assert.Equal("t1", draft.Message!.ThreadId);
    }

    [Fact]
    public async Task Non_success_answers_map_to_gmail_api_exception_with_reason()
    {
        var transport = new StubGmailTransport().Answer(HttpStatusCode.BadRequest,
            """{"error":{"code":400,"message":"Invalid label: SENT","errors":[{"message":"Invalid label: SENT","domain":"global","reason":"invalidArgument"}],"status":"INVALID_ARGUMENT"}}""");
        var client = transport.CreateClient();

        var error = await Assert.ThrowsAsync<GmailApiException>(() => client.ModifyMessageAsync("18f0a1", ["SENT"]));

        Assert.Equal(400, error.Status);
        Assert.Equal("invalidArgument", error.Reason);
        Assert.Contains("Invalid label: SENT", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Errors_without_details_fall_back_to_the_status_and_non_json_bodies_are_tolerated()
    {
        var transport = new StubGmailTransport()
            .Answer(HttpStatusCode.Conflict, """{"error":{"code":409,"message":"exists","status":"ALREADY_EXISTS"}}""")
            .Answer(HttpStatusCode.NotFound, "<html>Not Found</html>");
        var client = transport.CreateClient();

        var conflict = await Assert.ThrowsAsync<GmailApiException>(() => client.CreateLabelAsync(new() { Name = "X" }));
        var missing = await Assert.ThrowsAsync<GmailApiException>(() => client.GetDraftAsync("r1"));

        Assert.Equal(("ALREADY_EXISTS", 409), (conflict.Reason, conflict.Status));
        Assert.Equal((null, 404), (missing.Reason, missing.Status));
    }

    [Fact]
    public async Task A_401_is_answered_by_one_refresh_and_a_resend_with_the_new_token()
    {
        var transport = new StubGmailTransport()
            .Answer(HttpStatusCode.Unauthorized, "{}")
            .Answer(HttpStatusCode.Unauthorized, "{}");
        var client = transport.CreateClient();

        var error = await Assert.ThrowsAsync<GmailApiException>(() => client.GetProfileAsync());

        Assert.Equal(401, error.Status);
        Assert.Equal(["Bearer token-1", "Bearer token-2"], transport.Sent.Select(s => s.Authorization));
    }

    [Fact]
    public async Task Retried_posts_resend_the_same_body()
    {
        var transport = new StubGmailTransport()
            .Answer(HttpStatusCode.ServiceUnavailable, "{}")
            .Answer(HttpStatusCode.OK, """{"id":"18f0a1"}""");
        var client = transport.CreateClient();

        await client.ModifyMessageAsync("18f0a1", removeLabelIds: ["UNREAD"]);

        Assert.Equal(2, transport.Sent.Count);
        Assert.Equal("""{"removeLabelIds":["UNREAD"]}""", transport.Sent[1].Body);
        Assert.Equal(transport.Sent[0].Body, transport.Sent[1].Body);
    }

    [Fact]
    public async Task Bad_arguments_are_refused_before_anything_is_sent()
    {
        var transport = new StubGmailTransport();
        var client = transport.CreateClient();

        await Assert.ThrowsAsync<ArgumentException>(() => client.GetMessageAsync(" "));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.ListMessagesAsync(maxResults: 501));
        await Assert.ThrowsAsync<ArgumentException>(() => client.ModifyMessageAsync("18f0a1"));
        await Assert.ThrowsAsync<ArgumentException>(() => client.CreateDraftAsync(ReadOnlyMemory<byte>.Empty));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.ListHistoryAsync(0));
        await Assert.ThrowsAsync<ArgumentException>(() => client.GetOrCreateLabelAsync("Parent//Child"));
        await Assert.ThrowsAsync<ArgumentException>(() => client.WatchAsync(new() { TopicName = "" }));

        Assert.Empty(transport.Sent);
        Assert.Equal(0, client.Quota.TotalUnits);
    }
}
