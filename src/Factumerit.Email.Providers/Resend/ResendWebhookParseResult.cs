namespace Factumerit.Email.Providers.Resend;

public enum ResendWebhookParseStatus
{
    Ok,
    NotJson,
    MissingField,
    OtherEventType,
}

/// <summary>
/// The outcome of parsing a webhook body. <see cref="Field"/> names the missing or malformed field
/// (e.g. <c>data.email_id</c>); <see cref="EventType"/> is the event's <c>type</c> once it is known.
/// </summary>
public sealed record ResendWebhookParseResult(
    ResendWebhookParseStatus Status, ResendWebhookEvent? Event = null, string? EventType = null, string? Field = null)
{
    public bool IsOk => Status == ResendWebhookParseStatus.Ok;
}
