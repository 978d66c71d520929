using Spectre.Console;

namespace Factumerit.Email.Cli;

/// <summary>Spectre.Console over the invocation's writer, so tests can capture tables in-process.</summary>
internal static class CliConsole
{
    private const int RedirectedWidth = 160;

    public static IAnsiConsole Create(TextWriter writer)
    {
        var terminal = ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });

        // Spectre assumes 80 columns when it cannot ask a terminal; logs and pipes can take more.
        if (!terminal)
        {
            console.Profile.Width = RedirectedWidth;
        }

        return console;
    }
}
