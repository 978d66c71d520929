using Factumerit.Email.Providers.Gmail;

namespace Factumerit.Email.IntegrationTests.Providers.Gmail;

public sealed class GmailRetryTests
{
    [Theory]
    [InlineData(429, "rateLimitExceeded")]
    [InlineData(503, "backendError")]
    [InlineData(500, "backendError")]
    [InlineData(403, "rateLimitExceeded")]
    [InlineData(403, "userRateLimitExceeded")]
    public async Task Transient_failures_are_retried_with_back_off_until_the_call_succeeds(int status, string reason)
    {
        await using var harness = await GmailHarness.StartAsync();
        var client = harness.CreateClient();
        harness.Gmail.FailNext(status, reason, times: 2);

        var profile = await client.GetProfileAsync();

        Assert.Equal(harness.Mailbox, profile.EmailAddress);
        Assert.Equal([status, status, 200], harness.Gmail.Requests.Select(r => r.Status));
        Assert.Equal(2, harness.Clock.Waits.Count);
        Assert.All(harness.Clock.Waits, wait => Assert.True(wait > TimeSpan.Zero));
        Assert.Equal(1, client.Quota.CallsTo(GmailOperation.GetProfile));
    }

    [Fact]
    public async Task Retries_stop_after_the_configured_number_of_attempts()
    {
        await using var harness = await GmailHarness.StartAsync();
        var client = harness.CreateClient();
        harness.Gmail.FailNext(503, "backendError", times: 20);

        var error = await Assert.ThrowsAsync<GmailApiException>(() => client.ListLabelsAsync());

        Assert.Equal(503, error.Status);
        Assert.Equal("backendError", error.Reason);
        Assert.Equal(GmailHarness.MaxRetries + 1, harness.Gmail.Requests.Count);
    }

    [Theory]
    [InlineData(403, "insufficientPermissions")]
    [InlineData(400, "invalidArgument")]
    [InlineData(404, "notFound")]
    public async Task Other_client_errors_are_not_retried(int status, string reason)
    {
        await using var harness = await GmailHarness.StartAsync();
        var client = harness.CreateClient();
        harness.Gmail.FailNext(status, reason);

        var error = await Assert.ThrowsAsync<GmailApiException>(() => client.GetProfileAsync());

        Assert.Equal(status, error.Status);
        Assert.Equal(reason, error.Reason);
        Assert.Single(harness.Gmail.Requests);
        Assert.Empty(harness.Clock.Waits);
    }

    [Fact]
    public async Task With_retries_off_a_429_fails_at_once()
    {
        await using var harness = await GmailHarness.StartAsync(s => s["Gmail:MaxRetries"] = "0");
        var client = harness.CreateClient();
        harness.Gmail.FailNext(429, "rateLimitExceeded");

        var error = await Assert.ThrowsAsync<GmailApiException>(() => client.GetProfileAsync());

        Assert.Equal(429, error.Status);
        Assert.Single(harness.Gmail.Requests);
    }
}
