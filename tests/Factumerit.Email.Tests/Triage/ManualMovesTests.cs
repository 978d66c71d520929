using Factumerit.Email.Assistant.Mailboxes;
using Factumerit.Email.Assistant.Messages;
using Factumerit.Email.Tests.Support;
using Factumerit.Email.Triage;
using Factumerit.Email.Triage.Learning;
using Microsoft.Extensions.Logging.Abstractions;

namespace Factumerit.Email.Tests.Triage;

public sealed class ManualMovesTests
{
    private const string Me = "me@home.example";
    private readonly FakeTimeProvider _time = new();
    private readonly MemoryMailboxes _mailboxes = new();
    private readonly MemoryTriageStore _store = new();
    private readonly ManualMoves _moves;

    public ManualMovesTests()
    {
        _moves = new ManualMoves(_store, _mailboxes, new SenderRules(_store, NullLogger<SenderRules>.Instance), _time, NullLogger<ManualMoves>.Instance);
        _mailboxes.Rows[Me] = new Mailbox
        {
            Address = Me,
            Credential = MailboxCredentialRef.ForRefreshToken("Mailboxes__me__RefreshToken"),
            Settings = new MailboxSettings { TriageEnabled = true },
            LabelIds = TriageFolders.Labels.ToDictionary(l => l, l => "L_" + l),
        };
    }

    private void Triaged(string thread, string final, string suggested, string domain = "shop.example") =>
        _store.Threads[thread] = new TriagedThread
        {
            Mailbox = Me, ThreadId = thread, MessageId = "m-" + thread, FromDomain = domain, FromAddress = "deals@" + domain,
            Subject = "Weekly deals", SuggestedFolder = suggested, FinalFolder = final, Source = "llm",
        };

    private Task<TrainingExample?> Changed(string thread, ulong history, string? lastAdded, params string[] labels) =>
        _moves.HandleAsync(new TriageLabelChanged(Me, thread, "m-" + thread, labels, lastAdded, history));

    [Fact]
    public async Task Moving_a_triaged_thread_records_a_correction_and_holds_the_thread_for_the_user()
    {
        Triaged("t1", TriageFolders.Feed, TriageFolders.Feed);

        var example = await Changed("t1", 50, "L_Promotions", "L_Promotions");

        Assert.NotNull(example);
        Assert.Equal((TriageFolders.Feed, TriageFolders.Promotions, true, TrainingSources.ManualMove, "shop.example", "deals@shop.example", "Weekly deals"),
            (example.AiSuggestion, example.UserChoice, example.WasCorrection, example.Source, example.FromDomain, example.FromAddress, example.Subject));
        Assert.Single(_store.Examples);
        var thread = _store.Threads["t1"];
        Assert.Equal((TriageFolders.Promotions, _time.GetUtcNow(), 50UL), (thread.FinalFolder, thread.ManualMoveAt, thread.LabelsHistoryId));
    }

    [Fact]
    public async Task Labels_that_match_the_record_are_our_own_change_and_teach_nothing()
    {
        Triaged("t1", TriageFolders.Feed, TriageFolders.Feed);

        Assert.Null(await Changed("t1", 50, "L_Feed", "L_Feed", "UNREAD"));
        Assert.Null(await Changed("t9", 51, "L_Feed", "L_Feed"));

        Assert.Empty(_store.Examples);
        Assert.Null(_store.Threads["t1"].ManualMoveAt);
    }

    [Fact]
    public async Task Taking_a_review_thread_to_its_suggested_folder_confirms_the_suggestion()
    {
        Triaged("t1", TriageFolders.Review, TriageFolders.Invoices);

        var example = await Changed("t1", 50, "L_Paper-Trail/Invoices", "L_Paper-Trail/Invoices");

        Assert.Equal((TriageFolders.Invoices, false), (example!.UserChoice, example.WasCorrection));
        Assert.True(_store.Threads["t1"].Reviewed);
    }

    [Fact]
    public async Task A_change_older_than_one_already_read_is_ignored()
    {
        Triaged("t1", TriageFolders.Feed, TriageFolders.Feed);
        await Changed("t1", 60, "L_Promotions", "L_Promotions");

        Assert.Null(await Changed("t1", 55, "INBOX", "INBOX"));

        Assert.Equal(TriageFolders.Promotions, _store.Threads["t1"].FinalFolder);
        Assert.Single(_store.Examples);
    }

    [Fact]
    public async Task Three_moves_for_a_domain_create_its_rule_and_five_make_it_apply_itself()
    {
        for (var i = 1; i <= 5; i++)
        {
            Triaged("t" + i, TriageFolders.Feed, TriageFolders.Feed);
            await Changed("t" + i, (ulong)(100 + i), "L_Promotions", "L_Promotions");
            var rule = _store.Rules.GetValueOrDefault("shop.example");
            Assert.Equal(i >= 3, rule is not null);
            Assert.Equal(i >= 5, rule?.AutoApply ?? false);
        }
    }

    [Fact]
    public async Task Own_moves_recorded_first_are_not_taken_for_the_users()
    {
        Triaged("t1", TriageFolders.Promotions, TriageFolders.Promotions);

        await _store.RecordOwnMoveAsync(Me, "t1", TriageFolders.Archive);

        Assert.Null(await Changed("t1", 70, "L_Archive", "L_Archive"));
        Assert.Empty(_store.Examples);
    }
}
