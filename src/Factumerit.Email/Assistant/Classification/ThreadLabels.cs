using Factumerit.Email.Assistant.Gmail;
using Factumerit.Email.Assistant.Mailboxes;

namespace Factumerit.Email.Assistant.Classification;

/// <summary>Moves a thread's classification label: adds the category's, removes any other category label on it.</summary>
public static class ThreadLabels
{
    /// <summary>The label ids to add and remove so the thread shows <paramref name="category"/>; both empty when it already does.</summary>
    public static (IReadOnlyList<string> Add, IReadOnlyList<string> Remove) For(Mailbox mailbox, GmailThreadSnapshot thread, string category)
    {
        ArgumentNullException.ThrowIfNull(mailbox);
        ArgumentNullException.ThrowIfNull(thread);
        var wanted = LabelId(mailbox, AssistantLabels.ForCategory(category));
        var present = thread.LabelIds;
        var remove = Categories.All.Where(c => c != category)
            .Select(c => LabelId(mailbox, AssistantLabels.ForCategory(c)))
            .Where(present.Contains)
            .ToList();
        IReadOnlyList<string> add = present.Contains(wanted) ? [] : [wanted];
        return (add, remove);
    }

    public static async Task<bool> ApplyAsync(IAssistantGmail gmail, Mailbox mailbox, GmailThreadSnapshot thread, string category,
        CancellationToken cancellationToken)
    {
        var (add, remove) = For(mailbox, thread, category);
        if (add.Count == 0 && remove.Count == 0)
        {
            return false;
        }
        await gmail.ModifyThreadAsync(thread.Id, [.. add], [.. remove], cancellationToken).ConfigureAwait(false);
        return true;
    }

    private static string LabelId(Mailbox mailbox, string name) =>
        mailbox.LabelId(name) ?? throw new InvalidOperationException(
            $"Mailbox has no id for label '{name}'; reconnect it so the AI labels are created.");
}
