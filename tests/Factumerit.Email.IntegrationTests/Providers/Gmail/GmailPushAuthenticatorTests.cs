using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Factumerit.Email.IntegrationTests.Fakes.Gmail;
using Factumerit.Email.Providers.Gmail.Push;

namespace Factumerit.Email.IntegrationTests.Providers.Gmail;

/// <summary>Push JWTs checked against the fake JWKS over HTTP, as in production.</summary>
public sealed class GmailPushAuthenticatorTests
{
    private const string Audience = GmailHarness.PushAudience;
    private const string Account = GmailHarness.PushServiceAccount;

    [Theory]
    [InlineData("https://accounts.google.com")]
    [InlineData("accounts.google.com")]
    public async Task A_token_from_our_push_subscription_is_accepted(string issuer)
    {
        await using var harness = await GmailHarness.StartAsync();
        var token = harness.Jwks.MintPushToken(Audience, Account, issuer: issuer);

        var result = await harness.PushAuthenticator.ValidateAsync("Bearer " + token);

        Assert.True(result.IsValid, result.Detail);
        Assert.Equal(Account, result.Email);
        Assert.NotNull(result.Subject);
    }

    [Fact]
    public async Task The_key_set_is_fetched_once_for_many_pushes()
    {
        await using var harness = await GmailHarness.StartAsync();

        for (var i = 0; i < 3; i++)
        {
            Assert.True((await harness.PushAuthenticator.ValidateAsync("Bearer " + harness.Jwks.MintPushToken(Audience, Account))).IsValid);
        }

        Assert.Equal(1, harness.Jwks.Fetches);
    }

    [Fact]
    public async Task Refusals_name_the_reason()
    {
        await using var harness = await GmailHarness.StartAsync();
        using var otherKey = RSA.Create(2048);
        var jwks = harness.Jwks;
        var cases = new (string? Header, GmailPushAuthFailure Expected)[]
        {
            ("Bearer " + jwks.MintPushToken("https://someone-else.test/push", Account), GmailPushAuthFailure.WrongAudience),
            ("Bearer " + jwks.MintPushToken(Audience, Account, issuer: "https://evil.example"), GmailPushAuthFailure.WrongIssuer),
            ("Bearer " + jwks.MintPushToken(Audience, "attacker@evil.iam.gserviceaccount.com"), GmailPushAuthFailure.WrongServiceAccount),
            ("Bearer " + jwks.MintPushToken(Audience, Account, emailVerified: false), GmailPushAuthFailure.EmailNotVerified),
            ("Bearer " + jwks.MintPushToken(Audience, Account, signingKey: otherKey), GmailPushAuthFailure.InvalidToken),
            ("Bearer " + FakeJwt.Unsigned(new JsonObject { ["aud"] = Audience, ["email"] = Account, ["iss"] = FakeGoogleJwks.GoogleIssuer }),
                GmailPushAuthFailure.UnsupportedAlgorithm),
            (null, GmailPushAuthFailure.MissingHeader),
            ("Basic dXNlcjpwYXNz", GmailPushAuthFailure.NotBearer),
            ("Bearer not-a-jwt", GmailPushAuthFailure.Malformed),
            ("Bearer @@@.###.$$$", GmailPushAuthFailure.Malformed),
        };

        foreach (var (header, expected) in cases)
        {
            var result = await harness.PushAuthenticator.ValidateAsync(header);
            Assert.False(result.IsValid);
            Assert.Equal(expected, result.Failure);
            Assert.Null(result.Email);
        }
    }

    [Fact]
    public async Task A_token_expired_on_the_injected_clock_is_refused_and_skew_is_tolerated()
    {
        await using var harness = await GmailHarness.StartAsync();
        var now = harness.Clock.GetUtcNow();
        var token = harness.Jwks.MintPushToken(Audience, Account, issuedAt: now.AddMinutes(-50), expiry: now.AddMinutes(10));

        harness.Clock.Advance(TimeSpan.FromMinutes(10.5));
        var withinSkew = await harness.PushAuthenticator.ValidateAsync("Bearer " + token);
        harness.Clock.Advance(TimeSpan.FromMinutes(1));
        var expired = await harness.PushAuthenticator.ValidateAsync("Bearer " + token);

        Assert.True(withinSkew.IsValid, withinSkew.Detail);
        Assert.Equal(GmailPushAuthFailure.Expired, expired.Failure);
    }

    [Fact]
    public async Task A_token_already_expired_in_real_time_is_refused()
    {
        await using var harness = await GmailHarness.StartAsync();
        var token = harness.Jwks.MintPushToken(Audience, Account, issuedAt: DateTimeOffset.UtcNow.AddHours(-3),
            expiry: DateTimeOffset.UtcNow.AddHours(-2));

        var result = await harness.PushAuthenticator.ValidateAsync("Bearer " + token);

        Assert.False(result.IsValid);
    }

    [Fact]
    public async Task Without_push_settings_every_push_is_refused()
    {
        await using var harness = await GmailHarness.StartAsync(s =>
        {
            s["Gmail:PushAudience"] = null;
            s["Gmail:PushServiceAccount"] = null;
        });

        var result = await harness.PushAuthenticator.ValidateAsync("Bearer " + harness.Jwks.MintPushToken(Audience, Account));

        Assert.Equal(GmailPushAuthFailure.NotConfigured, result.Failure);
    }
}
