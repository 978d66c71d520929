namespace Factumerit.Email.Tests.Storage.Queues;

/// <summary>Response bodies in the shapes the Queue REST reference documents.</summary>
internal static class QueueResponses
{
    public const string Inserted = "Fri, 09 Oct 2009 21:04:30 GMT";
    public const string NeverExpires = "Fri, 31 Dec 9999 23:59:59 GMT";
    public const string NextVisible = "Fri, 09 Oct 2009 23:29:20 GMT";

    public static string SendReceipt(string id = "a3a7f5e1-0000-0000-0000-000000000001") => $"""
        <?xml version="1.0" encoding="utf-8"?><QueueMessagesList><QueueMessage><MessageId>{id}</MessageId><InsertionTime>{Inserted}</InsertionTime><ExpirationTime>{NeverExpires}</ExpirationTime><PopReceipt>AgAAAAMAAAAAAAAA+/8=</PopReceipt><TimeNextVisible>{Inserted}</TimeNextVisible></QueueMessage></QueueMessagesList>
        """;

    public static string Received(params (string Id, string WireText, int DequeueCount)[] messages) =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><QueueMessagesList>" + string.Concat(messages.Select(m => $"""
            <QueueMessage><MessageId>{m.Id}</MessageId><InsertionTime>{Inserted}</InsertionTime><ExpirationTime>{NeverExpires}</ExpirationTime><PopReceipt>pop-{m.Id}</PopReceipt><TimeNextVisible>{NextVisible}</TimeNextVisible><DequeueCount>{m.DequeueCount}</DequeueCount><MessageText>{m.WireText}</MessageText></QueueMessage>
            """)) + "</QueueMessagesList>";

    public static string Error(string code, string message) => $"""
        <?xml version="1.0" encoding="utf-8"?><Error><Code>{code}</Code><Message>{message}
        RequestId:0f4c1e2a-0000-0000-0000-000000000000
        Time:2009-10-09T21:04:30.0000000Z</Message></Error>
        """;
}
