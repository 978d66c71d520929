using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Factumerit.Email.IntegrationTests.Assistant;

namespace Factumerit.Email.IntegrationTests.Triage;

/// <summary>Calls to triage's operator endpoints with the admin key.</summary>
internal static class TriageApi
{
    public static async Task<(HttpResponseMessage Response, JsonElement Body)> GetAsync(this AssistantHarness harness, string path) =>
        await SendAsync(harness, HttpMethod.Get, path, null);

    public static async Task<(HttpResponseMessage Response, JsonElement Body)> PostAsync(this AssistantHarness harness, string path, string? json = null) =>
        await SendAsync(harness, HttpMethod.Post, path, json);

    private static async Task<(HttpResponseMessage, JsonElement)> SendAsync(AssistantHarness harness, HttpMethod method, string path, string? json)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AssistantHarness.AdminKey);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }
        var response = await harness.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }
}
