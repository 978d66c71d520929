using System.Diagnostics.CodeAnalysis;
using Factumerit.Email.Inbound;
using Factumerit.Email.Storage.Tables;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Storage.Stores.Inbound;

/// <summary>
/// The <c>Messages</c> table: one row per received email. Bodies are cut to <see cref="InboundOptions.MaxBodyChars"/>
/// (a string property holds 64 KiB); the raw download reference is kept for the full message while Resend has it.
/// </summary>
public sealed class MessageArchiveStore(StorageProvisioner storage, IOptions<InboundOptions> options) : IMessageArchive
{
    public const string Row = "message";
    private const int MaxHeaderChars = 1000;

    public async Task SaveAsync(InboundEmail email, string? routeKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(email);
        var max = options.Value.MaxBodyChars;
        var entity = new TableEntity(StoreKeys.Encode(email.EmailId), Row)
        {
            ["EmailId"] = email.EmailId,
            ["From"] = Cut(email.From, MaxHeaderChars),
            ["To"] = Cut(StoreJson.List(email.To), max),
            ["Cc"] = Cut(StoreJson.List(email.Cc), max),
            ["ReceivedFor"] = Cut(StoreJson.List(email.ReceivedFor), max),
            ["ReplyTo"] = Cut(StoreJson.List(email.ReplyTo), max),
            ["Subject"] = Cut(email.Subject, MaxHeaderChars),
            ["CreatedAt"] = email.CreatedAt,
            ["TextTruncated"] = (email.Text?.Length ?? 0) > max,
            ["HtmlTruncated"] = (email.Html?.Length ?? 0) > max,
        };
        Put(entity, "MessageId", Cut(email.MessageId, MaxHeaderChars));
        Put(entity, "InReplyTo", Cut(email.InReplyTo, MaxHeaderChars));
        Put(entity, "References", Cut(email.References, max));
        Put(entity, "Text", Cut(email.Text, max));
        Put(entity, "Html", Cut(email.Html, max));
        Put(entity, "Headers", Cut(StoreJson.Map(email.Headers), max));
        Put(entity, "RawDownloadUrl", email.RawDownloadUrl?.AbsoluteUri);
        Put(entity, "Route", routeKey);

        var table = await storage.TableAsync(options.Value.Tables.Messages, cancellationToken).ConfigureAwait(false);
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    private static void Put(TableEntity entity, string name, string? value)
    {
        if (value is not null)
        {
            entity[name] = value;
        }
    }

    [return: NotNullIfNotNull(nameof(value))]
    private static string? Cut(string? value, int max) => value is null || value.Length <= max ? value : value[..max];
}
