using Factumerit.Email.Assistant.Classification;
using Factumerit.Email.Triage;
using Factumerit.Email.Triage.Decisions;
using Factumerit.Email.Triage.Patterns;

namespace Factumerit.Email.Tests.Triage;

public sealed class TriageDecisionTests
{
    private static PatternHint Match(string from, string subject, string body = "") =>
        TriagePatternMatcher.Match(new ClassificationInput { From = from, Subject = subject, Body = body }, new TriageSettings());

    [Theory]
    [InlineData("noreply@bank.example", "Your verification code is 847291", "INBOX", "2fa")]
    [InlineData("ship@store.example", "Your package has shipped", "INBOX", "shipping")]
    [InlineData("billing@saas.example", "Your receipt for March", "Paper-Trail/Invoices", "invoice")]
    [InlineData("trips@air.example", "Your flight itinerary", "Paper-Trail/Travel", "travel")]
    [InlineData("legal@saas.example", "Updated terms of service", "Paper-Trail/Admin", "admin")]
    [InlineData("notify@linkedin.com", "Jana sent you a message", "INBOX", "social-dm")]
    [InlineData("notify@linkedin.com", "5 people viewed your profile", "Social", "social")]
    [InlineData("news@letter.example", "The weekly digest", "Feed", "newsletter")]
    [InlineData("deals@shop.example", "40% off everything", "Promotions", "promo")]
    [InlineData("notifications@github.com", "Re: [repo] a pull request", "Social", "dev")]
    public void The_pattern_matcher_hints_the_spec_folders(string from, string subject, string folder, string tag)
    {
        var hint = Match(from, subject);

        Assert.Equal(folder, hint.Folder);
        Assert.Contains(tag, hint.Tags);
    }

    [Fact]
    public void Two_factor_mail_carries_the_mailboxs_delete_timing_and_shipping_asks_for_a_snooze()
    {
        Assert.Equal(15, Match("a@b.example", "Your sign-in code").AutoDeleteMinutes);
        Assert.Null(TriagePatternMatcher.Match(new ClassificationInput { From = "a@b.example", Subject = "one-time code" },
            new TriageSettings { TwoFactorDeleteMinutes = null }).AutoDeleteMinutes);
        Assert.True(Match("a@b.example", "Out for delivery today").Snooze);
        Assert.Equal(30 * 24 * 60, Match("builds@circleci.com", "Build failed").AutoDeleteMinutes);
    }

    [Fact]
    public void Below_the_threshold_the_thread_goes_to_review_keeping_the_suggestion()
    {
        var hint = Match("billing@saas.example", "Your receipt");
        var answer = new TriageAnswer { Folder = "Paper-Trail/Invoices", Confidence = 0.6, Reasoning = "looks like a receipt" };

        var low = TriageMerger.Merge(hint, answer, null, new TriageSettings(), vip: false);
        var lenient = TriageMerger.Merge(hint, answer, null, new TriageSettings { ConfidenceThreshold = 0.5 }, vip: false);

        Assert.Equal((TriageFolders.Review, TriageFolders.Invoices, TriageSources.Llm), (low.FinalFolder, low.SuggestedFolder, low.Source));
        Assert.Equal(TriageFolders.Invoices, lenient.FinalFolder);
        Assert.True(low.PatternAgreed);
    }

    [Fact]
    public void Without_an_llm_answer_the_pattern_suggestion_waits_in_review()
    {
        var hint = Match("deals@shop.example", "Limited time offer");

        var decision = TriageMerger.Merge(hint, null, "llm_error: Unavailable", new TriageSettings(), vip: false);

        Assert.Equal((TriageFolders.Review, TriageFolders.Promotions, TriageSources.PatternFallback, 0.0),
            (decision.FinalFolder, decision.SuggestedFolder, decision.Source, decision.Confidence));
    }

    [Fact]
    public void Vip_senders_and_social_dms_stay_in_the_inbox_and_fyi_cc_mail_is_planning()
    {
        var social = new TriageAnswer { Folder = "Social", Confidence = 0.9 };
        var dm = TriageMerger.Merge(Match("notify@linkedin.com", "Jana sent you a message"), social, null, new TriageSettings(), false);
        var vip = TriageMerger.Merge(Match("news@boss.example", "Weekly digest"), new TriageAnswer { Folder = "Feed", Confidence = 0.9 }, null,
            new TriageSettings { VipSenders = ["boss.example"] }, new TriageSettings { VipSenders = ["boss.example"] }.IsVip("news@boss.example"));
        var cc = TriagePatternMatcher.Match(new ClassificationInput
        {
            From = "a@corp.example",
            Subject = "Status",
            Headers = [KeyValuePair.Create("To", "b@corp.example"), KeyValuePair.Create("Cc", "me@home.example")],
        }, new TriageSettings(), "me@home.example");
        var fyi = TriageMerger.Merge(cc, new TriageAnswer { Folder = "INBOX", Confidence = 0.9 }, null, new TriageSettings(), false, "fyi");

        Assert.Equal(TriageFolders.Inbox, dm.FinalFolder);
        Assert.Equal((TriageFolders.Inbox, TriageSources.Vip), (vip.FinalFolder, vip.Source));
        Assert.Equal(TriageFolders.Planning, fyi.FinalFolder);
    }
}
