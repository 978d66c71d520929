using System.Globalization;
using System.Text;
using Factumerit.Email.Llm;
using Microsoft.Extensions.Logging;

namespace Factumerit.Email.Personas.Handlers.Eis;

/// <summary>Answers free-form messages with the user's open tasks and upcoming reminders as context.</summary>
public sealed class EisAssistant(ILlmClient llm, ITaskList tasks, IReminderLog reminders, TimeProvider clock, ILogger<EisAssistant> logger)
{
    public async Task<(string Text, int Tokens)> AnswerAsync(EmailContext context, SenderUser user, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var zone = LocalTimes.FindZoneOrUtc(user.TimeZone);
        var system = SystemPrompt(user, LocalTimes.Describe(now, zone));
        var budget = LlmBudget.For(context.LlmTokenBudget, system, preferredOutputTokens: 600);
        var userContent = await UserContentAsync(context, user, zone, budget, cancellationToken).ConfigureAwait(false);
        try
        {
            var response = await llm.CompleteAsync(new LlmRequest(LlmUseCase.Persona, system, userContent)
            {
                MaxOutputTokens = budget.MaxOutputTokens,
            }, cancellationToken).ConfigureAwait(false);
            var tokens = response.PromptTokens + response.CompletionTokens;
            return string.IsNullOrWhiteSpace(response.Text)
                ? (Unavailable, tokens)
                : (response.Text.Trim(), tokens);
        }
        catch (LlmUnavailableException ex)
        {
            Log.LlmUnavailable(logger, PersonaNames.Eis, PersonaAddresses.Hash(context.From), ex.Failure.ToString());
            return (Unavailable, 0);
        }
    }

    private const string Unavailable =
        "Sorry, I can't answer questions right now. My commands still work:\n\n" + EisTexts.Help;

    private static string SystemPrompt(SenderUser user, string now) => UntrustedContent.WithInstruction(
        "You are eis, the personal email assistant of a Factumerit user" +
        (string.IsNullOrWhiteSpace(user.DisplayName) ? "" : " called " + user.DisplayName.Trim()) + ". " +
        $"It is now {now}. Answer the user's latest message helpfully and briefly, in plain text without a greeting or " +
        "signature, in the language the user wrote in. Use their open tasks and upcoming reminders when they are relevant. " +
        "You cannot change anything yourself: when the user wants a task added or done, or a reminder set, tell them the " +
        "exact command to send, such as \"add task …\", \"done 2\" or \"remind me tomorrow 9am …\".");

    private async Task<string> UserContentAsync(EmailContext context, SenderUser user, TimeZoneInfo zone, LlmBudget budget,
        CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        // Context never blocks an answer: a task list that cannot be reached is left out.
        try
        {
            var open = await tasks.ListOpenAsync(user.UserId, cancellationToken).ConfigureAwait(false);
            var list = open.Count == 0 ? "(none)" : string.Join("\n", open.Select((t, i) => $"{i + 1}. {t.Title}"));
            text.Append(UntrustedContent.Wrap("Open tasks", list, budget.Share(0.2))).Append("\n\n");
        }
        catch (TaskListUnavailableException ex)
        {
            Log.TasksUnavailable(logger, ex, PersonaNames.Eis, PersonaAddresses.Hash(context.From));
        }

        var upcoming = await reminders.ListUpcomingAsync(user.UserId, clock.GetUtcNow(), 10, cancellationToken).ConfigureAwait(false);
        var reminderList = upcoming.Count == 0
            ? "(none)"
            : string.Join("\n", upcoming.Select(r => string.Create(CultureInfo.InvariantCulture, $"{LocalTimes.Describe(r.DueAt, zone)}: {r.Text}")));
        text.Append(UntrustedContent.Wrap("Upcoming reminders", reminderList, budget.Share(0.1))).Append("\n\n");

        if (context.ConversationHistory.Count > 0)
        {
            var history = string.Join("\n\n", context.ConversationHistory.Select(t => (t.Role == ConversationRole.Sender ? "User: " : "eis: ") + t.Text));
            var share = budget.Share(0.25);
            text.Append(UntrustedContent.Wrap("Earlier messages", history.Length <= share ? history : history[^share..], share)).Append("\n\n");
        }
        text.Append(UntrustedContent.Wrap("Email subject", context.Subject, 300)).Append("\n\n");
        text.Append(UntrustedContent.Wrap("User's latest message", context.ReplyText, budget.Share(0.4)));
        return text.ToString();
    }
}
