using System.Net;
using Factumerit.Email.Providers.Resend;

namespace Factumerit.Email.Tests.Providers.Resend;

public sealed class ResendClientRetryTests
{
    private const string RateLimited = """{"statusCode":429,"message":"Too many requests","name":"rate_limit_exceeded"}""";
    private const string ServerError = """{"statusCode":500,"message":"Unexpected error","name":"internal_server_error"}""";

    [Fact]
    public async Task Waits_as_long_as_retry_after_asks_then_sends()
    {
        using var harness = new ResendClientHarness();
        harness.Stub
            .Answer(HttpStatusCode.TooManyRequests, RateLimited, configure: r => r.Headers.Add("retry-after", "2"))
            .Answer(HttpStatusCode.OK, """{"id":"sent-after-wait"}""");

        var id = await harness.Client.SendEmailAsync(ResendClientSendTests.Request());

        Assert.Equal("sent-after-wait", id);
        Assert.Equal(2, harness.Stub.Requests.Count);
        Assert.Contains(TimeSpan.FromSeconds(2), harness.Time.Delays);
    }

    [Fact]
    public async Task Surfaces_a_429_whose_retry_after_is_too_long_to_wait_for()
    {
        using var harness = new ResendClientHarness();
        harness.Stub.Answer(HttpStatusCode.TooManyRequests, RateLimited, configure: r => r.Headers.Add("retry-after", "3600"));

        var error = await Assert.ThrowsAsync<ResendApiException>(
            () => harness.Client.SendEmailAsync(ResendClientSendTests.Request()));

        Assert.Equal(429, error.Status);
        Assert.Equal("rate_limit_exceeded", error.Name);
        Assert.Equal(TimeSpan.FromHours(1), error.RetryAfter);
        Assert.Single(harness.Stub.Requests);
    }

    [Fact]
    public async Task Retries_server_errors_with_growing_backoff()
    {
        using var harness = new ResendClientHarness();
        harness.Stub
            .Answer(HttpStatusCode.InternalServerError, ServerError)
            .Answer(HttpStatusCode.BadGateway, "bad gateway", "text/html")
            .Answer(HttpStatusCode.OK, """{"id":"third-time"}""");

        Assert.Equal("third-time", await harness.Client.SendEmailAsync(ResendClientSendTests.Request()));
        Assert.Equal(3, harness.Stub.Requests.Count);
        Assert.Equal(2, harness.Time.Delays.Count(delay => delay > TimeSpan.Zero));
    }

    [Fact]
    public async Task Gives_up_after_the_configured_number_of_retries()
    {
        using var harness = new ResendClientHarness(new() { ["Resend:MaxRetries"] = "2" });
        for (var i = 0; i < 3; i++)
        {
            harness.Stub.Answer(HttpStatusCode.InternalServerError, ServerError);
        }

        var error = await Assert.ThrowsAsync<ResendApiException>(
            () => harness.Client.SendEmailAsync(ResendClientSendTests.Request(), "k"));

        Assert.Equal(500, error.Status);
        Assert.Equal(3, harness.Stub.Requests.Count);
    }

    [Fact]
    public async Task Retries_a_concurrent_request_with_the_same_idempotency_key()
    {
        using var harness = new ResendClientHarness();
        harness.Stub
            .Answer(HttpStatusCode.Conflict,
                """{"statusCode":409,"message":"Same idempotency key used while original request is still in progress.","name":"concurrent_idempotent_requests"}""")
            .Answer(HttpStatusCode.OK, """{"id":"original"}""");

        Assert.Equal("original", await harness.Client.SendEmailAsync(ResendClientSendTests.Request(), "key-7"));
        Assert.All(harness.Stub.Requests, request => Assert.Equal("key-7", request.Headers["Idempotency-Key"]));
    }

    [Fact]
    public async Task Retries_a_lost_connection_only_when_the_send_carries_an_idempotency_key()
    {
        using var keyed = new ResendClientHarness();
        keyed.Stub.Throw().Answer(HttpStatusCode.OK, """{"id":"once"}""");
        using var unkeyed = new ResendClientHarness();
        unkeyed.Stub.Throw().Answer(HttpStatusCode.OK, """{"id":"maybe-twice"}""");

        Assert.Equal("once", await keyed.Client.SendEmailAsync(ResendClientSendTests.Request(), "key-9"));
        await Assert.ThrowsAsync<HttpRequestException>(() => unkeyed.Client.SendEmailAsync(ResendClientSendTests.Request()));
        Assert.Single(unkeyed.Stub.Requests);
    }

    [Fact]
    public async Task A_hung_attempt_surfaces_as_a_timeout()
    {
        using var harness = new ResendClientHarness(new() { ["Resend:AttemptTimeout"] = "00:00:05", ["Resend:MaxRetries"] = "0" });
        harness.Stub.Hang();

        await Assert.ThrowsAsync<TimeoutException>(() => harness.Client.GetReceivedEmailAsync("4ef9a417-02e9-4d39-ad75-9611e0fcc33c"));
    }
}
