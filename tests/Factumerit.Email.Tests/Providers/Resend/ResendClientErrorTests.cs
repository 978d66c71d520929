using System.Net;
using Factumerit.Email.Providers.Resend;

namespace Factumerit.Email.Tests.Providers.Resend;

public sealed class ResendClientErrorTests
{
    [Fact]
    public async Task Maps_a_validation_error_to_its_name_without_retrying()
    {
        using var harness = new ResendClientHarness();
        harness.Stub.Answer((HttpStatusCode)422,
            """{"statusCode":422,"message":"Missing `from` field.","name":"missing_required_field"}""");

        var error = await Assert.ThrowsAsync<ResendApiException>(
            () => harness.Client.SendEmailAsync(ResendClientSendTests.Request()));

        Assert.Equal(422, error.Status);
        Assert.Equal("missing_required_field", error.Name);
        Assert.Equal("missing_required_field", error.ErrorCode);
        Assert.Equal("Missing `from` field.", error.Message);
        Assert.Single(harness.Stub.Requests);
    }

    [Fact]
    public async Task Reports_a_reused_idempotency_key_with_another_body_as_a_conflict_without_retrying()
    {
        using var harness = new ResendClientHarness();
        harness.Stub.Answer(HttpStatusCode.Conflict,
            """{"statusCode":409,"message":"Same idempotency key used with a different request payload.","name":"invalid_idempotent_request"}""");

        var error = await Assert.ThrowsAsync<ResendApiException>(
            () => harness.Client.SendEmailAsync(ResendClientSendTests.Request(), "key-1"));

        Assert.True(error.IsIdempotencyConflict);
        Assert.Equal(ResendApiException.InvalidIdempotentRequest, error.Name);
        Assert.Single(harness.Stub.Requests);
    }

    [Fact]
    public async Task Without_an_api_key_refuses_to_send_and_makes_no_request()
    {
        using var harness = new ResendClientHarness(new() { ["Resend:ApiKey"] = "" });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => harness.Client.SendEmailAsync(ResendClientSendTests.Request()));

        Assert.Contains("Resend:ApiKey", error.Message);
        Assert.Empty(harness.Stub.Requests);
    }

    [Fact]
    public async Task Names_the_edge_code_of_a_plain_text_refusal()
    {
        using var harness = new ResendClientHarness();
        harness.Stub.Answer(HttpStatusCode.Forbidden, "error code: 1010", "text/plain");

        var error = await Assert.ThrowsAsync<ResendApiException>(
            () => harness.Client.SendEmailAsync(ResendClientSendTests.Request()));

        Assert.Equal(403, error.Status);
        Assert.Equal("1010", error.Name);
        Assert.Contains("error code: 1010", error.Message);
    }

    [Fact]
    public async Task Reports_a_missing_received_email_as_not_found()
    {
        using var harness = new ResendClientHarness();
        harness.Stub.Answer(HttpStatusCode.NotFound, """{"statusCode":404,"message":"Email not found","name":"not_found"}""");

        var error = await Assert.ThrowsAsync<ResendApiException>(
            () => harness.Client.GetReceivedEmailAsync("4ef9a417-02e9-4d39-ad75-9611e0fcc33c"));

        Assert.Equal(404, error.Status);
        Assert.Equal(ResendApiException.NotFound, error.Name);
    }
}
