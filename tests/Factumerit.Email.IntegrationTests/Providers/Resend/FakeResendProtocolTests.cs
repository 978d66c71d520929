using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Factumerit.Email.IntegrationTests.Fakes.Resend;

namespace Factumerit.Email.IntegrationTests.Providers.Resend;

/// <summary>The fake refuses what the real API refuses, so client bugs cannot hide behind a lenient fake.</summary>
public sealed class FakeResendProtocolTests
{
    private const string ValidBody = """{"from":"a@factumerit.test","to":"b@example.test","subject":"Hi","text":"x"}""";

    [Fact]
    public async Task A_request_without_user_agent_is_refused_by_the_edge_with_code_1010()
    {
        await using var server = await FakeResendServer.StartAsync();

        using var response = await PostAsync(server, ValidBody, userAgent: null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("error code: 1010", await response.Content.ReadAsStringAsync());
        Assert.Empty(server.SentEmails);
    }

    [Fact]
    public async Task A_request_without_a_key_is_unauthorized()
    {
        await using var server = await FakeResendServer.StartAsync();

        using var response = await PostAsync(server, ValidBody, apiKey: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("missing_api_key", await ErrorNameAsync(response));
    }

    [Theory]
    [InlineData("""{"to":"b@example.test","subject":"Hi"}""", "missing_required_field")]
    [InlineData("""{"from":"a@factumerit.test","subject":"Hi"}""", "missing_required_field")]
    [InlineData("""{"from":"a@factumerit.test","to":[],"subject":"Hi"}""", "missing_required_field")]
    [InlineData("""{"from":"a@factumerit.test","to":"b@example.test"}""", "missing_required_field")]
    [InlineData("""{"from":"a@factumerit.test","to":5,"subject":"Hi"}""", "validation_error")]
    [InlineData("""{"from":"a@factumerit.test","to":"b@example.test","subject":"Hi","attachments":[{"filename":"a.txt"}]}""", "validation_error")]
    [InlineData("""{"from":"a@factumerit.test","to":"b@example.test","subject":"Hi","tags":[{"name":"has space","value":"x"}]}""", "validation_error")]
    public async Task An_invalid_email_is_unprocessable(string body, string expectedName)
    {
        await using var server = await FakeResendServer.StartAsync();

        using var response = await PostAsync(server, body);

        Assert.Equal((HttpStatusCode)422, response.StatusCode);
        Assert.Equal(expectedName, await ErrorNameAsync(response));
        Assert.Empty(server.SentEmails);
    }

    [Fact]
    public async Task More_than_fifty_recipients_are_refused()
    {
        await using var server = await FakeResendServer.StartAsync();
        var to = JsonSerializer.Serialize(Enumerable.Range(0, 51).Select(i => $"r{i}@example.test"));

        using var response = await PostAsync(server, $$"""{"from":"a@factumerit.test","to":{{to}},"subject":"Hi"}""");

        Assert.Equal((HttpStatusCode)422, response.StatusCode);
        Assert.Equal("validation_error", await ErrorNameAsync(response));
    }

    [Fact]
    public async Task An_idempotency_key_longer_than_256_characters_is_refused()
    {
        await using var server = await FakeResendServer.StartAsync();

        using var response = await PostAsync(server, ValidBody, idempotencyKey: new string('k', 257));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_idempotency_key", await ErrorNameAsync(response));
    }

    private static async Task<HttpResponseMessage> PostAsync(FakeResendServer server, string body,
        string? userAgent = "protocol-test/1.0", string? apiKey = "", string? idempotencyKey = null)
    {
        using var http = new HttpClient { BaseAddress = server.BaseUrl };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/emails")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (userAgent is not null)
        {
            request.Headers.UserAgent.ParseAdd(userAgent);
        }
        if (apiKey is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey.Length == 0 ? server.ApiKey : apiKey);
        }
        if (idempotencyKey is not null)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", idempotencyKey);
        }
        return await http.SendAsync(request);
    }

    private static async Task<string?> ErrorNameAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.GetProperty("name").GetString();
    }
}
