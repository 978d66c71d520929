using Factumerit.Email.Assistant;
using Factumerit.Email.Assistant.Mailboxes;
using Factumerit.Email.Functions.Functions.Digest;
using Factumerit.Email.Functions.Hosting;
using Factumerit.Email.IntegrationTests.Fakes.Resend;
using Factumerit.Email.IntegrationTests.Infrastructure;
using Factumerit.Email.IntegrationTests.Personas.EndToEnd;
using Factumerit.Email.Recruiting.Pipeline;
using Factumerit.Email.Recruiting.Signals;
using Factumerit.Email.Triage;
using Microsoft.Extensions.DependencyInjection;

namespace Factumerit.Email.IntegrationTests.Digest;

/// <summary>The persona world with digest links on, its own assistant tables, and helpers to seed what a digest reports.</summary>
internal static class DigestWorld
{
    public const string BaseUrl = "https://mail.example.test";

    public static Task<PersonaWorld> StartAsync(AzuriteFixture azurite, string personaActivityRecipient) =>
        PersonaWorld.StartAsync(azurite, new Dictionary<string, string?>
        {
            ["Digest:LinkSecret"] = "digest-link-secret-for-integration-tests-0123",
            ["Digest:PublicBaseUrl"] = BaseUrl,
            ["Digest:PersonaActivityRecipients:0"] = personaActivityRecipient,
            ["Assistant:Storage:TablePrefix"] = AzuriteFixture.UniqueName("d"),
        });

    public static async Task RunTimerAsync(PersonaWorld world)
    {
        using var scope = world.Host.Services.CreateScope();
        var function = scope.ServiceProvider.GetRequiredKeyedService<ITimerFunction>(DigestHourlyFunction.Name);
        await function.RunAsync(new TimerInvocation(DigestHourlyFunction.Name, world.Clock.GetUtcNow(), false), CancellationToken.None);
    }

    public static async Task SeedGmailAsync(PersonaWorld world, string address, string hostileSubject)
    {
        Assert.True(await world.Driver.Service<IMailboxStore>().TryAddAsync(new Mailbox
        {
            Address = address,
            Credential = MailboxCredentialRef.ForRefreshToken("Gmail__RefreshToken"),
        }));
        var emails = world.Driver.Service<IAssistantEmailStore>();
        Assert.True(await emails.TryAddAsync(new AssistantEmail
        {
            Mailbox = address, MessageId = "m1", ThreadId = "t1", Subject = hostileSubject, Category = Categories.NeedsResponse,
            Status = EmailStatus.Pending, ReceivedAt = world.Clock.GetUtcNow(),
        }));
        Assert.True(await emails.TryAddAsync(new AssistantEmail
        {
            Mailbox = address, MessageId = "m2", ThreadId = "t2", Subject = "FYI only", Category = Categories.Fyi,
            Status = EmailStatus.Archived, ReceivedAt = world.Clock.GetUtcNow(),
        }));
        await world.Driver.Service<ITriageStore>().SaveThreadAsync(new TriagedThread
        {
            Mailbox = address, ThreadId = "t3", MessageId = "m3", Subject = "Quarterly planning?", SuggestedFolder = TriageFolders.Planning,
            FinalFolder = TriageFolders.Review, Source = "llm", Confidence = 0.4, TriagedAt = world.Clock.GetUtcNow(),
        });
    }

    /// <returns>The signal's id.</returns>
    public static async Task<string> SeedRecruitingAsync(PersonaWorld world, string address)
    {
        var store = world.Driver.Service<IRecruitingStore>();
        var signal = new ContactMessage
        {
            Mailbox = address, Id = RecruitingKeys.ForMessage(address, "<call@acme.test>"), MessageId = "<call@acme.test>", GmailId = "g1",
            Kind = ContactMessageKinds.Contact, Signal = StageSignals.InterviewScheduled, Subject = "Let's schedule a call",
            ReceivedAt = world.Clock.GetUtcNow(), ProcessedAt = world.Clock.GetUtcNow(),
        };
        Assert.True(await store.TryAddMessageAsync(signal));
        Assert.True(await store.TryAddJobAsync(new JobRow
        {
            Mailbox = address, Id = "", Url = RecruitingKeys.LeadUrl("<lead@globex.test>"), Source = JobSources.Email,
            Status = JobStatuses.Pending, Company = "Globex", Title = "Staff Engineer", MessageId = "<lead@globex.test>",
            CreatedAt = world.Clock.GetUtcNow(),
        }));
        return signal.Id;
    }

    /// <summary>Delivers a mail signed at the test clock's time (the webhook checks its age against that clock) and waits for it.</summary>
    public static async Task SendAsync(PersonaWorld world, FakeReceivedEmail email)
    {
        world.Resend.SeedReceivedEmail(email, null);
        var now = world.Clock.GetUtcNow();
        using var response = await world.Driver.PostAsync(FakeResendWebhook.EmailReceivedBody(email, now), "msg_" + Guid.NewGuid().ToString("N"),
            signedAt: now);
        Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
        await world.Driver.WaitForSettledAsync(email.Id);
    }

    public static IReadOnlyList<FakeSentEmail> Digests(PersonaWorld world, string address) =>
        world.SentTo(address).Where(m => m.Subject.StartsWith("Your Factumerit digest", StringComparison.Ordinal)).ToList();

    public static FakeReceivedEmail ToDigest(string from, string text) => new()
    {
        From = from,
        To = ["digest@factumerit.test"],
        Subject = "Hello",
        Text = text,
    };
}
