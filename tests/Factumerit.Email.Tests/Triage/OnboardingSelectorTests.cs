using Factumerit.Email.Triage;
using Factumerit.Email.Triage.Onboarding;

namespace Factumerit.Email.Tests.Triage;

public sealed class OnboardingSelectorTests
{
    private const string Mailbox = "me@home.example";
    private static readonly DateTimeOffset Now = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Every_bucket_gets_one_email_when_the_mailbox_has_one_for_it()
    {
        var pool = BucketMail().Concat(Filler(20)).ToList();

        var picked = OnboardingSelector.Select(pool, Mailbox, Now);

        Assert.Equal(12, picked.Count);
        Assert.Equal(BucketMail().Select(c => c.MessageId).Order(), picked.Select(c => c.MessageId).Order());
    }

    [Fact]
    public void No_sender_domain_is_picked_twice()
    {
        var pool = Enumerable.Range(0, 40).Select(i => Mail($"m{i}", $"news{i % 5}.example", i % 2 == 0 ? "Weekly digest" : "Your order shipped", i)).ToList();

        var picked = OnboardingSelector.Select(pool, Mailbox, Now);

        Assert.Equal(5, picked.Count);
        Assert.Equal(picked.Count, picked.Select(c => c.Domain).Distinct().Count());
    }

    [Fact]
    public void A_small_mailbox_gives_fewer_than_twelve()
    {
        var pool = new[] { Mail("a", "shop.example", "Your order shipped", 0), Mail("b", "gmail.com", "Dinner on Friday?", 1), Mail("c", "other.example", "Hello", 2) };

        var picked = OnboardingSelector.Select(pool, Mailbox, Now);

        Assert.Equal(["a", "b", "c"], picked.Select(c => c.MessageId).Order());
    }

    [Fact]
    public void The_same_mailbox_gets_the_same_order_and_another_mailbox_a_different_one()
    {
        var pool = BucketMail().ToList();

        var first = OnboardingSelector.Select(pool, Mailbox, Now).Select(c => c.MessageId).ToList();
        var again = OnboardingSelector.Select(pool.AsEnumerable().Reverse().ToList(), Mailbox, Now).Select(c => c.MessageId).ToList();
        var other = OnboardingSelector.Select(pool, "someone@else.example", Now).Select(c => c.MessageId).ToList();

        Assert.Equal(first, OnboardingSelector.Select(pool, Mailbox.ToUpperInvariant(), Now).Select(c => c.MessageId));
        Assert.Equal(first.Order(), again.Order());
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void Remaining_slots_go_to_the_most_unique_emails()
    {
        // One bucket is filled (ecommerce); the rest is plain mail that only the uniqueness score separates.
        var pool = new List<OnboardingCandidate>
        {
            Mail("shop", "shop.example", "Your order shipped", 0),
            Mail("same-shape", "acme.example", "Quarterly numbers", 1),
            Mail("other-tld", "acme.de", "Quarterly numbers", 2),
            Mail("attachment", "files.example", "Quarterly numbers", 3) with { HasAttachment = true },
        };
        // A second, older email from each domain keeps them out of the "unknown" bucket (a domain seen once).
        pool.AddRange(pool.Skip(1).Select(c => c with { MessageId = c.MessageId + "-older", ReceivedAt = c.ReceivedAt.AddHours(-30) }).ToList());

        var picked = OnboardingSelector.Select(pool, Mailbox, Now, size: 3);

        Assert.Equal(["attachment", "other-tld", "shop"], picked.Select(c => c.MessageId).Order());
    }

    [Fact]
    public void Uniqueness_scores_follow_the_spec()
    {
        var selected = new[] { Mail("s", "corp.example", "Hello there", 0) };

        Assert.Equal(0, OnboardingSelector.Score(Mail("x", "other.example", "General update", 0), selected, Now));
        Assert.Equal(2, OnboardingSelector.Score(Mail("x", "other.de", "General update", 0), selected, Now));
        Assert.Equal(3 + 2, OnboardingSelector.Score(Mail("x", "gmail.com", "General update", 0), selected, Now));
        Assert.Equal(2, OnboardingSelector.Score(Mail("x", "other.example", "General update", 0) with { HasAttachment = true }, selected, Now));
        Assert.Equal(2, OnboardingSelector.Score(Mail("x", "other.example", "Re: General update", 0), selected, Now));
        Assert.Equal(1, OnboardingSelector.Score(Mail("x", "other.example", "General update", 24 * 8), selected, Now));
    }

    [Fact]
    public void Bucket_signals_match_words_and_domains_not_parts_of_words()
    {
        var unknown = DiversityBucket.All.Single(b => b.Name == DiversityBucket.Unknown);
        var dev = DiversityBucket.All.Single(b => b.Name == "dev");
        var counts = new Dictionary<string, int> { ["rare.example"] = 1, ["often.example"] = 3 };

        Assert.True(OnboardingSelector.Matches(Mail("a", "github.com", "Hello", 0), dev, counts));
        Assert.True(OnboardingSelector.Matches(Mail("a", "ci.example", "Build failed on main", 0), dev, counts));
        Assert.False(OnboardingSelector.Matches(Mail("a", "ci.example", "Our new building", 0), dev, counts));
        Assert.True(OnboardingSelector.Matches(Mail("a", "rare.example", "Hello", 0), unknown, counts));
        Assert.False(OnboardingSelector.Matches(Mail("a", "often.example", "Hello", 0), unknown, counts));
        Assert.False(OnboardingSelector.Matches(Mail("a", "rare.example", "Team meeting", 0), unknown, counts));
    }

    private static IEnumerable<OnboardingCandidate> BucketMail() =>
    [
        Mail("ecommerce", "amazon.example", "Your order has shipped", 1),
        Mail("social", "linkedin.com", "You appeared in 5 searches", 2),
        Mail("financial", "mybank.example", "Statement ready", 3),
        Mail("travel", "airline.example", "Your flight to Prague", 4),
        Mail("newsletter", "substack.com", "The Sunday read", 5),
        Mail("dev", "github.com", "[repo] Pull request merged", 6),
        Mail("calendar", "calendly.example", "Invitation: sync call", 7),
        Mail("marketing", "deals.example", "Big sale this weekend", 8),
        Mail("support", "helpdesk.example", "Ticket 4411 updated", 9),
        Mail("personal", "gmail.com", "Dinner on Friday?", 10),
        Mail("security", "accounts.example", "Verification code", 11),
        Mail("unknown", "stranger.example", "Hello", 12),
    ];

    // Same-domain filler that matches no bucket: it may only fill slots the buckets leave empty.
    private static IEnumerable<OnboardingCandidate> Filler(int count) =>
        Enumerable.Range(0, count).Select(i => Mail($"filler{i}", "amazon.example", "Quarterly numbers", 20 + i));

    private static OnboardingCandidate Mail(string id, string domain, string subject, int hoursAgo) =>
        new(id, "t-" + id, "someone@" + domain, domain, subject, Now.AddHours(-hoursAgo), false, TriageFolders.Inbox, 0.8, "llm");
}
