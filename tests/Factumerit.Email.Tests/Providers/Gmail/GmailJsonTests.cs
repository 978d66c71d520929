using System.Text.Json;
using Factumerit.Email.Providers.Gmail.Data;

namespace Factumerit.Email.Tests.Providers.Gmail;

public sealed class GmailJsonTests
{
    [Fact]
    public void Uint64_and_int64_fields_travel_as_strings()
    {
        const string json = """
            {"id":"18f0a1","threadId":"18f0a1","labelIds":["INBOX"],"historyId":"18446744073709551615",
             "internalDate":"1740819600000","sizeEstimate":2048,"unknownField":true,
             "payload":{"partId":"","mimeType":"text/plain","headers":[{"name":"Subject","value":"Hi"}],"body":{"size":2,"data":"SGk"}}}
            """;

        var message = JsonSerializer.Deserialize(json, GmailJsonContext.Default.Message)!;
        var written = JsonSerializer.Serialize(message, GmailJsonContext.Default.Message);

        Assert.Equal(ulong.MaxValue, message.HistoryId);
        Assert.Equal(new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero), message.InternalDateTime);
        Assert.Equal(2048, message.SizeEstimate);
        Assert.Equal("Hi", message.Payload!.GetHeader("subject"));
        Assert.Contains("\"historyId\":\"18446744073709551615\"", written);
        Assert.Contains("\"internalDate\":\"1740819600000\"", written);
        Assert.DoesNotContain("\"raw\"", written);
        Assert.DoesNotContain("InternalDateTime", written, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void History_and_watch_responses_read_their_string_numbers()
    {
        var history = JsonSerializer.Deserialize("""
            {"history":[{"id":"1001","messages":[{"id":"a","threadId":"a"}],
              "labelsAdded":[{"message":{"id":"a","threadId":"a","labelIds":["STARRED"]},"labelIds":["STARRED"]}]}],
             "historyId":"1002","nextPageToken":"n"}
            """, GmailJsonContext.Default.ListHistoryResponse)!;
        var watch = JsonSerializer.Deserialize("""{"historyId":"77","expiration":"1741424400000"}""", GmailJsonContext.Default.WatchResponse)!;

        Assert.Equal(1001UL, history.History![0].Id);
        Assert.Equal(["STARRED"], history.History[0].LabelsAdded![0].LabelIds!);
        Assert.Equal(1002UL, history.HistoryId);
        Assert.Equal(77UL, watch.HistoryId);
        Assert.Equal(new DateTimeOffset(2025, 3, 8, 9, 0, 0, TimeSpan.Zero), watch.ExpirationTime);
    }
}
