using System.Globalization;
using Factumerit.Email.Digest;
using Factumerit.Email.Tests.Support;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Tests.Digest;

public sealed class DigestLinkTokensTests
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.Parse("2026-06-01T05:05:00Z", CultureInfo.InvariantCulture));

    [Fact]
    public void A_token_names_its_one_action_and_target()
    {
        var tokens = Tokens();

        var claim = tokens.Validate(tokens.Create(DigestActionKinds.SignalDismiss, "sig42"));

        Assert.Equal(DigestActionKinds.SignalDismiss, claim!.Kind);
        Assert.Equal("sig42", claim.Target);
    }

    [Fact]
    public void A_changed_payload_or_signature_is_rejected()
    {
        var tokens = Tokens();
        var token = tokens.Create(DigestActionKinds.SignalDismiss, "sig42");
        var (body, signature) = (token.Split('.')[0], token.Split('.')[1]);
        var otherBody = tokens.Create(DigestActionKinds.LeadApprove, "lead7").Split('.')[0];

        Assert.Null(tokens.Validate(otherBody + "." + signature));
        Assert.Null(tokens.Validate(body + "." + Flip(signature)));
        Assert.Null(tokens.Validate(Flip(body) + "." + signature));
        Assert.Null(tokens.Validate(body));
        Assert.Null(tokens.Validate(""));
        Assert.Null(tokens.Validate(token + ".x"));
    }

    [Fact]
    public void A_token_signed_with_another_secret_is_rejected()
    {
        var other = new DigestLinkTokens(Options.Create(new DigestOptions { LinkSecret = new string('z', 40) }), _clock);

        Assert.Null(Tokens().Validate(other.Create(DigestActionKinds.LeadReject, "lead7")));
    }

    [Fact]
    public void A_token_stops_working_when_it_expires()
    {
        var tokens = Tokens();
        var token = tokens.Create(DigestActionKinds.LeadApprove, "lead7");

        _clock.Advance(TimeSpan.FromDays(3) - TimeSpan.FromSeconds(1));
        Assert.NotNull(tokens.Validate(token));
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Null(tokens.Validate(token));
    }

    [Fact]
    public void Only_known_actions_can_be_signed()
    {
        Assert.Throws<ArgumentException>(() => Tokens().Create("admin.delete", "x"));
        Assert.Throws<ArgumentException>(() => Tokens().Create(DigestActionKinds.LeadApprove, "a|b"));
    }

    private DigestLinkTokens Tokens() => new(Options.Create(Composers.LinkOptions()), _clock);

    private static string Flip(string text) => (text[0] == 'A' ? 'B' : 'A') + text[1..];
}
