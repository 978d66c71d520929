using System.Net;
using Factumerit.Email.Assistant;
using Factumerit.Email.Assistant.Gmail;
using Factumerit.Email.IntegrationTests.Assistant;
using Factumerit.Email.IntegrationTests.Infrastructure;
using Factumerit.Email.IntegrationTests.Triage;
using Factumerit.Email.Personas.Handlers.Digest;
using Factumerit.Email.Triage;
using Factumerit.Email.Triage.Learning;
using Microsoft.Extensions.DependencyInjection;
using static Factumerit.Email.IntegrationTests.Digest.DigestWorld;

namespace Factumerit.Email.IntegrationTests.Digest;

/// <summary>
/// A Review thread's digest link through the real host: triage puts a mail in Review in the fake Gmail, the host's
/// composer writes the digest, and the link's GET and POST go to the link endpoint without any admin key.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class DigestReviewLinkEndToEndTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task The_accept_link_files_the_thread_on_post_only_and_learns_once()
    {
        var (harness, clock) = await TriageHarness.StartAsync(azurite, configure: settings =>
        {
            settings["Digest:LinkSecret"] = "digest-link-secret-for-integration-tests-0123";
            settings["Digest:PublicBaseUrl"] = BaseUrl;
            settings["Digest:PersonaActivityRecipients:0"] = "operator@example.test";
        });
        await using var _h = harness;
        harness.AnswerTriage(Categories.Fyi, TriageFolders.Invoices, 0.4);
        var mail = harness.SeedInbound("Statement for March", "Your statement is attached.", "Billing <billing@vendor.example>");
        await harness.PushAsync();
        await harness.WaitForTriageAsync(azurite, mail.Id);
        await harness.WaitForLabelAsync(mail.Id, TriageFolders.Review);
        var review = await harness.LabelIdAsync(TriageFolders.Review);
        var invoices = await harness.LabelIdAsync(TriageFolders.Invoices);
        var store = harness.TriageStore(azurite);

        var digest = await ComposeAsync(harness, clock);
        Assert.Contains("Review: Statement for March (suggested Paper-Trail/Invoices)", digest, StringComparison.Ordinal);
        var accept = Link(digest, "Accept");

        var page = await harness.Http.GetAsync(accept.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("File this thread in the folder triage suggested?", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(review, Labels(harness, mail.Id));
        Assert.DoesNotContain(invoices, Labels(harness, mail.Id));
        Assert.Empty(await store.ListExamplesAsync(harness.Mailbox, 10));

        var token = TokenOf(accept);
        var done = await harness.Http.PostAsync(accept.AbsolutePath, Form(token));
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Contains("Filed in Paper-Trail/Invoices", await done.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(invoices, Labels(harness, mail.Id));
        Assert.DoesNotContain(review, Labels(harness, mail.Id));
        Assert.DoesNotContain(GmailSystemLabels.Inbox, Labels(harness, mail.Id));
        var example = Assert.Single(await store.ListExamplesAsync(harness.Mailbox, 10));
        Assert.Equal((mail.ThreadId, TrainingSources.ReviewFolder, TriageFolders.Invoices, false),
            (example.ThreadId, example.Source, example.UserChoice, example.WasCorrection));

        var again = await harness.Http.PostAsync(accept.AbsolutePath, Form(token));
        var dismissAfter = Link(digest, "Keep in Inbox");
        var dismissed = await harness.Http.PostAsync(dismissAfter.AbsolutePath, Form(TokenOf(dismissAfter)));
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (again.StatusCode, dismissed.StatusCode));
        Assert.Contains("Already done", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Single(await store.ListExamplesAsync(harness.Mailbox, 10));
        Assert.Contains(invoices, Labels(harness, mail.Id));
        Assert.DoesNotContain("Review:", await ComposeAsync(harness, clock), StringComparison.Ordinal);
    }

    /// <returns>The digest's text as the host's composer writes it for the mailbox's owner; empty when there is none.</returns>
    private static async Task<string> ComposeAsync(AssistantHarness harness, TimeProvider clock)
    {
        using var scope = harness.Services.CreateScope();
        var subscription = new DigestSubscription(harness.Mailbox, "digest@factumerit.test", 7, "Europe/Prague", Active: true);
        var mail = await scope.ServiceProvider.GetRequiredService<DigestComposer>().ComposeAsync(subscription, clock.GetUtcNow());
        return mail?.Text ?? "";
    }

    private static IReadOnlyCollection<string> Labels(AssistantHarness harness, string messageId) =>
        harness.Gmail.GetMessage(harness.Mailbox, messageId)!.LabelIds;

}
