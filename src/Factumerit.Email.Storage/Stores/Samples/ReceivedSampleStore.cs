using Factumerit.Email.Inbound;
using Factumerit.Email.Storage.Tables;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Storage.Stores.Samples;

/// <summary>
/// Development only. Without a Resend API key there is nowhere to fetch a received email from, so
/// <c>factumerit samples replay</c> seeds the content here before posting the webhook, and the worker reads it back.
/// Production (a key is set) never touches this table.
/// </summary>
public sealed class ReceivedSampleStore(StorageProvisioner storage, IOptions<InboundOptions> options) : IReceivedEmailSource
{
    public const string Row = "sample";

    public async Task SeedAsync(InboundEmail email, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(email);
        var row = new TableEntity(StoreKeys.Encode(email.EmailId), Row)
        {
            ["From"] = email.From,
            ["To"] = StoreJson.List(email.To),
            ["Cc"] = StoreJson.List(email.Cc),
            ["ReceivedFor"] = StoreJson.List(email.ReceivedFor),
            ["ReplyTo"] = StoreJson.List(email.ReplyTo),
            ["Subject"] = email.Subject,
            ["Headers"] = StoreJson.Map(email.Headers),
        };
        if (email.CreatedAt != default)
        {
            row["CreatedAt"] = email.CreatedAt;
        }
        if (email.MessageId is not null)
        {
            row["MessageId"] = email.MessageId;
        }
        LongText.Write(row, "Text", email.Text);
        LongText.Write(row, "Html", email.Html);
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        await table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    public async Task<InboundEmail> GetAsync(string emailId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(emailId);
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        var response = await table.GetEntityIfExistsAsync<TableEntity>(StoreKeys.Encode(emailId), Row, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        if (!response.HasValue)
        {
            throw new InvalidOperationException(
                $"Email {emailId} is not among the local samples. Without Resend__ApiKey the worker reads received mail from " +
                "the samples table; seed it with 'factumerit samples replay', or set the key.");
        }
        var row = response.Value!;
        return new InboundEmail
        {
            EmailId = emailId,
            From = row.GetString("From") ?? "",
            To = StoreJson.ReadList(row.GetString("To")),
            Cc = StoreJson.ReadList(row.GetString("Cc")),
            ReceivedFor = StoreJson.ReadList(row.GetString("ReceivedFor")),
            ReplyTo = StoreJson.ReadList(row.GetString("ReplyTo")),
            Subject = row.GetString("Subject") ?? "",
            MessageId = row.GetString("MessageId"),
            Text = LongText.Read(row, "Text"),
            Html = LongText.Read(row, "Html"),
            Headers = StoreJson.ReadMap(row.GetString("Headers")),
            CreatedAt = row.GetDateTimeOffset("CreatedAt") ?? default,
        };
    }

    private Task<TableClient> TableAsync(CancellationToken cancellationToken) =>
        storage.TableAsync(options.Value.Tables.SamplesReceived, cancellationToken);
}
