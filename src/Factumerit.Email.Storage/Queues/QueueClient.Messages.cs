using System.Globalization;
using Azure;
using Azure.Core;

namespace Factumerit.Email.Storage.Queues;

public sealed partial class QueueClient
{
    /// <summary>The service returns at most 32 messages per receive or peek.</summary>
    public const int MaxMessagesPerRequest = 32;

    /// <summary>
    /// Sends a message, base64-encoding its UTF-8 text.
    /// </summary>
    /// <param name="visibilityTimeout">Delay before the message can be received: 0 to 7 days.</param>
    /// <param name="timeToLive">Null (the default) means the message never expires.</param>
    public async Task<Response<SendReceipt>> SendMessageAsync(string messageText, TimeSpan? visibilityTimeout = null,
        TimeSpan? timeToLive = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messageText);
        var body = QueueXml.MessageBody(QueueMessageEncoding.Encode(messageText, nameof(messageText)));
        var delay = QueueDurations.VisibilitySeconds(visibilityTimeout ?? TimeSpan.Zero, TimeSpan.Zero, nameof(visibilityTimeout));
        var ttl = QueueDurations.TimeToLive(timeToLive, delay, nameof(timeToLive));

        using var message = CreateMessage(RequestMethod.Post, "messages");
        message.Request.Uri.AppendQuery("visibilitytimeout", delay.ToString(CultureInfo.InvariantCulture));
        message.Request.Uri.AppendQuery("messagettl", ttl);
        SetXmlBody(message.Request, body);
        var response = await SendAsync(message, cancellationToken).ConfigureAwait(false);
        var receipt = QueueXml.Messages(response.Content.ToString()).Select(QueueXml.ToSendReceipt).Single();
        return Response.FromValue(receipt, response);
    }

    /// <summary>Receives up to <paramref name="maxMessages"/> messages, hiding them for the lease.</summary>
    /// <param name="visibilityTimeout">The lease: 1 second to 7 days; the service default (30 s) when null.</param>
    public async Task<Response<QueueMessage[]>> ReceiveMessagesAsync(int maxMessages = 1, TimeSpan? visibilityTimeout = null,
        CancellationToken cancellationToken = default)
    {
        ValidateCount(maxMessages);
        var lease = visibilityTimeout is { } value
            ? QueueDurations.VisibilitySeconds(value, TimeSpan.FromSeconds(1), nameof(visibilityTimeout))
            : (long?)null;

        using var message = CreateMessage(RequestMethod.Get, "messages");
        message.Request.Uri.AppendQuery("numofmessages", maxMessages.ToString(CultureInfo.InvariantCulture));
        if (lease is { } seconds)
        {
            message.Request.Uri.AppendQuery("visibilitytimeout", seconds.ToString(CultureInfo.InvariantCulture));
        }
        var response = await SendAsync(message, cancellationToken).ConfigureAwait(false);
        var messages = QueueXml.Messages(response.Content.ToString()).Select(QueueXml.ToQueueMessage).ToArray();
        return Response.FromValue(messages, response);
    }

    /// <summary>Reads up to <paramref name="maxMessages"/> visible messages without leasing them.</summary>
    public async Task<Response<PeekedMessage[]>> PeekMessagesAsync(int maxMessages = 1, CancellationToken cancellationToken = default)
    {
        ValidateCount(maxMessages);
        using var message = CreateMessage(RequestMethod.Get, "messages");
        message.Request.Uri.AppendQuery("peekonly", "true");
        message.Request.Uri.AppendQuery("numofmessages", maxMessages.ToString(CultureInfo.InvariantCulture));
        var response = await SendAsync(message, cancellationToken).ConfigureAwait(false);
        var messages = QueueXml.Messages(response.Content.ToString()).Select(QueueXml.ToPeekedMessage).ToArray();
        return Response.FromValue(messages, response);
    }

    /// <summary>
    /// Extends (or ends) a lease and optionally replaces the text. The returned pop receipt replaces the old one,
    /// which stops working.
    /// </summary>
    /// <param name="messageText">New text, or null to keep the current text.</param>
    /// <param name="visibilityTimeout">How long from now the message stays hidden: 0 to 7 days.</param>
    public async Task<Response<UpdateReceipt>> UpdateMessageAsync(string messageId, string popReceipt, string? messageText = null,
        TimeSpan visibilityTimeout = default, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(messageId);
        ArgumentException.ThrowIfNullOrEmpty(popReceipt);
        var body = messageText is null ? null : QueueXml.MessageBody(QueueMessageEncoding.Encode(messageText, nameof(messageText)));
        var seconds = QueueDurations.VisibilitySeconds(visibilityTimeout, TimeSpan.Zero, nameof(visibilityTimeout));

        using var message = CreateMessage(RequestMethod.Put, "messages");
        message.Request.Uri.AppendPath("/" + Uri.EscapeDataString(messageId), escape: false);
        message.Request.Uri.AppendQuery("popreceipt", popReceipt, escapeValue: true);
        message.Request.Uri.AppendQuery("visibilitytimeout", seconds.ToString(CultureInfo.InvariantCulture));
        if (body is not null)
        {
            SetXmlBody(message.Request, body);
        }
        var response = await SendAsync(message, cancellationToken).ConfigureAwait(false);
        if (!response.Headers.TryGetValue("x-ms-popreceipt", out var newReceipt)
            || !response.Headers.TryGetValue("x-ms-time-next-visible", out var nextVisible))
        {
            throw new InvalidOperationException("The queue service did not return the new pop receipt.");
        }
        return Response.FromValue(new UpdateReceipt(newReceipt, QueueXml.ParseDate(nextVisible)), response);
    }

    /// <summary>Deletes a message held under <paramref name="popReceipt"/>; fails with 404 if the lease was lost.</summary>
    public async Task<Response> DeleteMessageAsync(string messageId, string popReceipt, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(messageId);
        ArgumentException.ThrowIfNullOrEmpty(popReceipt);
        using var message = CreateMessage(RequestMethod.Delete, "messages");
        message.Request.Uri.AppendPath("/" + Uri.EscapeDataString(messageId), escape: false);
        message.Request.Uri.AppendQuery("popreceipt", popReceipt, escapeValue: true);
        return await SendAsync(message, cancellationToken).ConfigureAwait(false);
    }

    private static void ValidateCount(int maxMessages)
    {
        if (maxMessages is < 1 or > MaxMessagesPerRequest)
        {
            throw new ArgumentOutOfRangeException(nameof(maxMessages), maxMessages,
                $"The queue service returns 1 to {MaxMessagesPerRequest} messages per request.");
        }
    }

    private static void SetXmlBody(Request request, byte[] body)
    {
        request.Headers.SetValue("Content-Type", "application/xml");
        request.Content = RequestContent.Create(body);
    }
}
