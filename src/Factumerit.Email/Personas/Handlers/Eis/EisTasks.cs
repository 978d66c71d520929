using System.Globalization;
using System.Text;

namespace Factumerit.Email.Personas.Handlers.Eis;

/// <summary>"tasks", "add task …" and "done n" over the configured task list.</summary>
public sealed class EisTasks(ITaskList tasks)
{
    public const int MaxTitleChars = 250;

    public async Task<string> ListAsync(SenderUser user, CancellationToken cancellationToken) =>
        Format(await tasks.ListOpenAsync(user.UserId, cancellationToken).ConfigureAwait(false));

    public async Task<string> AddAsync(EmailContext context, SenderUser user, string title, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return "What is the task? Write it after the command, e.g. \"add task write the report\".";
        }
        title = title.Length <= MaxTitleChars ? title : title[..MaxTitleChars];
        var source = context.MessageId ?? $"{PersonaAddresses.Hash(context.From)}:{title}";
        var added = await tasks.AddAsync(user.UserId, title, source, cancellationToken).ConfigureAwait(false);
        var open = await tasks.ListOpenAsync(user.UserId, cancellationToken).ConfigureAwait(false);
        return $"Added: {added.Title}\n\n{Format(open)}";
    }

    public async Task<string> CompleteAsync(SenderUser user, int number, CancellationToken cancellationToken)
    {
        var open = await tasks.ListOpenAsync(user.UserId, cancellationToken).ConfigureAwait(false);
        if (number < 1 || number > open.Count)
        {
            return open.Count == 0
                ? "You have no open tasks."
                : $"There is no task number {number}: your list has {open.Count}.\n\n{Format(open)}";
        }
        var task = open[number - 1];
        var completed = await tasks.CompleteAsync(user.UserId, task, cancellationToken).ConfigureAwait(false);
        var remaining = await tasks.ListOpenAsync(user.UserId, cancellationToken).ConfigureAwait(false);
        return (completed ? $"Done: {task.Title}" : $"\"{task.Title}\" was already done.") + "\n\n" + Format(remaining);
    }

    public static string Format(IReadOnlyList<TaskItem> open)
    {
        if (open.Count == 0)
        {
            return "You have no open tasks.";
        }
        var text = new StringBuilder("Your open tasks:\n\n");
        for (var i = 0; i < open.Count; i++)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {i + 1}. {open[i].Title}");
        }
        return text.Append("\nWrite \"done <number>\" to mark one as done.").ToString();
    }
}
