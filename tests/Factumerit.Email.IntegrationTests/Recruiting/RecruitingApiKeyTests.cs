using System.Net;
using Factumerit.Email.IntegrationTests.Assistant;
using Factumerit.Email.IntegrationTests.Infrastructure;

namespace Factumerit.Email.IntegrationTests.Recruiting;

/// <summary>Every recruiting endpoint is operator API: 401 without <c>Admin__ApiKey</c>, and nothing changes.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class RecruitingApiKeyTests(AzuriteFixture azurite)
{
    public static TheoryData<string, string> Routes => new()
    {
        { "POST", "/api/recruiting/companies" },
        { "GET", "/api/recruiting/companies?mailbox=a%40b.example" },
        { "POST", "/api/recruiting/contacts" },
        { "GET", "/api/recruiting/contacts?mailbox=a%40b.example" },
        { "GET", "/api/recruiting/signals" },
        { "POST", "/api/signals/abc/dismiss" },
        { "POST", "/api/signals/abc/apply" },
        { "GET", "/api/leads" },
        { "POST", "/api/leads/abc/approve" },
        { "POST", "/api/leads/abc/reject" },
        { "POST", "/api/recruiting/sync?mailbox=a%40b.example" },
        { "GET", "/api/tasks/abc" },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Without_the_admin_key_every_endpoint_answers_401(string method, string path)
    {
        await using var harness = await RecruitingHarness.StartAsync(azurite);
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        request.Headers.Add("x-api-key", "not-the-key");

        using var response = await harness.Assistant.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_sync_request_without_the_key_starts_nothing()
    {
        await using var harness = await RecruitingHarness.StartAsync(azurite);
        harness.Answer();
        harness.SeedFrom(RecruitingHarness.RecruiterAddress, "Opportunity", "Recruiting for Globex.");

        using var response = await harness.Assistant.Http.PostAsync($"/api/recruiting/sync?mailbox={Uri.EscapeDataString(harness.Mailbox)}", null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await harness.Assistant.CountAsync("recruiting-sync"));
    }
}
