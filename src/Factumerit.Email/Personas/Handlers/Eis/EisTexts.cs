namespace Factumerit.Email.Personas.Handlers.Eis;

internal static class EisTexts
{
    public const string SignOff = "eis, your Factumerit assistant";

    public const string Help =
        "Here is what I can do. Write one command on the first line of your message:\n\n" +
        "  remind me <when> <what>   e.g. \"remind me tomorrow 9am call Ana\", \"remind me in 2 hours check the oven\",\n" +
        "                            \"remind me on Friday pay rent\", \"remind me next monday 8:15 team meeting\",\n" +
        "                            \"remind me at 17:30 leave\", \"remind me 2026-12-01 10:00 dentist\"\n" +
        "  reminders                 your upcoming reminders\n" +
        "  tasks                     your open tasks, numbered\n" +
        "  add task <title>          add a task\n" +
        "  done <number>             mark a task of your list as done\n" +
        "  timezone <zone>           set your time zone, e.g. \"timezone Europe/Paris\"\n" +
        "  help                      this list\n\n" +
        "Anything else is a question for me; I know your open tasks and upcoming reminders.";

    public static string Wrap(SenderUser user, string body)
    {
        var name = user.DisplayName?.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return $"{(name is null ? "Hi," : $"Hi {name},")}\n\n{body.Trim()}\n\n{SignOff}";
    }

    public static string Unknown(EmailContext context) =>
        "Hi,\n\nI don't recognize your email address, so I can't act on your message: eis works for registered users " +
        $"only. To register, send any message to {PersonaAddresses.Sibling(context, "onboard")} from this address, then " +
        $"write to me again.\n\n{SignOff}";
}
