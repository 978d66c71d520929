using System.Globalization;
using Factumerit.Email.Digest;
using Factumerit.Email.Personas.Handlers.Digest;
using Factumerit.Email.Tests.Support;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Tests.Digest;

public sealed class DigestComposerTests
{
    private static readonly DigestSubscription Ana = new("ana@example.com", "digest@factumerit.app", 7, "Europe/Prague", Active: true);
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.Parse("2026-06-01T05:05:00Z", CultureInfo.InvariantCulture));

    [Fact]
    public async Task Sections_with_nothing_to_say_are_left_out_and_the_rest_keep_their_order()
    {
        var composer = Composers.Create(_clock, null,
            new FixedSection(30, new DigestSection("Recruiting", ["New leads: 1"], [])),
            new FixedSection(20, null),
            new FixedSection(25, new DigestSection("Empty", [], [])),
            new FixedSection(10, new DigestSection("Persona mailboxes", ["Messages handled: 2"], [])));

        var mail = await composer.ComposeAsync(Ana, _clock.GetUtcNow());

        Assert.NotNull(mail);
        Assert.DoesNotContain("Empty", mail.Text, StringComparison.Ordinal);
        Assert.True(mail.Text!.IndexOf("Persona mailboxes", StringComparison.Ordinal) < mail.Text.IndexOf("Recruiting", StringComparison.Ordinal));
        Assert.Contains("New leads: 1", mail.Html, StringComparison.Ordinal);
        Assert.Equal("Your Factumerit digest for Monday 1 June 2026", mail.Subject);
        Assert.Equal(["ana@example.com"], mail.To);
        Assert.Equal(DigestComposer.Kind, mail.Kind);
    }

    [Fact]
    public async Task No_digest_at_all_when_every_section_is_empty()
    {
        var composer = Composers.Create(_clock, null, new FixedSection(10, null), new FixedSection(20, new DigestSection("Empty", [], [])));

        Assert.Null(await composer.ComposeAsync(Ana, _clock.GetUtcNow()));
    }

    [Fact]
    public async Task A_hostile_subject_is_escaped_in_the_html()
    {
        const string hostile = "<script>alert('x')</script><a href=\"https://evil.test\">win</a> & more";
        var composer = Composers.Create(_clock, null, new FixedSection(10, new DigestSection("Gmail", ["Needs a response: 1"],
            [new DigestItem($"Needs a response: {hostile}")])));

        var mail = await composer.ComposeAsync(Ana, _clock.GetUtcNow());

        Assert.DoesNotContain("<script>", mail!.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("evil.test\">", mail.Html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", mail.Html, StringComparison.Ordinal);
        Assert.Contains("&amp; more", mail.Html, StringComparison.Ordinal);
        Assert.Contains(hostile, mail.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Actions_become_signed_links_when_links_are_configured()
    {
        var options = Composers.LinkOptions();
        var section = new FixedSection(10, new DigestSection("Recruiting", ["New leads: 1"],
            [new DigestItem("Lead: Acme", [new DigestAction(DigestActionKinds.LeadApprove, "abc123", "Approve")])]));

        var linked = await Composers.Create(_clock, options, section).ComposeAsync(Ana, _clock.GetUtcNow());
        var plain = await Composers.Create(_clock, null, section).ComposeAsync(Ana, _clock.GetUtcNow());

        var url = DigestLinksFrom(linked!.Text!).Single();
        Assert.StartsWith("https://mail.example.test/api/digest/act?token=", url, StringComparison.Ordinal);
        var token = Uri.UnescapeDataString(url[(url.IndexOf('=', StringComparison.Ordinal) + 1)..]);
        var claim = new DigestLinkTokens(Options.Create(options), _clock).Validate(token);
        Assert.Equal(new DigestLinkClaim(DigestActionKinds.LeadApprove, "abc123", _clock.GetUtcNow().AddDays(3)), claim);
        Assert.Contains(">Approve</a>", linked.Html, StringComparison.Ordinal);
        Assert.Empty(DigestLinksFrom(plain!.Text!));
        Assert.DoesNotContain("<a ", plain.Html, StringComparison.Ordinal);
    }

    internal static IEnumerable<string> DigestLinksFrom(string text) =>
        text.Split('\n').Select(l => l.Trim()).Where(l => l.Contains("https://", StringComparison.Ordinal))
            .Select(l => l[l.IndexOf("https://", StringComparison.Ordinal)..]);

    private sealed class FixedSection(int order, DigestSection? section) : IDigestSectionSource
    {
        public int Order => order;

        public Task<DigestSection?> BuildAsync(DigestRequest request, CancellationToken cancellationToken = default) => Task.FromResult(section);
    }
}
