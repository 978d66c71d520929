using System.CommandLine;
using System.Net.Http.Headers;
using System.Text.Json;
using Factumerit.Email.Cli.Storage;
using Factumerit.Email.Storage.Stores.Samples;
using Microsoft.Extensions.DependencyInjection;

namespace Factumerit.Email.Cli.Samples;

/// <summary>
/// <c>factumerit samples replay</c>: posts each <c>samples/inbound/*.json</c> to a running service as Resend would,
/// signed with the webhook secret, and prints the answer. It first puts each email's content in the local samples
/// table, which is where a service without <c>Resend__ApiKey</c> reads received mail from.
/// </summary>
internal static class SamplesCommands
{
    /// <summary>The webhook secret <c>scripts/dev.sh</c> uses when none is configured. For local development only.</summary>
    public const string DevelopmentSecret = "whsec_ZGV2ZWxvcG1lbnQtb25seS1mYWN0dW1lcml0LXNlY3JldA==";

    public static Command Create()
    {
        var samples = new Command("samples", "Sample inbound mail for local development.");
        var url = new Option<string>("--url") { Description = "The running service.", DefaultValueFactory = _ => "http://127.0.0.1:7071" };
        var secret = new Option<string?>("--secret") { Description = "Webhook secret (default: Resend__WebhookSecret, else the development secret)." };
        var directory = new Option<DirectoryInfo>("--dir") { Description = "Folder of samples.", DefaultValueFactory = _ => new DirectoryInfo("samples/inbound") };
        var keepIds = new Option<bool>("--keep-ids") { Description = "Send the files' email ids as they are; a second replay is then a duplicate." };
        var (storage, table) = (CliStorage.StorageOption(), CliStorage.TableOption("samples"));
        var replay = new Command("replay", "Sign each sample and POST it to /api/webhooks/resend; print what happened.")
        {
            url, secret, directory, keepIds, storage, table,
        };
        replay.SetAction((parseResult, cancellationToken) => CliStorage.RunAsync(parseResult, storage,
            names => names.SamplesReceived = parseResult.GetValue(table) ?? names.SamplesReceived, async services =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var folder = parseResult.GetValue(directory)!;
            var files = folder.Exists ? folder.GetFiles("*.json").OrderBy(f => f.Name, StringComparer.Ordinal).ToList() : [];
            if (files.Count == 0)
            {
                await parseResult.InvocationConfiguration.Error.WriteLineAsync($"{folder.FullName}: no samples (*.json) found");
                return ExitCodes.FileMissing;
            }
            var key = parseResult.GetValue(secret)
                ?? (Environment.GetEnvironmentVariable("Resend__WebhookSecret") is { Length: > 0 } configured ? configured : DevelopmentSecret);
            var seeds = services.GetRequiredService<ReceivedSampleStore>();
            using var http = new HttpClient { BaseAddress = new Uri(parseResult.GetValue(url)!), Timeout = TimeSpan.FromSeconds(30) };

            var failures = 0;
            foreach (var file in files)
            {
                var sample = SampleFile.Read(file.FullName, parseResult.GetValue(keepIds) ? null : Guid.NewGuid().ToString());
                await seeds.SeedAsync(sample.Email, cancellationToken);
                var (status, answer) = await PostAsync(http, key, sample, cancellationToken);
                failures += status >= 400 ? 1 : 0;
                await output.WriteLineAsync($"{sample.Name}: {status} {answer} (email {sample.Email.EmailId})");
            }
            await output.WriteLineAsync("See what the personas did: factumerit events tail; and what they sent: factumerit outbox list");
            return failures == 0 ? ExitCodes.Success : ExitCodes.Unavailable;
        }));
        samples.Add(replay);
        return samples;
    }

    private static async Task<(int Status, string Answer)> PostAsync(HttpClient http, string secret, SampleFile sample, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/webhooks/resend") { Content = new ByteArrayContent(sample.Body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        foreach (var (name, value) in SvixSigner.Headers(secret, "msg_" + Guid.NewGuid().ToString("N"), DateTimeOffset.UtcNow, sample.Body))
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }
        using var response = await http.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        return ((int)response.StatusCode, Summary(text));
    }

    /// <summary>The answer's <c>status</c> (or a problem's <c>title</c>/<c>detail</c>), not the whole JSON.</summary>
    private static string Summary(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            string? Read(string name) => root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            return Read("status") ?? string.Join(": ", new[] { Read("title"), Read("detail") }.Where(s => s is not null));
        }
        catch (JsonException)
        {
            return text.Length > 120 ? text[..120] : text;
        }
    }
}
