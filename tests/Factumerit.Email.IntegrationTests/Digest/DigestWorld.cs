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
using Factumerit.Email.Users;
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

    /// <summary>Creates the user and subscribes them by mail, as a user would: their zone, and the hour given.</summary>
    public static async Task SubscribeAsync(PersonaWorld world, string user, string zone, int hour)
    {
        await world.Driver.Service<IUserDirectory>().EnsureAsync(user, null, "operator");
        foreach (var command in (string[])["subscribe", $"timezone {zone}", $"time {hour}:00"])
        {
            await SendAsync(world, ToDigest(user, command));
        }
    }

    /// <summary>Runs the hourly timer at every hour's :05 from <paramref name="from"/> until <paramref name="until"/>.</summary>
    public static async Task RunHourlyAsync(PersonaWorld world, DateTimeOffset from, DateTimeOffset until)
    {
        for (world.Clock.Set(from); world.Clock.GetUtcNow() < until; world.Clock.Advance(TimeSpan.FromHours(1)))
        {
            await RunTimerAsync(world);
        }
    }

    /// <summary>The digests the runs put in the outbox for <paramref name="address"/>: local date and the local hour it was queued at.</summary>
    public static async Task<IReadOnlyList<(string Date, int Hour)>> QueuedDigestsAsync(PersonaWorld world, string address, string zone)
    {
        var prefix = $"digest:{address}:";
        var local = TimeZoneInfo.FindSystemTimeZoneById(zone);
        return (await world.Driver.Outbox())
            .Where(i => i.Key.StartsWith(prefix, StringComparison.Ordinal))
            .OrderBy(i => i.CreatedAt)
            .Select(i => (i.Key[prefix.Length..], TimeZoneInfo.ConvertTime(i.CreatedAt, local).Hour))
            .ToList();
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

    /// <summary>The URL a digest's text gives after "<paramref name="label"/>: " (the first such line).</summary>
    public static Uri Link(string text, string label)
    {
        var line = text.Split('\n').Select(l => l.Trim()).First(l => l.StartsWith(label + ": https://", StringComparison.Ordinal));
        return new Uri(line[(label.Length + 2)..]);
    }

    /// <summary>The token a link carries, as its confirmation page's form posts it.</summary>
    public static string TokenOf(Uri link) => Uri.UnescapeDataString(link.Query["?token=".Length..]);

    public static FormUrlEncodedContent Form(string token) => new([new KeyValuePair<string, string>("token", token)]);

    public static FakeReceivedEmail ToDigest(string from, string text) => new()
    {
        From = from,
        To = ["digest@factumerit.test"],
        Subject = "Hello",
        Text = text,
    };
}
