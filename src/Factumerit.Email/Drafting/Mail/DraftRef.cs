namespace Factumerit.Email.Drafting.Mail;

/// <summary>A draft the assistant knows about; <see cref="MessageId"/> when it is known spares a lookup.</summary>
public sealed record DraftRef(string DraftId, string? MessageId = null);
