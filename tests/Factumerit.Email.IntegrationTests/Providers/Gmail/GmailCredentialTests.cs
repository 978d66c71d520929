using Factumerit.Email.IntegrationTests.Fakes.Gmail;
using Factumerit.Email.Providers.Gmail;

namespace Factumerit.Email.IntegrationTests.Providers.Gmail;

public sealed class GmailCredentialTests
{
    [Fact]
    public async Task A_refresh_token_is_exchanged_once_and_the_access_token_reused()
    {
        await using var harness = await GmailHarness.StartAsync();
        var client = harness.CreateClient();

        await client.GetProfileAsync();
        await client.ListLabelsAsync();

        var grant = Assert.Single(harness.TokenServer.Grants);
        Assert.Equal(("refresh_token", harness.Mailbox, (string?)null), (grant.GrantType, grant.User, grant.Error));
        Assert.All(harness.Gmail.Requests, r => Assert.Equal(harness.Mailbox, r.User));
    }

    [Fact]
    public async Task A_401_refreshes_the_token_once_and_the_call_succeeds()
    {
        await using var harness = await GmailHarness.StartAsync();
        var client = harness.CreateClient();
        await client.GetProfileAsync();
        harness.Tokens.RevokeAll(harness.Mailbox);

        var labels = await client.ListLabelsAsync();

        Assert.Contains(labels, l => l.Id == "INBOX");
        Assert.Equal(2, harness.TokenServer.Grants.Count);
        Assert.Equal([200, 401, 200], harness.Gmail.Requests.Select(r => r.Status));
    }

    [Fact]
    public async Task An_expired_token_is_refreshed_before_use_on_the_injected_clock()
    {
        await using var harness = await GmailHarness.StartAsync();
        var client = harness.CreateClient();
        await client.GetProfileAsync();

        harness.Clock.Advance(TimeSpan.FromHours(2));
        await client.GetProfileAsync();

        Assert.Equal(2, harness.TokenServer.Grants.Count);
        Assert.Equal([200, 200], harness.Gmail.Requests.Select(r => r.Status));
    }

    [Fact]
    public async Task A_revoked_refresh_token_surfaces_as_invalid_grant()
    {
        await using var harness = await GmailHarness.StartAsync();
        var refreshToken = harness.TokenServer.RegisterRefreshToken(harness.Mailbox, GmailHarness.ClientId, GmailHarness.ClientSecret);
        var client = harness.Clients.Create(harness.Credentials.FromRefreshToken(
            harness.Mailbox, GmailHarness.ClientId, GmailHarness.ClientSecret, refreshToken));
        harness.TokenServer.RevokeRefreshToken(refreshToken);

        var error = await Assert.ThrowsAsync<GmailApiException>(() => client.GetProfileAsync());

        Assert.Equal("invalid_grant", error.Reason);
        Assert.Empty(harness.Gmail.Requests);
    }

    [Fact]
    public async Task A_delegated_service_account_acts_as_the_mailbox()
    {
        await using var harness = await GmailHarness.StartAsync();
        var json = harness.TokenServer.CreateServiceAccountJson();
        var client = harness.Clients.Create(harness.Credentials.FromServiceAccountJson(harness.Mailbox, json));

        var profile = await client.GetProfileAsync();

        Assert.Equal(harness.Mailbox, profile.EmailAddress);
        var grant = Assert.Single(harness.TokenServer.Grants);
        Assert.Equal(FakeGoogleTokenServer.JwtBearerGrant, grant.GrantType);
        Assert.Equal(harness.Mailbox, grant.User);
        Assert.Equal(GmailOptions.GmailModifyScope, grant.Scope);
    }

    [Fact]
    public async Task A_token_for_another_mailbox_is_refused()
    {
        await using var harness = await GmailHarness.StartAsync();
        var json = harness.TokenServer.CreateServiceAccountJson();
        var stranger = harness.Clients.Create(harness.Credentials.FromServiceAccountJson("someone-else@example.test", json));
        var client = harness.CreateClient();
        harness.Gmail.SeedMessage(harness.Mailbox, "a@customer.test", harness.Mailbox, "Private", "Secret");

        var listed = await stranger.ListMessagesAsync();

        Assert.Null(listed.Messages);
        Assert.Single((await client.ListMessagesAsync()).Messages!);
    }
}
