using Factumerit.Email.Mail;
using Factumerit.Email.Personas;
using Factumerit.Email.Routing;

namespace Factumerit.Email.Tests.PersonaHandlers;

internal static class Contexts
{
    public static EmailContext For(string persona, string replyText, Dictionary<string, object>? config = null,
        SenderUser? user = null, string subject = "Hello", int turnCount = 0, string? baseDirectory = null,
        string from = "ana@example.com", string messageId = "<m1@example.com>") => new()
    {
        RouteKey = persona,
        From = EmailAddress.Parse(from),
        To = EmailAddress.Parse($"{persona}@factumerit.app"),
        Subject = subject,
        MessageId = messageId,
        ReplyText = replyText,
        Text = replyText,
        SenderUser = user,
        Config = new HandlerConfig(config ?? [], baseDirectory),
        TurnCount = turnCount,
        ThreadId = turnCount > 0 ? "thread-1" : null,
    };
}
