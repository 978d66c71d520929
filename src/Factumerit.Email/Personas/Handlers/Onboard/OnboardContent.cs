using Factumerit.Email.Routing;
using Microsoft.Extensions.Logging;

namespace Factumerit.Email.Personas.Handlers.Onboard;

/// <summary>An onboarding mail rendered from its content file.</summary>
public sealed record RenderedMail(string Subject, string Text);

/// <summary>
/// The onboarding mails, from <c>onboard/{step}.md</c> beside the routing file (or the route's <c>{step}_file</c>).
/// A first line <c>Subject: …</c> gives the subject; <c>{name}</c>, <c>{project}</c>, <c>{eis}</c>, <c>{support}</c> and
/// <c>{onboard}</c> are filled in. A missing file falls back to a short built-in text, so a new user is never left
/// without a welcome.
/// </summary>
public sealed class OnboardContent(ContentFiles files, ILogger<OnboardContent> logger)
{
    public const string Welcome = "welcome";
    public const string Tips = "tips";
    public const string CheckIn = "checkin";

    public async Task<RenderedMail> RenderAsync(HandlerConfig config, string step, IReadOnlyDictionary<string, string> values,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(values);
        var path = config.GetFilePath($"{step}_file")
            ?? Path.GetFullPath(Path.Combine("onboard", step + ".md"), config.BaseDirectory ?? Directory.GetCurrentDirectory());
        string template;
        try
        {
            template = await files.GetAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Log.ContentMissing(logger, ex, PersonaNames.Onboard, $"{step}_file");
            template = Fallback(step);
        }
        return Render(template, values);
    }

    public static RenderedMail Render(string template, IReadOnlyDictionary<string, string> values)
    {
        var text = template.Replace("\r\n", "\n", StringComparison.Ordinal);
        var subject = "Welcome to Factumerit";
        if (text.StartsWith("Subject:", StringComparison.OrdinalIgnoreCase))
        {
            var end = text.IndexOf('\n', StringComparison.Ordinal);
            subject = (end < 0 ? text[8..] : text[8..end]).Trim();
            text = end < 0 ? "" : text[(end + 1)..];
        }
        foreach (var (key, value) in values)
        {
            subject = subject.Replace("{" + key + "}", value, StringComparison.Ordinal);
            text = text.Replace("{" + key + "}", value, StringComparison.Ordinal);
        }
        return new RenderedMail(subject, text.Trim());
    }

    private static string Fallback(string step) => step switch
    {
        Welcome => "Subject: Welcome to Factumerit, {name}!\nHi {name},\n\nWelcome to Factumerit! Your first project, \"{project}\", "
            + "is ready. Write \"help\" to {eis} to see what your assistant can do.\n\nThe Factumerit team",
        Tips => "Subject: A tip for your first day\nHi {name},\n\nWrite \"remind me tomorrow 9am …\" to {eis} to get a reminder by "
            + "email.\n\nReply \"stop\" if you'd rather not get these emails.\n\nThe Factumerit team",
        _ => "Subject: How is it going, {name}?\nHi {name},\n\nHow is \"{project}\" going? Reply to this email if anything is "
            + "unclear.\n\nThe Factumerit team",
    };
}
