using Factumerit.Email.Assistant;
using Factumerit.Email.Assistant.Classification;
using Factumerit.Email.Assistant.Eval;
using Factumerit.Email.Assistant.Mailboxes;
using Factumerit.Email.Tests.Hosting;

namespace Factumerit.Email.Tests.Assistant;

/// <summary>The shipped fixtures (fixtures/classification): enough of them, varied, and honest about the rule tier.</summary>
public sealed class ClassificationFixturesTests
{
    private static readonly IReadOnlyList<ClassificationFixture> Fixtures =
        FixtureLoader.Load(Path.Combine(RepositoryFiles.Root(), "fixtures", "classification"));

    [Fact]
    public void There_are_at_least_60_covering_every_category_with_unique_subjects()
    {
        Assert.True(Fixtures.Count >= 60, $"{Fixtures.Count} fixtures");
        Assert.All(Categories.All, c => Assert.True(Fixtures.Count(f => f.ExpectedClassification == c) >= 4, c));
        Assert.Equal(Fixtures.Count, Fixtures.Select(f => f.Subject).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void They_cover_paid_and_unpaid_invoices_meetings_newsletters_with_questions_and_three_languages()
    {
        Assert.True(Fixtures.Count(f => f.Category == "paid_invoice" && f.ExpectedClassification == Categories.Fyi) >= 3);
        Assert.True(Fixtures.Count(f => f.ExpectedClassification == Categories.PaymentRequest) >= 5);
        Assert.True(Fixtures.Count(f => f.Subject.Contains("Invitation", StringComparison.Ordinal) || f.Subject.Contains("Einladung", StringComparison.Ordinal)
            || f.Subject.Contains("Pozvánka", StringComparison.Ordinal)) >= 3);
        Assert.True(Fixtures.Count(f => f.Headers?.ContainsKey("List-Unsubscribe") == true && f.Body.Contains('?', StringComparison.Ordinal)) >= 2);
        Assert.True(Fixtures.Count(f => f.Body.IndexOfAny(['ř', 'ě', 'č', 'ů']) >= 0) >= 10, "Czech");
        Assert.True(Fixtures.Count(f => f.Body.IndexOfAny(['ä', 'ö', 'ü', 'ß']) >= 0) >= 10, "German");
        Assert.True(Fixtures.Count(f => f.Body.Contains(" the ", StringComparison.Ordinal)) >= 10, "English");
    }

    [Fact]
    public void The_rule_tier_catches_every_automated_fixture_and_no_other()
    {
        var settings = new MailboxSettings();
        foreach (var fixture in Fixtures)
        {
            var input = fixture.ToInput();
            var verdict = RuleTier.Check(input.Sender, input.Headers, settings);
            Assert.True(fixture.ExpectsRuleTier == (verdict is not null), $"{fixture.Id}: rule {verdict?.Code ?? "none"}");
        }
        Assert.True(Fixtures.Count(f => f.ExpectsRuleTier) >= 10);
    }

    [Fact]
    public void A_broken_fixture_file_is_reported_with_its_problems()
    {
        var fixtures = FixtureLoader.Parse("""
            - id: a
              category: x
              sender_email: not-an-address
              subject: s
              body: b
              expected_classification: spam
            - id: a
              category: x
              sender_email: a@b.cz
              subject: s2
              body: b
              expected_classification: fyi
            """, "broken.yaml");

        var error = Assert.Throws<FormatException>(() => FixtureLoader.Check(fixtures));

        Assert.Contains("broken.yaml: a: expected_classification 'spam'", error.Message, StringComparison.Ordinal);
        Assert.Contains("sender_email is not a valid address", error.Message, StringComparison.Ordinal);
        Assert.Contains("a: the id is used 2 times", error.Message, StringComparison.Ordinal);
    }
}
