using Factumerit.Email.Inbound;
using Factumerit.Email.Providers.Resend;

namespace Factumerit.Email.Functions.Functions.Inbound;

/// <summary>Production's <see cref="IReceivedEmailSource"/>: <c>GET /emails/receiving/{id}</c> on Resend.</summary>
internal sealed class ResendReceivedEmailSource(ResendClient resend) : IReceivedEmailSource
{
    public async Task<InboundEmail> GetAsync(string emailId, CancellationToken cancellationToken = default)
    {
        var email = await resend.GetReceivedEmailAsync(emailId, cancellationToken).ConfigureAwait(false);
        return new InboundEmail
        {
            EmailId = email.Id,
            From = email.From,
            To = email.To,
            Cc = email.Cc ?? [],
            ReceivedFor = email.ReceivedFor ?? [],
            ReplyTo = email.ReplyTo ?? [],
            Subject = email.Subject,
            MessageId = email.MessageId,
            Text = email.Text,
            Html = email.Html,
            Headers = email.Headers ?? new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase),
            RawDownloadUrl = email.Raw?.DownloadUrl,
            CreatedAt = email.CreatedAt,
        };
    }
}
