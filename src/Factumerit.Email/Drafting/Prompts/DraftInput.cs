using Factumerit.Email.Drafting.Mail;

namespace Factumerit.Email.Drafting.Prompts;

/// <summary>Everything one draft prompt is built from.</summary>
/// <param name="Replied">The message the draft answers; its sender and subject head the prompt.</param>
/// <param name="RelatedContext">The formatted "Related emails" block, or null when context gathering found nothing.</param>
/// <param name="UserInstructions">Rework or notes-draft instructions, or null.</param>
public sealed record DraftInput(MailThread Thread, MailMessage Replied, string? RelatedContext, string? UserInstructions);
