namespace Factumerit.Email.Functions.Hosting;

public enum TriggerKind
{
    Http,
    Queue,
    Timer,
}

/// <summary>
/// One function as both hosting modes see it: the Functions host through <c>functions/{Name}/function.json</c>,
/// and the standalone runner through its queue listeners and timers.
/// </summary>
/// <param name="Name">Folder name under <c>functions/</c> and the custom-handler route <c>POST /{Name}</c>.</param>
/// <param name="Trigger">What starts it.</param>
/// <param name="Queue">For queue triggers, the queue it reads.</param>
/// <param name="Schedule">For timer triggers, a 6-field NCRONTAB expression (seconds first).</param>
/// <param name="Route">For HTTP triggers, the route below <c>/api/</c>.</param>
/// <param name="Methods">For HTTP triggers, the allowed methods, lower-case.</param>
public sealed record FunctionDefinition(
    string Name,
    TriggerKind Trigger,
    string? Queue = null,
    string? Schedule = null,
    string? Route = null,
    IReadOnlyList<string>? Methods = null);
