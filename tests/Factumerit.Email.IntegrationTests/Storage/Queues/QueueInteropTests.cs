using System.Diagnostics;
using System.Text.Json;
using Factumerit.Email.IntegrationTests.Infrastructure;
using Factumerit.Email.Storage.Connection;
using Factumerit.Email.Storage.Queues;

namespace Factumerit.Email.IntegrationTests.Storage.Queues;

/// <summary>Our client and the official JS SDK (<c>@azure/storage-queue</c>) read each other's messages.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class QueueInteropTests(AzuriteFixture azurite)
{
    private static readonly string[] Texts =
    [
        "plain ascii",
        "Grüße aus Köln — 日本語 — emoji 📬",
        """{"emailId":"56761188-7520-42d8-8898-ff6fc54ce618","subject":"Re: \"quoted\" <tag> & more","to":["a@example.com"]}""",
    ];

    [Fact]
    public async Task Messages_we_send_arrive_intact_at_the_official_sdk()
    {
        var queue = await NewQueueAsync();
        foreach (var text in Texts)
        {
            await queue.SendMessageAsync(text);
        }

        var output = await RunNodeAsync(new { connectionString = azurite.ConnectionString, queue = queue.Name, action = "receive" });

        var received = output.GetProperty("texts").EnumerateArray().Select(t => t.GetString()).ToArray();
        Assert.Equal(Texts.Order(StringComparer.Ordinal), received.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Messages_the_official_sdk_sends_base64_encoded_arrive_intact_at_ours()
    {
        var queue = await NewQueueAsync();

        await RunNodeAsync(new { connectionString = azurite.ConnectionString, queue = queue.Name, action = "send", texts = Texts });

        var received = (await queue.ReceiveMessagesAsync(32)).Value.Select(m => m.MessageText);
        Assert.Equal(Texts.Order(StringComparer.Ordinal), received.Order(StringComparer.Ordinal));
    }

    private async Task<QueueClient> NewQueueAsync()
    {
        var queue = new QueueServiceClient(StorageConnection.Parse(azurite.ConnectionString))
            .GetQueueClient(AzuriteFixture.UniqueName("interop"));
        await queue.CreateIfNotExistsAsync();
        return queue;
    }

    private static async Task<JsonElement> RunNodeAsync(object input)
    {
        var start = new ProcessStartInfo("node", Path.Combine("tests", "Factumerit.Email.IntegrationTests", "Interop", "queues-interop.mjs"))
        {
            WorkingDirectory = RepositoryRoot.Find(),
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        await process.StandardInput.WriteAsync(JsonSerializer.Serialize(input));
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"node exited with {process.ExitCode}: {await stderr}");
        return JsonDocument.Parse(await stdout).RootElement.Clone();
    }
}
