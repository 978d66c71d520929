using System.Globalization;
using System.Text.RegularExpressions;

namespace Factumerit.Email.Personas.Handlers.Eis;

internal enum EisCommandKind
{
    Help,
    Remind,
    Reminders,
    Tasks,
    AddTask,
    Done,
    TimeZone,
    Ask,
}

/// <summary>A command read from the first line of a message to eis; anything else is a question for the assistant.</summary>
internal sealed partial record EisCommand(EisCommandKind Kind, string Argument = "", int Number = 0)
{
    public static EisCommand Parse(string? replyText)
    {
        var line = PersonaAddresses.FirstLine(replyText);
        var lower = line.ToLowerInvariant().TrimEnd('.', '!');
        switch (lower)
        {
            case "help" or "?" or "commands":
                return new(EisCommandKind.Help);
            case "tasks" or "list" or "todo" or "my tasks" or "list tasks":
                return new(EisCommandKind.Tasks);
            case "reminders" or "my reminders" or "list reminders":
                return new(EisCommandKind.Reminders);
        }
        if (Remind().Match(line) is { Success: true } remind)
        {
            return new(EisCommandKind.Remind, remind.Groups[1].Value.Trim());
        }
        if (AddTask().Match(line) is { Success: true } add)
        {
            return new(EisCommandKind.AddTask, add.Groups[1].Value.Trim());
        }
        if (Done().Match(lower) is { Success: true } done
            && int.TryParse(done.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return new(EisCommandKind.Done, Number: number);
        }
        if (TimeZone().Match(line) is { Success: true } zone)
        {
            return new(EisCommandKind.TimeZone, zone.Groups[1].Value.Trim());
        }
        return new(EisCommandKind.Ask, line);
    }

    [GeneratedRegex(@"^remind me\b[\s,:]*(.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Remind();

    [GeneratedRegex(@"^(?:add task|add|new task|task)\s*[:\-]?\s+(\S.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AddTask();

    [GeneratedRegex(@"^(?:done|complete|finished|check)\s*#?(\d{1,4})$", RegexOptions.CultureInvariant)]
    private static partial Regex Done();

    [GeneratedRegex(@"^(?:time ?zone|tz)\s*[:=]?\s*(\S+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimeZone();
}
