using System.Globalization;
using Azure.Core;
using Azure.Core.Pipeline;
using Factumerit.Email.Assistant;
using Factumerit.Email.Assistant.Mailboxes;
using Factumerit.Email.Digest;
using Factumerit.Email.Digest.Sections;
using Factumerit.Email.IntegrationTests.Infrastructure;
using Factumerit.Email.Personas.Handlers.Digest;
using Factumerit.Email.Recruiting.Pipeline;
using Factumerit.Email.Scheduling;
using Factumerit.Email.Storage.Connection;
using Factumerit.Email.Storage.Scheduler;
using Factumerit.Email.Storage.Stores.Assistant;
using Factumerit.Email.Storage.Stores.Personas;
using Factumerit.Email.Storage.Stores.Recruiting;
using Factumerit.Email.Storage.Stores.Triage;
using Factumerit.Email.Storage.Tables;
using Factumerit.Email.Triage;
using Factumerit.Email.Triage.Timers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Factumerit.Email.IntegrationTests.Digest;

/// <summary>The Gmail and recruiting sections on the real tables: what they report, and how many storage requests a digest costs.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class DigestSectionStorageTests(AzuriteFixture azurite)
{
    private const string Ana = "ana@example.test";
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-06-01T05:05:00Z", CultureInfo.InvariantCulture); // 07:05 Prague

    [Fact]
    public async Task The_mailbox_sections_report_from_the_stores_in_a_fixed_number_of_requests()
    {
        var counter = new CountingPolicy();
        var options = new TableClientOptions();
        options.AddPolicy(counter, HttpPipelinePosition.PerCall);
        var schedulesTable = AzuriteFixture.UniqueName("schedules");
        await using var services = new ServiceCollection()
            .AddSingleton(new TableServiceClient(StorageConnection.Parse(azurite.ConnectionString), options))
            .Configure<SchedulerOptions>(o => o.TableName = schedulesTable)
            .AddAssistantStores(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Assistant:Storage:TablePrefix"] = AzuriteFixture.UniqueName("s"),
            }).Build())
            .AddTriageStore()
            .AddRecruitingStores()
            .AddDigestReaders()
            .BuildServiceProvider();
        await SeedAsync(services, schedulesTable, needsResponse: 30);
        var sections = new IDigestSectionSource[]
        {
            new AssistantSection(services.GetRequiredService<IMailboxStore>(), services.GetRequiredService<IAssistantDigestReader>(),
                services.GetRequiredService<ITriageStore>(), services.GetRequiredService<IScheduleDigestReader>()),
            new RecruitingSection(services.GetRequiredService<IRecruitingStore>()),
        };
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Prague");
        var request = new DigestRequest(new DigestSubscription(Ana, "digest@factumerit.test", 7, zone.Id, true), Now, zone,
            new DateOnly(2026, 6, 1), Now - TimeSpan.FromHours(24));

        counter.Count = 0;
        var built = new List<DigestSection?>();
        foreach (var section in sections)
        {
            built.Add(await section.BuildAsync(request));
        }

        // Mailbox, waiting records, Review threads, schedules; signals, leads: six, however many items there are.
        Assert.Equal(6, counter.Count);
        var gmail = built[0]!;
        Assert.Equal(["Needs a response: 30", "Drafts waiting for you: 1", "In the Review queue: 1", "Resurfacing today: 1", "Auto-deleted yesterday: 1"],
            gmail.Counts);
        Assert.Equal(AssistantSection.MaxListed + 1, gmail.Items.Count);
        Assert.Null(built[1]);
    }

    private static async Task SeedAsync(ServiceProvider services, string schedulesTable, int needsResponse)
    {
        Assert.True(await services.GetRequiredService<IMailboxStore>().TryAddAsync(new Mailbox
        {
            Address = Ana, Credential = MailboxCredentialRef.ForRefreshToken("Gmail__RefreshToken"),
        }));
        var emails = services.GetRequiredService<IAssistantEmailStore>();
        for (var i = 0; i < needsResponse; i++)
        {
            await emails.TryAddAsync(Email($"n{i}", Categories.NeedsResponse, EmailStatus.Pending));
        }
        await emails.TryAddAsync(Email("d1", Categories.NeedsResponse, EmailStatus.Drafted));
        await emails.TryAddAsync(Email("s1", Categories.NeedsResponse, EmailStatus.Sent));
        await emails.TryAddAsync(Email("f1", Categories.Fyi, EmailStatus.Pending));
        // Tables are created on first use; touch the recruiting ones so the count below is of reads only.
        await services.GetRequiredService<IRecruitingStore>().ListJobsAsync(Ana);
        await services.GetRequiredService<IRecruitingStore>().ListContactMessagesAsync(Ana);
        var triage = services.GetRequiredService<ITriageStore>();
        await triage.SaveThreadAsync(Thread("r1", reviewed: false));
        await triage.SaveThreadAsync(Thread("r2", reviewed: true));

        var table = services.GetRequiredService<TableServiceClient>().GetTableClient(schedulesTable);
        await table.CreateIfNotExistsAsync();
        var today = new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.FromHours(2));
        await AddScheduleAsync(table, "a", TriageTimer.Subject(Ana, "t1"), TriageActions.Resurface, today.AddHours(15), ScheduleStatus.Pending);
        await AddScheduleAsync(table, "b", TriageTimer.Subject(Ana, "t2"), TriageActions.Resurface, today.AddDays(1).AddHours(1), ScheduleStatus.Pending);
        await AddScheduleAsync(table, "c", TriageTimer.Subject(Ana, "t3"), TriageActions.Trash, today.AddHours(-3), ScheduleStatus.Done);
        await AddScheduleAsync(table, "d", TriageTimer.Subject(Ana, "t4"), TriageActions.Trash, today.AddDays(-2), ScheduleStatus.Done);
        await AddScheduleAsync(table, "e", TriageTimer.Subject("bo@example.test", "t5"), TriageActions.Resurface, today.AddHours(9), ScheduleStatus.Pending);
        await AddScheduleAsync(table, "f", TriageTimer.Subject(Ana, "t6"), TriageActions.Waiting, today.AddHours(10), ScheduleStatus.Cancelled);
    }

    private static AssistantEmail Email(string id, string category, EmailStatus status) => new()
    {
        Mailbox = Ana, MessageId = id, ThreadId = "t" + id, Subject = "Subject " + id, Category = category, Status = status, ReceivedAt = Now,
    };

    private static TriagedThread Thread(string id, bool reviewed) => new()
    {
        Mailbox = Ana, ThreadId = id, MessageId = id, Subject = "Review " + id, SuggestedFolder = TriageFolders.Planning,
        FinalFolder = TriageFolders.Review, Source = "llm", TriagedAt = Now, Reviewed = reviewed,
    };

    private static Task AddScheduleAsync(TableClient table, string id, string subject, string action, DateTimeOffset due, ScheduleStatus status) =>
        table.AddEntityAsync(new ScheduleEntity
        {
            PartitionKey = ScheduleKeys.SchedulePartition(id), Id = id, SubjectKey = subject, Action = action, DueAt = due, Status = status,
            CreatedAt = due.AddDays(-1), CompletedAt = status == ScheduleStatus.Done ? due : null,
        });

    private sealed class CountingPolicy : HttpPipelineSynchronousPolicy
    {
        public int Count;

        public override void OnSendingRequest(HttpMessage message) => Interlocked.Increment(ref Count);
    }
}
