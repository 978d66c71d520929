using System.Diagnostics.Metrics;

namespace Factumerit.Email.IntegrationTests.Providers.Gmail;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class GmailMetricCollection
{
    public const string Name = "Gmail metrics (alone, so no other client reports meanwhile)";
}

[Collection(GmailMetricCollection.Name)]
public sealed class GmailQuotaMetricTests
{
    [Fact]
    public async Task Quota_units_are_reported_to_the_gmail_quota_units_counter_by_operation()
    {
        await using var harness = await GmailHarness.StartAsync();
        var client = harness.CreateClient();
        var reported = new List<(long Units, string? Operation)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == "Factumerit.Email" && instrument.Name == "gmail.quota_units")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, units, tags, _) =>
        {
            var operation = tags.ToArray().FirstOrDefault(t => t.Key == "operation").Value as string;
            lock (reported)
            {
                reported.Add((units, operation));
            }
        });
        listener.Start();

        await client.GetProfileAsync();
        await client.ListMessagesAsync();
        await client.ListMessagesAsync();

        Assert.Equal([(1L, "getProfile"), (5L, "messages.list"), (5L, "messages.list")], reported);
    }
}
