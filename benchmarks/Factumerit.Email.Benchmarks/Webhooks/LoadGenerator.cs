using System.Diagnostics;
using System.Text.Json;

namespace Factumerit.Email.Benchmarks.Webhooks;

internal sealed record Delivery(SyntheticEmail Email, bool IsDuplicate);

internal sealed record DeliveryResult(bool IsDuplicate, int Status, string Answer, double Milliseconds);

/// <summary>Posts deliveries with a fixed number of workers, each sending its next request as soon as the last is answered.</summary>
internal static class LoadGenerator
{
    public static async Task<(IReadOnlyList<DeliveryResult> Results, TimeSpan Elapsed)> RunAsync(HttpClient http,
        IReadOnlyList<Delivery> deliveries, int concurrency, CancellationToken cancellationToken)
    {
        var results = new DeliveryResult[deliveries.Count];
        var next = -1;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < deliveries.Count)
            {
                results[index] = await SendAsync(http, deliveries[index], cancellationToken);
            }
        }, cancellationToken));
        await Task.WhenAll(workers);
        return (results, clock.Elapsed);
    }

    private static async Task<DeliveryResult> SendAsync(HttpClient http, Delivery delivery, CancellationToken cancellationToken)
    {
        using var request = delivery.Email.ToRequest(DateTimeOffset.UtcNow);
        var start = Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            return new DeliveryResult(delivery.IsDuplicate, (int)response.StatusCode, StatusOf(text), elapsed);
        }
        catch (HttpRequestException ex)
        {
            return new DeliveryResult(delivery.IsDuplicate, 0, ex.GetType().Name, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
    }

    private static string StatusOf(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.TryGetProperty("status", out var status) ? status.GetString() ?? "" : "";
        }
        catch (JsonException)
        {
            return "";
        }
    }
}
