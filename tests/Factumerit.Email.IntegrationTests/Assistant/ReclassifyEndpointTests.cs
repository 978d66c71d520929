using System.Net;
using System.Text.Json;
using Factumerit.Email.Assistant;
using Factumerit.Email.Assistant.Audit;
using Factumerit.Email.Assistant.Classification;
using Factumerit.Email.IntegrationTests.Infrastructure;
using Factumerit.Email.Providers.Gmail.Mime;

namespace Factumerit.Email.IntegrationTests.Assistant;

/// <summary><c>POST /api/emails/{id}/reclassify</c>: the operator API, behind <c>Admin__ApiKey</c>.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ReclassifyEndpointTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData(null, null)]
    [InlineData("Authorization", "Bearer not-the-key")]
    [InlineData("x-api-key", "not-the-key")]
    [InlineData("Authorization", "Basic " + AssistantHarness.AdminKey)]
    public async Task Without_the_admin_key_the_endpoint_answers_401_and_changes_nothing(string? header, string? value)
    {
        await using var harness = await AssistantHarness.StartAsync(azurite);
        var mail = await ClassifyAsync(harness, Categories.ActionRequired);

        var response = await PostAsync(harness, mail.Id, header, value);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(Categories.ActionRequired, (await harness.Emails.GetAsync(harness.Mailbox, mail.Id))!.Category);
        Assert.Single(harness.Llm.Requests);
    }

    [Fact]
    public async Task With_no_admin_key_configured_the_operator_api_does_not_exist()
    {
        await using var harness = await AssistantHarness.StartAsync(azurite, s => s["Admin:ApiKey"] = null);

        var response = await PostAsync(harness, "18f0000000000001", "Authorization", "Bearer anything");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("Authorization", "Bearer " + AssistantHarness.AdminKey)]
    [InlineData("x-api-key", AssistantHarness.AdminKey)]
    public async Task With_the_key_the_email_is_classified_again_and_its_label_moves(string header, string value)
    {
        await using var harness = await AssistantHarness.StartAsync(azurite);
        var mail = await ClassifyAsync(harness, Categories.ActionRequired);
        harness.AnswerWith(Categories.PaymentRequest, confidence: "medium");

        var response = await PostAsync(harness, mail.Id, header, value);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(Categories.ActionRequired, body.RootElement.GetProperty("old_category").GetString());
        Assert.Equal(Categories.PaymentRequest, body.RootElement.GetProperty("category").GetString());
        var labels = harness.Gmail.GetMessage(harness.Mailbox, mail.Id)!.LabelIds;
        Assert.Contains(await harness.LabelIdAsync(AssistantLabels.PaymentRequest), labels);
        Assert.DoesNotContain(await harness.LabelIdAsync(AssistantLabels.ActionRequired), labels);
        var record = await harness.Emails.GetAsync(harness.Mailbox, mail.Id);
        Assert.Equal((Categories.PaymentRequest, "medium"), (record!.Category, record.Confidence));
        var events = await harness.Events.ListForMessageAsync(harness.Mailbox, mail.Id);
        Assert.Equal([AssistantEventTypes.Classified, AssistantEventTypes.Reclassified], events.Select(e => e.Type));
        Assert.Equal(2, (await harness.LlmAudit.ListForMessageAsync(harness.Mailbox, mail.Id)).Count);
    }

    [Fact]
    public async Task Leaving_needs_response_trashes_the_dangling_ai_draft_and_keeps_the_users_own()
    {
        await using var harness = await AssistantHarness.StartAsync(azurite);
        var mail = await ClassifyAsync(harness, Categories.NeedsResponse);
        var user = harness.UserClient();
        var aiDraft = await user.CreateDraftAsync(Draft(harness, mail, $"Notes\n\n{ReclassificationService.ReworkMarker}\n\nDear Alice, here is the contract."), mail.ThreadId);
        var ownDraft = await user.CreateDraftAsync(Draft(harness, mail, "my own half-written reply"), mail.ThreadId);
        harness.AnswerWith(Categories.Fyi);

        var response = await PostAsync(harness, mail.Id, "x-api-key", AssistantHarness.AdminKey);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var drafts = harness.Gmail.GetDrafts(harness.Mailbox).Select(d => d.DraftId).ToList();
        Assert.DoesNotContain(aiDraft.Id, drafts);
        Assert.Contains(ownDraft.Id, drafts);
        // Trashed as spec 002 says, not deleted: the user can still get it back from Trash.
        Assert.Contains("TRASH", harness.Gmail.GetMessage(harness.Mailbox, aiDraft.Message!.Id!)!.LabelIds);
        Assert.Contains(await harness.LabelIdAsync(AssistantLabels.Fyi), harness.Gmail.GetMessage(harness.Mailbox, mail.Id)!.LabelIds);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(1, body.RootElement.GetProperty("drafts_trashed").GetInt32());
    }

    [Fact]
    public async Task An_unknown_message_is_404()
    {
        await using var harness = await AssistantHarness.StartAsync(azurite);
        await harness.ConnectAsync();

        var response = await PostAsync(harness, "18f0000000000abc", "x-api-key", AssistantHarness.AdminKey);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<Fakes.Gmail.FakeGmailMessageView> ClassifyAsync(AssistantHarness harness, string category)
    {
        await harness.ConnectAsync();
        harness.AnswerWith(category);
        var mail = harness.SeedInbound("Contract for review");
        await harness.PushAsync();
        await harness.WaitForClassificationAsync(mail.Id);
        await harness.WaitForIdleAsync();
        return mail;
    }

    private static byte[] Draft(AssistantHarness harness, Fakes.Gmail.FakeGmailMessageView mail, string text) =>
        DraftMimeBuilder.BuildReply(new DraftReply
        {
            From = new MailboxAddress(harness.Mailbox),
            To = [new MailboxAddress("alice@client.example")],
            OriginalSubject = mail.Subject ?? "",
            InReplyTo = mail.MessageId!,
            Text = text,
        });

    private static async Task<HttpResponseMessage> PostAsync(AssistantHarness harness, string id, string? header, string? value)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/emails/{id}/reclassify");
        if (header is not null)
        {
            request.Headers.TryAddWithoutValidation(header, value);
        }
        return await harness.Http.SendAsync(request);
    }
}
