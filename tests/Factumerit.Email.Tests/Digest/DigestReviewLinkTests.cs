using System.Globalization;
using Factumerit.Email.Assistant;
using Factumerit.Email.Assistant.Mailboxes;
using Factumerit.Email.Digest;
using Factumerit.Email.Digest.Sections;
using Factumerit.Email.Personas.Handlers.Digest;
using Factumerit.Email.Scheduling;
using Factumerit.Email.Tests.Support;
using Factumerit.Email.Tests.Triage;
using Factumerit.Email.Triage;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Tests.Digest;

/// <summary>The Gmail section's Review threads, each with its own accept and keep-in-Inbox links.</summary>
public sealed class DigestReviewLinkTests
{
    private const string Ana = "ana@example.com";
    private static readonly DigestSubscription Subscription = new(Ana, "digest@factumerit.app", 7, "Europe/Prague", Active: true);
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.Parse("2026-06-01T05:05:00Z", CultureInfo.InvariantCulture));
    private readonly MemoryTriageStore _triage = new();
    private readonly MemoryMailboxes _mailboxes = new();

    public DigestReviewLinkTests()
    {
        _mailboxes.Rows[Ana] = new Mailbox { Address = Ana, Credential = MailboxCredentialRef.ForRefreshToken("Gmail__RefreshToken") };
        Save("t-plan", "Quarterly planning?", TriageFolders.Planning, reviewed: false);
        Save("t-bill", "Your invoice", TriageFolders.Invoices, reviewed: false);
        Save("t-done", "Settled already", TriageFolders.Feed, reviewed: true);
    }

    [Fact]
    public async Task Each_review_thread_gets_an_accept_and_a_keep_in_inbox_link_for_itself()
    {
        var options = Composers.LinkOptions();

        var mail = await Composers.Create(_clock, options, Section()).ComposeAsync(Subscription, _clock.GetUtcNow());

        var tokens = new DigestLinkTokens(Options.Create(options), _clock);
        var claims = mail!.Text!.Split('\n').Select(l => l.Trim())
            .Where(l => l.StartsWith("Accept: https://", StringComparison.Ordinal) || l.StartsWith("Keep in Inbox: https://", StringComparison.Ordinal))
            .Select(l => tokens.Validate(Uri.UnescapeDataString(l[(l.IndexOf("token=", StringComparison.Ordinal) + "token=".Length)..])))
            .Select(c => (c!.Kind, c.Target))
            .ToList();
        Assert.Equal(
        [
            (DigestActionKinds.ReviewAccept, ReviewLinkTarget.Format(Ana, "t-plan")), (DigestActionKinds.ReviewDismiss, ReviewLinkTarget.Format(Ana, "t-plan")),
            (DigestActionKinds.ReviewAccept, ReviewLinkTarget.Format(Ana, "t-bill")), (DigestActionKinds.ReviewDismiss, ReviewLinkTarget.Format(Ana, "t-bill")),
        ], claims.OrderBy(c => c.Target.EndsWith("t-bill", StringComparison.Ordinal)));
        Assert.Contains("In the Review queue: 2", mail.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Settled already", mail.Text, StringComparison.Ordinal);
        Assert.Equal(2, CountOf(mail.Html!, ">Accept</a>"));
        Assert.Equal(2, CountOf(mail.Html!, ">Keep in Inbox</a>"));
    }

    [Fact]
    public async Task Review_threads_are_listed_without_links_when_links_are_not_configured()
    {
        var mail = await Composers.Create(_clock, null, Section()).ComposeAsync(Subscription, _clock.GetUtcNow());

        Assert.Contains("Review: Quarterly planning? (suggested Planning)", mail!.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", mail.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<a ", mail.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ana@example.com", "18c2f0a1b2")]
    [InlineData("odd|name/with%@example.com", "thread/with|bars")]
    public void A_review_target_round_trips_and_never_carries_the_token_separator(string mailbox, string threadId)
    {
        var target = ReviewLinkTarget.Format(mailbox, threadId);

        Assert.DoesNotContain('|', target);
        Assert.True(ReviewLinkTarget.TryParse(target, out var parsedMailbox, out var parsedThread));
        Assert.Equal((mailbox, threadId), (parsedMailbox, parsedThread));
    }

    [Theory]
    [InlineData("")]
    [InlineData("t-plan")]
    [InlineData("a/b/c")]
    [InlineData("/t-plan")]
    public void A_malformed_review_target_is_refused(string target) =>
        Assert.False(ReviewLinkTarget.TryParse(target, out _, out _));

    private AssistantSection Section() => new(_mailboxes, new NoWaiting(), _triage, new NoSchedules());

    private void Save(string threadId, string subject, string suggested, bool reviewed) => _triage.Threads[threadId] = new TriagedThread
    {
        Mailbox = Ana, ThreadId = threadId, MessageId = "m-" + threadId, Subject = subject, SuggestedFolder = suggested,
        FinalFolder = TriageFolders.Review, Source = "llm", Confidence = 0.4, TriagedAt = _clock.GetUtcNow(), Reviewed = reviewed,
    };

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    private sealed class NoWaiting : IAssistantDigestReader
    {
        public Task<IReadOnlyList<AssistantEmail>> ListWaitingAsync(string mailbox, int max, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<AssistantEmail>>([]);
    }

    private sealed class NoSchedules : IScheduleDigestReader
    {
        public Task<IReadOnlyList<ScheduleState>> ListDueAsync(string subjectPrefix, IReadOnlyCollection<string> actions, DateTimeOffset from,
            DateTimeOffset to, int max, CancellationToken cancellationToken = default) => Task.FromResult<IReadOnlyList<ScheduleState>>([]);
    }
}
