using System.Globalization;
using System.Xml.Linq;

namespace Factumerit.Email.Storage.Queues;

/// <summary>
/// The XML bodies of the Queue REST API.
/// See https://learn.microsoft.com/rest/api/storageservices/get-messages.
/// </summary>
internal static class QueueXml
{
    public static byte[] MessageBody(string encodedText) =>
        System.Text.Encoding.UTF8.GetBytes(
            new XElement("QueueMessage", new XElement("MessageText", encodedText)).ToString(SaveOptions.DisableFormatting));

    public static IEnumerable<XElement> Messages(string xml) =>
        XDocument.Parse(xml).Root?.Elements("QueueMessage") ?? [];

    public static SendReceipt ToSendReceipt(XElement message) => new(
        Required(message, "MessageId"),
        Required(message, "PopReceipt"),
        Date(message, "InsertionTime") ?? throw Missing("InsertionTime"),
        Date(message, "ExpirationTime") ?? throw Missing("ExpirationTime"),
        Date(message, "TimeNextVisible") ?? throw Missing("TimeNextVisible"));

    public static QueueMessage ToQueueMessage(XElement message) => new(
        Required(message, "MessageId"),
        Required(message, "PopReceipt"),
        QueueMessageEncoding.Decode(message.Element("MessageText")?.Value ?? ""),
        DequeueCount(message),
        Date(message, "InsertionTime"),
        Date(message, "ExpirationTime"),
        Date(message, "TimeNextVisible"));

    public static PeekedMessage ToPeekedMessage(XElement message) => new(
        Required(message, "MessageId"),
        QueueMessageEncoding.Decode(message.Element("MessageText")?.Value ?? ""),
        DequeueCount(message),
        Date(message, "InsertionTime"),
        Date(message, "ExpirationTime"));

    /// <summary>Parses the RFC 1123 dates the service uses in bodies and headers.</summary>
    public static DateTimeOffset ParseDate(string value) =>
        DateTimeOffset.ParseExact(value, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private static long DequeueCount(XElement message) =>
        long.Parse(message.Element("DequeueCount")?.Value ?? "0", CultureInfo.InvariantCulture);

    private static string Required(XElement message, string name) =>
        message.Element(name)?.Value ?? throw Missing(name);

    private static DateTimeOffset? Date(XElement message, string name) =>
        message.Element(name)?.Value is { Length: > 0 } value ? ParseDate(value) : null;

    private static InvalidOperationException Missing(string name) =>
        new($"The queue service response has no {name}.");
}
